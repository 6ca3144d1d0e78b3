import type { PowerLevel, PowerStatus, PowerType } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

type Key =
  | 'subject'
  | 'search'
  | 'searchPlaceholder'
  | 'type'
  | 'allTypes'
  | 'office'
  | 'allOffices'
  | 'status'
  | 'allStatuses'
  | 'byType'
  | 'count'
  | 'found'
  | 'noResults'
  | 'searching'
  | 'empty'
  | 'code'
  | 'subItems'
  | 'basis'
  | 'subject_'
  | 'levels'
  | 'responsibilities'
  | 'accountability'
  | 'supervision'
  | 'phone'
  | 'carriedOut'
  | 'guide'
  | 'showGuide'
  | 'hideGuide'
  | 'flowchart'
  | 'showFlowchart'
  | 'hideFlowchart'
  | 'fees'
  | 'missing'
  | 'since'
  | 'notes'
  | 'unstated'
  | 'levelSep'
  | PowerType
  | PowerStatus
  | PowerLevel;

export const STRINGS: Strings<Key> = {
  'zh-CN': {
    subject: '权责清单',
    search: '搜索职权',
    searchPlaceholder: '输入职权名称、拼音首字母或依据',
    type: '职权类型',
    allTypes: '全部类型',
    office: '承办机构',
    allOffices: '全部承办机构',
    status: '状态',
    allStatuses: '全部状态',
    byType: '按职权类型',
    count: '共 {n} 项职权',
    found: '找到 {n} 项（共 {total} 项）',
    noResults: '没有找到与“{q}”相符的职权',
    searching: '正在准备拼音搜索…',
    empty: '暂无职权',
    code: '职权编码',
    subItems: '子项',
    basis: '实施依据',
    subject_: '行使主体',
    levels: '行使层级',
    responsibilities: '责任事项',
    accountability: '追责情形',
    supervision: '监督方式',
    phone: '监督电话',
    carriedOut: '办理',
    guide: '办事指南',
    showGuide: '查看办事指南：{name}',
    hideGuide: '收起办事指南：{name}',
    flowchart: '审批流程图',
    showFlowchart: '查看审批流程图',
    hideFlowchart: '收起审批流程图',
    fees: '收费',
    missing: '（本数据源中没有“{id}”）',
    since: '自 {date} 起',
    notes: '备注',
    unstated: '未注明',
    levelSep: '、',
    licensing: '行政许可',
    penalty: '行政处罚',
    enforcement: '行政强制',
    levy: '行政征收',
    payment: '行政给付',
    inspection: '行政检查',
    confirmation: '行政确认',
    reward: '行政奖励',
    ruling: '行政裁决',
    other: '其他行政权力',
    active: '有效',
    suspended: '暂停',
    cancelled: '取消',
    national: '国家级',
    provincial: '省级',
    municipal: '市级',
    county: '县级',
    township: '乡镇级',
  },
  en: {
    subject: 'Powers and duties',
    search: 'Search powers',
    searchPlaceholder: 'Name, pinyin initials or legal basis',
    type: 'Type',
    allTypes: 'All types',
    office: 'Office',
    allOffices: 'All offices',
    status: 'Status',
    allStatuses: 'All statuses',
    byType: 'By type',
    count: '{n} powers',
    found: '{n} of {total} powers',
    noResults: 'No power matches “{q}”',
    searching: 'Preparing pinyin search…',
    empty: 'No powers listed',
    code: 'Code',
    subItems: 'Sub-items',
    basis: 'Legal basis',
    subject_: 'Exercised by',
    levels: 'Levels',
    responsibilities: 'Duties',
    accountability: 'Held to account when',
    supervision: 'Supervision',
    phone: 'Phone',
    carriedOut: 'Services',
    guide: 'Service guide',
    showGuide: 'Show the guide: {name}',
    hideGuide: 'Hide the guide: {name}',
    flowchart: 'Flowchart',
    showFlowchart: 'Show the flowchart',
    hideFlowchart: 'Hide the flowchart',
    fees: 'Fees',
    missing: '("{id}" is not in this feed)',
    since: 'since {date}',
    notes: 'Notes',
    unstated: 'not stated',
    levelSep: ', ',
    licensing: 'Licensing',
    penalty: 'Penalty',
    enforcement: 'Enforcement',
    levy: 'Levy',
    payment: 'Payment',
    inspection: 'Inspection',
    confirmation: 'Confirmation',
    reward: 'Reward',
    ruling: 'Ruling',
    other: 'Other',
    active: 'In force',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
    national: 'National',
    provincial: 'Provincial',
    municipal: 'City',
    county: 'County',
    township: 'Township',
  },
};
