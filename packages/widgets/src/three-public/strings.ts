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
  },
};
