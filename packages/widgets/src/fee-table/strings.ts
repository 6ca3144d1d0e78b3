import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'search'
  | 'searchPlaceholder'
  | 'allDepartments'
  | 'allCategories'
  | 'allStatuses'
  | 'department'
  | 'category'
  | 'status'
  | 'groupByDepartment'
  | 'exportCsv'
  | 'count'
  | 'found'
  | 'noResults'
  | 'searching'
  | 'indexing'
  | 'unreadLists'
  | 'loadMoreLists'
  | 'empty'
  | 'caption'
  | 'sortBy'
  | 'free'
  | 'suspended'
  | 'abolished'
  | 'active'
  | 'administrative'
  | 'fund'
  | 'service'
  | 'no'
  | 'name'
  | 'standard'
  | 'basis'
  | 'notes'
  | 'items'
  | 'fundManagement'
  | 'treasury'
  | 'central-treasury'
  | 'local-treasury'
  | 'special-account'
  | 'addOn'
  | 'subItem'
> = {
  'zh-CN': {
    subject: '收费信息',
    search: '搜索收费项目',
    searchPlaceholder: '输入名称、拼音首字母（如 bdc）或金额',
    allDepartments: '全部收费单位',
    allCategories: '全部类别',
    allStatuses: '全部状态',
    department: '收费单位',
    category: '类别',
    status: '状态',
    groupByDepartment: '按收费单位分组',
    exportCsv: '导出 CSV',
    count: '共 {n} 项收费',
    found: '找到 {n} 项（共 {total} 项）',
    noResults: '没有找到与“{q}”相符的收费项目，请换个关键词或清除筛选。',
    searching: '正在搜索…',
    indexing: '正在建立索引…（结果可能不全）',
    unreadLists: '另有 {n} 份收费清单未加载，以上不含其中的收费项目。',
    loadMoreLists: '再加载 {n} 份',
    empty: '暂无收费项目。',
    caption: '收费项目、依据及标准',
    sortBy: '按{col}排序',
    free: '免收',
    suspended: '停征',
    abolished: '已取消',
    active: '执行中',
    administrative: '行政事业性收费',
    fund: '政府性基金',
    service: '经营服务性收费',
    no: '序号',
    fundManagement: '资金管理方式',
    treasury: '缴入国库',
    'central-treasury': '缴入中央国库',
    'local-treasury': '缴入地方国库',
    'special-account': '财政专户',
    addOn: '另收{label} {amount}',
    subItem: '子项',
    name: '项目',
    standard: '标准',
    basis: '依据',
    notes: '备注/减免',
    items: '项',
  },
  en: {
    subject: 'fee information',
    search: 'Search fees',
    searchPlaceholder: 'Name, pinyin initials (e.g. bdc) or amount',
    allDepartments: 'All departments',
    allCategories: 'All categories',
    allStatuses: 'All statuses',
    department: 'Department',
    category: 'Category',
    status: 'Status',
    groupByDepartment: 'Group by department',
    exportCsv: 'Export CSV',
    count: '{n} fees',
    found: '{n} of {total} fees',
    noResults: 'No fee matches “{q}”. Try another word or clear the filters.',
    searching: 'Searching…',
    indexing: 'Indexing… (results may be incomplete)',
    unreadLists: '{n} more fee lists not loaded: their fees are not included above.',
    loadMoreLists: 'Load {n} more',
    empty: 'No fees published.',
    caption: 'Fees, legal basis and standards',
    sortBy: 'Sort by {col}',
    free: 'Free',
    suspended: 'Suspended',
    abolished: 'Abolished',
    active: 'In force',
    administrative: 'Administrative fee',
    fund: 'Government fund',
    service: 'Service charge',
    no: 'No.',
    fundManagement: 'Where the money goes',
    treasury: 'To the treasury',
    'central-treasury': 'To the central treasury',
    'local-treasury': 'To the local treasury',
    'special-account': 'Special fiscal account',
    addOn: 'plus {label} {amount}',
    subItem: 'sub-item',
    name: 'Fee',
    standard: 'Standard',
    basis: 'Legal basis',
    notes: 'Notes / exemptions',
    items: 'fees',
  },
};
