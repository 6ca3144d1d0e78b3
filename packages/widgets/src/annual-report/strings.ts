import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'title'
  | 'published'
  | 'notPublished'
  | 'late'
  | 'onTime'
  | 'table2'
  | 'table3'
  | 'table4'
  | 'article'
  | 'content'
  | 'issued'
  | 'repealed'
  | 'inForce'
  | 'decisions'
  | 'feesAmount'
  | 'regulations'
  | 'normativeDocuments'
  | 'licensing'
  | 'penalty'
  | 'coercion'
  | 'fees'
  | 'balanceRule'
  | 'applicants'
  | 'organizations'
  | 'subtotal'
  | 'litigation'
  | 'partsAddUp'
  | 'unbalanced'
  | 'lastYearForward'
  | 'textDiffers'
  | 'checks'
  | 'checksNone'
  | 'compare'
  | 'year'
  | 'handled'
  | 'processingFees'
  | 'yuan'
  | 'csv'
  | 'print'
  | 'blank'
  | 'notApplicable'
  | 'cell'
> = {
  'zh-CN': {
    subject: '政府信息公开工作年度报告',
    title: '{publisher}{year}年政府信息公开工作年度报告',
    published: '发布日期：{date}',
    notPublished: '发布日期未注明',
    late: '⚠ 逾期发布：应于 {due} 前公布',
    onTime: '按期发布（应于 {due} 前）',
    table2: '主动公开政府信息情况',
    table3: '收到和处理政府信息公开申请情况',
    table4: '政府信息公开行政复议、行政诉讼情况',
    article: '第二十条第（{n}）项',
    content: '信息内容',
    issued: '本年制发件数',
    repealed: '本年废止件数',
    inForce: '现行有效件数',
    decisions: '本年处理决定数量',
    feesAmount: '本年收费金额（单位：万元）',
    regulations: '规章',
    normativeDocuments: '行政规范性文件',
    licensing: '行政许可',
    penalty: '行政处罚',
    coercion: '行政强制',
    fees: '行政事业性收费',
    balanceRule: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicants: '申请人情况',
    organizations: '法人或其他组织',
    subtotal: '小计',
    litigation: '行政诉讼',
    partsAddUp: '⚠ 分项合计 {computed}',
    unbalanced: '⚠ 不平衡：{left} ≠ {right}',
    lastYearForward: '⚠ {year}年结转 {previous}',
    textDiffers: '⚠ 正文“{quote}”与{table}「{row}」（{figure}）不一致',
    checks: '核对结果',
    checksNone: '各表勾稽关系均相符。',
    compare: '历年对比',
    year: '{year}年',
    handled: '本年度办理结果',
    processingFees: '信息处理费',
    yuan: '{n} 元',
    csv: '下载 CSV',
    print: '打印',
    blank: '空白',
    notApplicable: '不适用',
    cell: '{row}，{column}',
  },
  en: {
    subject: 'annual report on government information disclosure',
    title: '{publisher}: annual report on government information disclosure, {year}',
    published: 'Published {date}',
    notPublished: 'Publication date not stated',
    late: '⚠ Published late: due by {due}',
    onTime: 'Published on time (due by {due})',
    table2: 'Information disclosed proactively',
    table3: 'Requests for disclosure received and handled',
    table4: 'Administrative reconsideration and litigation',
    article: 'Article 20, item ({n})',
    content: 'Information',
    issued: 'Issued this year',
    repealed: 'Repealed this year',
    inForce: 'In force',
    decisions: 'Decisions this year',
    feesAmount: 'Fees collected (10,000 yuan)',
    regulations: 'Rules (规章)',
    normativeDocuments: 'Normative documents',
    licensing: 'Licensing',
    penalty: 'Penalties',
    coercion: 'Coercive measures',
    fees: 'Administrative fees',
    balanceRule: '(In each column, item 1 plus item 2 equals item 3 plus item 4)',
    applicants: 'Applicants',
    organizations: 'Legal persons and other organisations',
    subtotal: 'subtotal',
    litigation: 'Litigation',
    partsAddUp: '⚠ parts add up to {computed}',
    unbalanced: '⚠ does not balance: {left} ≠ {right}',
    lastYearForward: '⚠ {year} carried forward {previous}',
    textDiffers: '⚠ the text says "{quote}"; {table}, "{row}" gives {figure}',
    checks: 'Checks',
    checksNone: 'Every table adds up.',
    compare: 'Earlier years',
    year: '{year}',
    handled: 'Results this year',
    processingFees: 'Processing fees',
    yuan: '{n} yuan',
    csv: 'Download CSV',
    print: 'Print',
    blank: 'blank',
    notApplicable: 'not applicable',
    cell: '{row}, {column}',
  },
};
