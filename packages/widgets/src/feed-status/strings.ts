import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'title'
  | 'loading'
  | 'failed'
  | 'invalid'
  | 'all'
  | 'red'
  | 'amber'
  | 'green'
  | 'status'
  | 'publisher'
  | 'region'
  | 'lastUpdated'
  | 'lastHarvested'
  | 'datasets'
  | 'errors'
  | 'warnings'
  | 'details'
  | 'show'
  | 'hide'
  | 'unknown'
  | 'missing'
  | 'stale'
  | 'lastGood'
  | 'removed'
  | 'summary'
  | 'filter'
  | 'none'
  | 'days'
  | 'late'
  | 'retry'
  | 'more'
  | 'rowsShown'
> = {
  'zh-CN': {
    title: '{name}：数据源更新与质量',
    loading: '正在读取报告…',
    failed: '无法读取报告 {src}：{reason}',
    invalid: '报告 {src} 的格式不对：{reason}',
    all: '全部',
    red: '需整改',
    amber: '需关注',
    green: '正常',
    status: '状态',
    publisher: '发布单位',
    region: '区划',
    lastUpdated: '最近更新',
    lastHarvested: '最近抓取',
    datasets: '数据集',
    errors: '错误',
    warnings: '提示',
    details: '问题',
    show: '查看 {n} 项',
    hide: '收起',
    unknown: '未注明',
    missing: '缺少栏目：{kind}',
    stale: '{dataset} 未按时更新（{rule}）',
    lastGood: '{dataset} 本次抓取失败，沿用上次的有效版本',
    removed: '{dataset} 已从数据源撤下（副本保留）',
    summary: '抓取于 {time}，共 {n} 个发布单位',
    filter: '按状态筛选',
    none: '无',
    days: '，已 {n} 天',
    late: '{s} 秒内未读到',
    retry: '重试',
    more: '只列出前 {n} 项，另有 {rest} 项未列出（完整清单见报告文件 report.json）',
    rowsShown: '共 {total} 个发布单位，每页列出 {n} 个',
  },
  en: {
    title: '{name}: feed freshness and quality',
    loading: 'Reading the report…',
    failed: 'Cannot read the report {src}: {reason}',
    invalid: 'The report {src} is not in the expected form: {reason}',
    all: 'All',
    red: 'Action needed',
    amber: 'Check',
    green: 'OK',
    status: 'Status',
    publisher: 'Publisher',
    region: 'Region',
    lastUpdated: 'Last updated',
    lastHarvested: 'Last harvested',
    datasets: 'Datasets',
    errors: 'Errors',
    warnings: 'Warnings',
    details: 'Issues',
    show: 'Show {n}',
    hide: 'Hide',
    unknown: 'not stated',
    missing: 'missing: {kind}',
    stale: '{dataset} not updated in time ({rule})',
    lastGood: '{dataset} failed this time; the last good copy is served',
    removed: '{dataset} was taken out of the feed (copy kept)',
    summary: 'Harvested {time}; {n} publishers',
    filter: 'Filter by status',
    none: 'none',
    days: ', {n} days',
    late: 'no answer within {s} s',
    retry: 'Try again',
    more: 'The first {n} are listed; {rest} more are not (report.json has them all)',
    rowsShown: '{total} publishers, {n} a page',
  },
};
