import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'code'
  | 'contents'
  | 'basis'
  | 'conditions'
  | 'materials'
  | 'process'
  | 'fees'
  | 'result'
  | 'notes'
  | 'contact'
  | 'place'
  | 'online'
  | 'inspection'
  | 'legalDays'
  | 'promisedDays'
  | 'visits0'
  | 'visits1'
  | 'visitsN'
  | 'free'
  | 'feeMissing'
  | 'processMissing'
  | 'no'
  | 'materialName'
  | 'form'
  | 'copies'
  | 'required'
  | 'remarks'
  | 'blankForm'
  | 'yes'
  | 'optional'
  | 'download'
  | 'original'
  | 'copy'
  | 'original-and-copy'
  | 'electronic'
  | 'paper'
  | 'paper-and-electronic'
  | 'consultPhone'
  | 'complaintPhone'
  | 'address'
  | 'hours'
  | 'window'
  | 'scan'
  | 'openOnline'
  | 'flowchartImage'
  | 'source'
  | 'licensing'
  | 'confirmation'
  | 'payment'
  | 'ruling'
  | 'public-service'
  | 'other'
  | 'elements'
  | 'audience'
  | 'levels'
  | 'caseType'
  | 'immediate'
  | 'promised'
  | 'crossRegion'
  | 'cross-national'
  | 'cross-provincial'
  | 'cross-municipal'
  | 'cross-county'
  | 'cross-none'
  | 'jointDepartments'
  | 'level-national'
  | 'level-provincial'
  | 'level-municipal'
  | 'level-county'
  | 'level-township'
  | 'criteria'
  | 'stepResult'
> = {
  'zh-CN': {
    subject: '办事指南',
    code: '事项编码',
    elements: '基本信息',
    audience: '服务对象',
    levels: '行使层级',
    caseType: '办件类型',
    immediate: '即办件',
    promised: '承诺件',
    crossRegion: '通办范围',
    'cross-national': '全国通办',
    'cross-provincial': '全省通办',
    'cross-municipal': '全市通办',
    'cross-county': '全县通办',
    'cross-none': '不通办',
    jointDepartments: '共同实施部门',
    'level-national': '国家级',
    'level-provincial': '省级',
    'level-municipal': '市级',
    'level-county': '县级',
    'level-township': '乡级',
    criteria: '审查标准',
    stepResult: '办理结果',
    contents: '目录',
    basis: '设定依据',
    conditions: '申请条件',
    materials: '申请材料',
    process: '办理流程',
    fees: '收费标准',
    result: '办理结果',
    notes: '注意事项',
    contact: '咨询与投诉',
    place: '办理地点和时间',
    online: '网上办理',
    inspection: '年检要求',
    legalDays: '法定时限',
    promisedDays: '承诺时限',
    visits0: '全程网办（零跑动）',
    visits1: '最多跑一次',
    visitsN: '需到现场 {n} 次',
    free: '不收费',
    feeMissing: '收费项目“{ref}”在数据源中未找到，请联系发布单位核实。',
    processMissing: '流程图“{ref}”在数据源中未找到。',
    no: '序号',
    materialName: '材料名称',
    form: '形式',
    copies: '份数',
    required: '是否必需',
    remarks: '备注',
    blankForm: '空白表格',
    yes: '必需',
    optional: '非必需',
    download: '下载',
    original: '原件',
    copy: '复印件',
    'original-and-copy': '原件和复印件',
    electronic: '电子',
    paper: '纸质',
    'paper-and-electronic': '纸质和电子',
    consultPhone: '咨询电话',
    complaintPhone: '监督投诉电话',
    address: '办理地点',
    hours: '办公时间',
    window: '办理窗口',
    scan: '扫码手机办理',
    openOnline: '在线办理',
    flowchartImage: '{name}流程图',
    source: '信息来源',
    licensing: '行政许可',
    confirmation: '行政确认',
    payment: '行政给付',
    ruling: '行政裁决',
    'public-service': '公共服务',
    other: '其他行政权力',
  },
  en: {
    subject: 'service guide',
    code: 'Item code',
    elements: 'Basic facts',
    audience: 'Who can apply',
    levels: 'Exercised at',
    caseType: 'Kind of case',
    immediate: 'Done on the spot',
    promised: 'Done within the promised time',
    crossRegion: 'Can also be handled',
    'cross-national': 'anywhere in the country',
    'cross-provincial': 'anywhere in the province',
    'cross-municipal': 'anywhere in the city',
    'cross-county': 'anywhere in the county',
    'cross-none': 'only here',
    jointDepartments: 'Together with',
    'level-national': 'national',
    'level-provincial': 'provincial',
    'level-municipal': 'city',
    'level-county': 'county',
    'level-township': 'township',
    criteria: 'What is checked',
    stepResult: 'Result',
    contents: 'Contents',
    basis: 'Legal basis',
    conditions: 'Who can apply',
    materials: 'Documents to bring',
    process: 'Procedure',
    fees: 'Fees',
    result: 'Outcome',
    notes: 'Please note',
    contact: 'Questions and complaints',
    place: 'Where and when',
    online: 'Apply online',
    inspection: 'Annual inspection',
    legalDays: 'Legal time limit',
    promisedDays: 'Promised time limit',
    visits0: 'Fully online (no visit)',
    visits1: 'At most one visit',
    visitsN: '{n} visits needed',
    free: 'Free of charge',
    feeMissing: 'Fee “{ref}” is not in the feed: please ask the publisher.',
    processMissing: 'Flowchart “{ref}” is not in the feed.',
    no: 'No.',
    materialName: 'Document',
    form: 'Form',
    copies: 'Copies',
    required: 'Required',
    remarks: 'Notes',
    blankForm: 'Blank form',
    yes: 'Required',
    optional: 'Optional',
    download: 'Download',
    original: 'Original',
    copy: 'Copy',
    'original-and-copy': 'Original and copy',
    electronic: 'Electronic',
    paper: 'Paper',
    'paper-and-electronic': 'Paper and electronic',
    consultPhone: 'Enquiries',
    complaintPhone: 'Complaints',
    address: 'Address',
    hours: 'Office hours',
    window: 'Window',
    scan: 'Scan to apply on your phone',
    openOnline: 'Apply online',
    flowchartImage: 'Flowchart of {name}',
    source: 'Source',
    licensing: 'Licensing',
    confirmation: 'Confirmation',
    payment: 'Benefit',
    ruling: 'Ruling',
    'public-service': 'Public service',
    other: 'Other',
  },
};
