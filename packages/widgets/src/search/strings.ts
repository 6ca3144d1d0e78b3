import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'label'
  | 'placeholder'
  | 'loading'
  | 'failed'
  | 'more'
  | 'degraded'
  | 'none'
  | 'count'
  | 'region'
  | 'department'
  | 'kind'
  | 'year'
  | 'any'
  | 'results'
> = {
  'zh-CN': {
    label: '搜索全部部门的公开信息',
    placeholder: '事项、收费、职权名称，或拼音首字母（如 bdc）',
    loading: '正在加载搜索索引…',
    failed: '无法加载搜索索引 {src}：{reason}',
    more: '以下为第一个索引的结果，正在搜索其余 {n} 个索引…',
    degraded: '部分搜索索引无法读取，以下只是第一个索引的结果（{reason}）',
    none: '没有找到与“{q}”有关的内容',
    count: '找到 {n} 条',
    region: '区划',
    department: '部门',
    kind: '类别',
    year: '年度',
    any: '全部',
    results: '搜索结果',
  },
  en: {
    label: 'Search every department’s disclosures',
    placeholder: 'A service, fee or power, or pinyin initials (e.g. bdc)',
    loading: 'Loading the search index…',
    failed: 'Cannot load the search index {src}: {reason}',
    more: 'Results from the first index; searching {n} more…',
    degraded: 'Some search indexes cannot be read: these results are from the first only ({reason})',
    none: 'Nothing found for "{q}"',
    count: '{n} found',
    region: 'Region',
    department: 'Department',
    kind: 'Kind',
    year: 'Year',
    any: 'Any',
    results: 'Search results',
  },
};
