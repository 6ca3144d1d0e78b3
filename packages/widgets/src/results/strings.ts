import type { ResultType } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

type Key =
  | 'subject'
  | 'search'
  | 'searchPlaceholder'
  | 'type'
  | 'allTypes'
  | 'item'
  | 'allItems'
  | 'month'
  | 'allMonths'
  | 'count'
  | 'found'
  | 'expired'
  | 'archive'
  | 'noResults'
  | 'empty'
  | 'exportCsv'
  | 'caption'
  | 'date'
  | 'kind'
  | 'what'
  | 'who'
  | 'result'
  | 'village'
  | 'programme'
  | 'amount'
  | 'name'
  | 'onTimeTitle'
  | 'onTimeCaption'
  | 'decided'
  | 'onTime'
  | 'rate'
  | 'rateHow'
  | 'unknown'
  | 'approved'
  | 'rejected'
  | 'pending'
  | 'penalty'
  | 'inspection'
  | 'publicity'
  | 'masked'
  | 'yuan'
  | ResultType;

export const STRINGS: Strings<Key> = {
  'zh-CN': {
    subject: '结果公示',
    search: '搜索公示结果',
    searchPlaceholder: '输入事项、项目、文书号或村（社区）',
    type: '类别',
    allTypes: '全部类别',
    item: '事项',
    allItems: '全部事项',
    month: '月份',
    allMonths: '全部月份',
    count: '共 {n} 条',
    found: '找到 {n} 条（共 {total} 条）',
    expired: '另有 {n} 条已过公示期',
    archive: '查看已过公示期的记录',
    noResults: '没有相符的公示记录',
    empty: '暂无公示记录',
    exportCsv: '导出 CSV',
    caption: '公示记录',
    date: '日期',
    kind: '类别',
    what: '事项 / 项目',
    who: '申请人 / 当事人',
    result: '结果',
    village: '村（社区）',
    programme: '项目',
    amount: '金额（元）',
    name: '姓名',
    onTimeTitle: '按时办结率',
    onTimeCaption: '各事项按承诺时限办结的比例（未注明是否按时的件不计入）',
    decided: '已办结',
    onTime: '按时办结',
    rate: '按时率',
    rateHow: '按时办结 ÷ 已办结且注明是否按时的件数',
    unknown: '未注明',
    approved: '准予',
    rejected: '不予',
    pending: '办理中',
    penalty: '行政处罚',
    inspection: '行政检查',
    publicity: '公示期',
    masked: '个人信息已按规定去标识化',
    yuan: '元',
    case: '办件结果',
    decision: '处罚/检查决定',
    'spot-check': '抽查结果',
    payment: '资金发放',
  },
  en: {
    subject: 'Published results',
    search: 'Search results',
    searchPlaceholder: 'Service, programme, document number or village',
    type: 'Kind',
    allTypes: 'All kinds',
    item: 'Service',
    allItems: 'All services',
    month: 'Month',
    allMonths: 'All months',
    count: '{n} records',
    found: '{n} of {total} records',
    expired: '{n} more are past their display period',
    archive: 'Show records past their display period',
    noResults: 'No record matches',
    empty: 'Nothing published',
    exportCsv: 'Export CSV',
    caption: 'Published results',
    date: 'Date',
    kind: 'Kind',
    what: 'Service / programme',
    who: 'Applicant / party',
    result: 'Result',
    village: 'Village',
    programme: 'Programme',
    amount: 'Amount (yuan)',
    name: 'Name',
    onTimeTitle: 'Finished on time',
    onTimeCaption: 'Share of cases finished within the promised time (cases not marked either way are left out)',
    decided: 'Decided',
    onTime: 'On time',
    rate: 'Rate',
    rateHow: 'on time ÷ decided cases marked either way',
    unknown: 'not stated',
    approved: 'Approved',
    rejected: 'Refused',
    pending: 'In progress',
    penalty: 'Penalty',
    inspection: 'Inspection',
    publicity: 'Displayed',
    masked: 'Personal data is de-identified as the rules require',
    yuan: 'yuan',
    case: 'Case decided',
    decision: 'Decision',
    'spot-check': 'Spot check',
    payment: 'Payment',
  },
};
