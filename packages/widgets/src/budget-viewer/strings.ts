import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'all'
  | 'breadcrumb'
  | 'unit'
  | 'show'
  | 'amounts'
  | 'percent'
  | 'exportCsv'
  | 'code'
  | 'name'
  | 'total'
  | 'basic'
  | 'project'
  | 'share'
  | 'change'
  | 'changePct'
  | 'mismatch'
  | 'mismatchBanner'
  | 'others'
  | 'othersList'
  | 'chart'
  | 'table'
  | 'expand'
  | 'collapse'
  | 'drill'
  | 'bySource'
  | 'byKind'
  | 'budget'
  | 'adjusted'
  | 'final'
  | 'compareYears'
  | 'comparePhases'
  | 'comparePublished'
  | 'previousYear'
  | 'otherYear'
  | 'cellHint'
  | 'general-budget'
  | 'government-fund'
  | 'state-capital'
  | 'special-account'
  | 'business-income'
  | 'carried-over'
  | 'other'
  | 'empty'
  | 'explanation'
> = {
  'zh-CN': {
    subject: '预决算信息',
    all: '全部支出',
    breadcrumb: '当前位置',
    unit: '单位',
    show: '显示',
    amounts: '金额',
    percent: '占比',
    exportCsv: '导出 CSV',
    code: '科目编码',
    name: '科目名称',
    total: '合计',
    basic: '基本支出',
    project: '项目支出',
    share: '占比',
    change: '增减',
    changePct: '增减幅度',
    mismatch: '合计与下级科目之和不符：公布 {reported}，下级合计 {computed}',
    mismatchBanner: '有 {n} 个科目的合计与其下级科目之和不符，已在表中标出。',
    others: '其他（{n} 项）',
    othersList: '其他较小科目',
    chart: '{title}支出构成图（矩形面积表示金额）。同样的数据见下方表格。',
    table: '{title}支出明细表',
    expand: '展开',
    collapse: '收起',
    drill: '查看下级科目',
    bySource: '按资金来源',
    byKind: '按支出类型',
    budget: '预算',
    adjusted: '调整预算',
    final: '决算',
    compareYears: '{year} 年与 {other} 年对比',
    comparePhases: '{phase}与{other}对比',
    comparePublished: '与上年数对比',
    previousYear: '上年数',
    otherYear: '{year}年{phase}数',
    cellHint: '点按或用 Tab 键选中色块，在此查看名称和金额',
    'general-budget': '一般公共预算拨款',
    'government-fund': '政府性基金预算拨款',
    'state-capital': '国有资本经营预算拨款',
    'special-account': '财政专户管理资金',
    'business-income': '事业收入',
    'carried-over': '上年结转',
    other: '其他收入',
    empty: '该预算没有支出科目。',
    explanation: '说明',
  },
  en: {
    subject: 'budget information',
    all: 'All spending',
    breadcrumb: 'You are here',
    unit: 'Unit',
    show: 'Show',
    amounts: 'Amounts',
    percent: 'Share',
    exportCsv: 'Export CSV',
    code: 'Code',
    name: 'Item',
    total: 'Total',
    basic: 'Basic',
    project: 'Projects',
    share: 'Share',
    change: 'Change',
    changePct: 'Change %',
    mismatch: 'Total does not equal its items: published {reported}, items add up to {computed}',
    mismatchBanner: '{n} lines have totals that do not equal the sum of their items; they are marked in the table.',
    others: 'Other ({n})',
    othersList: 'Smaller items',
    chart: 'Spending of {title} (area shows the amount). The same data is in the table below.',
    table: 'Spending of {title} by item',
    expand: 'Expand',
    collapse: 'Collapse',
    drill: 'Show its items',
    bySource: 'By funding source',
    byKind: 'By kind of spending',
    budget: 'Budget',
    adjusted: 'Adjusted budget',
    final: 'Final account',
    compareYears: '{year} compared with {other}',
    comparePhases: '{phase} compared with {other}',
    comparePublished: 'Compared with last year',
    previousYear: 'Last year',
    otherYear: '{year} {phase}',
    cellHint: 'Tap a block, or reach it with Tab, to read its name and amount here',
    'general-budget': 'General budget',
    'government-fund': 'Government funds',
    'state-capital': 'State capital',
    'special-account': 'Special accounts',
    'business-income': 'Business income',
    'carried-over': 'Carried over',
    other: 'Other income',
    empty: 'This budget has no spending lines.',
    explanation: 'Explanation',
  },
};
