import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'colon'
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
  | 'cellHintTouch'
  | 'general-budget'
  | 'government-fund'
  | 'state-capital'
  | 'special-account'
  | 'business-income'
  | 'carried-over'
  | 'other'
  | 'empty'
  | 'explanation'
  | 'computedMark'
  | 'computedTitle'
  | 'computedSum'
  | 'computedTotal'
  | 'linesPartial'
  | 'totalMismatch'
  | 'changeMismatch'
  | 'noCode'
  | 'noCodeTitle'
  | 'revenue'
  | 'revenueItem'
  | 'expenditureItem'
  | 'amountCol'
  | 'tables'
  | 'tableMissing'
  | 'tableThreePublic'
  | 'tableEmpty'
  | 'tablePublished'
  | 'schemeGovernment'
  | 'schemeDepartment'
  | 'table-summary'
  | 'table-revenue'
  | 'table-expenditure'
  | 'table-fiscal-summary'
  | 'table-general-budget'
  | 'table-general-basic'
  | 'table-three-public'
  | 'table-government-fund'
  | 'table-state-capital'
  | 'superior-subsidy'
  | 'subordinate-remittance'
  | 'operating-income'
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
    colon: '：',
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
    cellHintTouch: '点按色块，在此查看名称和金额',
    'general-budget': '一般公共预算拨款',
    'government-fund': '政府性基金预算拨款',
    'state-capital': '国有资本经营预算拨款',
    'special-account': '财政专户管理资金',
    'business-income': '事业收入',
    'carried-over': '上年结转',
    other: '其他收入',
    empty: '该预算没有支出科目。',
    explanation: '说明',
    computedMark: '（计算值）',
    computedTitle: '此行未公布金额；下面是其下级科目之和，由本工具计算，不是公布数',
    computedSum: '下级合计 {sum}（计算）',
    computedTotal: '各类之和',
    linesPartial: '已列明细合计 {sum}，少于公布的合计：明细不全',
    totalMismatch: '各类之和为 {sum}，与公布的合计不符',
    changeMismatch: '按本年数和上年数计算为 {computed}，与公布的增减不符',
    noCode: '（未列编码）',
    noCodeTitle: '公布的表格中此行没有科目编码',
    revenue: '收入',
    revenueItem: '收入项目',
    expenditureItem: '支出项目',
    amountCol: '金额',
    tables: '公开的预决算表',
    tableMissing: '未提供',
    tableThreePublic: '已公开，见“三公”经费',
    tableEmpty: '空表。说明：{reason}',
    tablePublished: '已公开，{n} 行',
    schemeGovernment: '政府预算支出经济分类',
    schemeDepartment: '部门预算支出经济分类',
    'table-summary': '收支总表',
    'table-revenue': '收入总表',
    'table-expenditure': '支出总表',
    'table-fiscal-summary': '财政拨款收支总表',
    'table-general-budget': '一般公共预算支出表',
    'table-general-basic': '一般公共预算基本支出表',
    'table-three-public': '一般公共预算“三公”经费支出表',
    'table-government-fund': '政府性基金预算支出表',
    'table-state-capital': '国有资本经营预算支出表',
    'superior-subsidy': '上级补助收入',
    'subordinate-remittance': '附属单位上缴收入',
    'operating-income': '经营收入',
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
    colon: ': ',
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
    cellHintTouch: 'Tap a block to read its name and amount here',
    'general-budget': 'General budget',
    'government-fund': 'Government funds',
    'state-capital': 'State capital',
    'special-account': 'Special accounts',
    'business-income': 'Business income',
    'carried-over': 'Carried over',
    other: 'Other income',
    empty: 'This budget has no spending lines.',
    explanation: 'Explanation',
    computedMark: ' (computed)',
    computedTitle:
      'No figure is printed for this line; below is the sum of its items, computed by this toolkit, not published',
    computedSum: 'items add up to {sum} (computed)',
    computedTotal: 'Sum of the classes',
    linesPartial: 'the lines listed add up to only {sum}: the lines are partial',
    totalMismatch: 'the classes add up to {sum}, not the published total',
    changeMismatch: 'computed from the amounts: {computed}, not the printed change',
    noCode: '(no code)',
    noCodeTitle: 'The published table prints no code for this row',
    revenue: 'Revenue',
    revenueItem: 'Revenue',
    expenditureItem: 'Spending',
    amountCol: 'Amount',
    tables: 'Published tables',
    tableMissing: 'not provided',
    tableThreePublic: 'published: see "three public" expenses',
    tableEmpty: 'empty. Reason given: {reason}',
    tablePublished: 'published, {n} rows',
    schemeGovernment: 'government economic classification',
    schemeDepartment: 'department economic classification',
    'table-summary': 'Revenue and spending summary',
    'table-revenue': 'Revenue',
    'table-expenditure': 'Spending',
    'table-fiscal-summary': 'Fiscal appropriations summary',
    'table-general-budget': 'General public budget spending',
    'table-general-basic': 'General public budget basic spending',
    'table-three-public': '"Three public" spending',
    'table-government-fund': 'Government fund spending',
    'table-state-capital': 'State capital spending',
    'superior-subsidy': 'Grants from above',
    'subordinate-remittance': 'Remittances from subordinate units',
    'operating-income': 'Operating income',
  },
};
