import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'sections'
  | 'powers'
  | 'fees'
  | 'services'
  | 'budget'
  | 'threePublic'
  | 'results'
  | 'rules'
  | 'supervision'
  | 'pickGuide'
  | 'pickBudget'
  | 'budgetOf'
  | 'finalOf'
  | 'threePublicOf'
  | 'nothing'
  | 'formula'
> = {
  'zh-CN': {
    subject: '部门公开信息',
    sections: '公开内容',
    powers: '职权',
    fees: '收费',
    services: '办事',
    budget: '预决算',
    threePublic: '三公经费',
    results: '结果公示',
    rules: '办事纪律',
    supervision: '监督评价',
    pickGuide: '办事事项',
    pickBudget: '年度与类型',
    budgetOf: '{year}年部门预算',
    finalOf: '{year}年部门决算',
    threePublicOf: '{year}年“三公”经费',
    nothing: '本数据源中没有{name}的公开信息',
    formula: '一权三收四办',
  },
  en: {
    subject: 'Department disclosure',
    sections: 'Sections',
    powers: 'Powers',
    fees: 'Fees',
    services: 'Services',
    budget: 'Budget',
    threePublic: '"Three public" costs',
    results: 'Results',
    rules: 'Service rules',
    supervision: 'Supervision',
    pickGuide: 'Service',
    pickBudget: 'Year and kind',
    budgetOf: '{year} budget',
    finalOf: '{year} final account',
    threePublicOf: '{year} "three public" costs',
    nothing: 'This feed has nothing published by {name}',
    formula: 'Powers, fees and services',
  },
};
