import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'title'
  | 'item'
  | 'budget'
  | 'actual'
  | 'previous'
  | 'change'
  | 'reason'
  | 'total'
  | 'abroad'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'reception'
  | 'publishedDiffers'
  | 'chart'
  | 'related'
  | 'runningCosts'
  | 'procurement'
  | 'vehicles'
  | 'vehiclesUnit'
  | 'up'
  | 'down'
  | 'same'
  | 'vehicle'
  | 'computed'
  | 'computedTitle'
  | 'subtotalDiffers'
  | 'partial'
  | 'scope-own'
  | 'scope-consolidated'
  | 'fund-general-budget'
  | 'fund-fiscal'
> = {
  'zh-CN': {
    subject: '“三公”经费信息',
    title: '{department}{year}年度“三公”经费',
    item: '项目',
    budget: '预算数',
    actual: '决算数',
    previous: '上年数',
    change: '增减',
    reason: '增减变化原因',
    total: '合计',
    abroad: '因公出国（境）费',
    'vehicle-purchase': '公务用车购置费',
    'vehicle-operation': '公务用车运行维护费',
    reception: '公务接待费',
    publishedDiffers: '公布为 {published}，按金额计算为 {computed}',
    chart: '“三公”经费柱状图：每项的预算数、决算数和上年数',
    related: '相关信息',
    runningCosts: '机关运行经费',
    procurement: '政府采购',
    vehicles: '公务用车保有量',
    vehiclesUnit: '{n} 辆',
    up: '增加',
    down: '减少',
    same: '持平',
    vehicle: '公务用车购置及运行维护费',
    computed: '（计算值）',
    computedTitle: '未公布此行，这是本工具按各项相加的结果',
    subtotalDiffers: '各部分之和为 {sum}，与公布数不符',
    partial: '明细不全：表中缺少{missing}',
    'scope-own': '本级',
    'scope-consolidated': '汇总（含下属单位）',
    'fund-general-budget': '一般公共预算财政拨款',
    'fund-fiscal': '财政拨款',
  },
  en: {
    subject: '"three public" expenses',
    title: '"Three public" expenses of {department}, {year}',
    item: 'Item',
    budget: 'Budget',
    actual: 'Actual',
    previous: 'Last year',
    change: 'Change',
    reason: 'Reason for the change',
    total: 'Total',
    abroad: 'Official trips abroad',
    'vehicle-purchase': 'Vehicle purchase',
    'vehicle-operation': 'Vehicle operation',
    reception: 'Official hospitality',
    publishedDiffers: 'published as {published}; the amounts give {computed}',
    chart: 'Bar chart: budget, actual and last year for each item',
    related: 'Related figures',
    runningCosts: 'Administrative running costs',
    procurement: 'Government procurement',
    vehicles: 'Official vehicles',
    vehiclesUnit: '{n} vehicles',
    up: 'up',
    down: 'down',
    same: 'unchanged',
    vehicle: 'Vehicle purchase and operation',
    computed: ' (computed)',
    computedTitle: 'Not printed: our sum of its parts',
    subtotalDiffers: 'its parts add up to {sum}, not the printed figure',
    partial: 'the lines are partial: {missing} not listed',
    'scope-own': 'Own level',
    'scope-consolidated': 'Consolidated (with subordinate units)',
    'fund-general-budget': 'General public budget appropriations',
    'fund-fiscal': 'Fiscal appropriations',
  },
};
