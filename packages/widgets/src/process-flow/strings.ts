import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'chart'
  | 'textVersion'
  | 'drawing'
  | 'noChart'
  | 'invalid'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'exportSvg'
  | 'lanes'
  | 'current'
  | 'owner'
  | 'days'
  | 'next'
  | 'then'
  | 'start'
  | 'step'
  | 'decision'
  | 'end'
  | 'details'
  | 'notFound'
  | 'daysUnknown'
  | 'criteria'
  | 'stepResult'
> = {
  'zh-CN': {
    subject: '流程图',
    chart: '审批流程图：{name}。文字版步骤见图下方。',
    textVersion: '文字版流程',
    drawing: '正在绘制流程图…',
    noChart: '流程图暂时无法显示，请看下面的文字版流程。',
    invalid: '流程数据有误，暂无法绘制流程图。请修改以下问题：',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '适合宽度',
    exportSvg: '导出 SVG',
    lanes: '按办理人分道',
    current: '当前步骤',
    owner: '办理人',
    days: '时限',
    daysUnknown: '未注明',
    criteria: '审查标准',
    stepResult: '办理结果',
    next: '下一步',
    then: '之后',
    start: '开始',
    step: '步骤',
    decision: '判断',
    end: '结束',
    details: '步骤详情',
    notFound: '数据源中没有流程“{id}”',
  },
  en: {
    subject: 'flowchart',
    chart: 'Approval flowchart: {name}. The steps follow as text below the chart.',
    textVersion: 'Steps as text',
    drawing: 'Drawing the flowchart…',
    noChart: 'The flowchart cannot be shown right now: the steps are listed as text below.',
    invalid: 'The process data has errors, so the chart cannot be drawn. Please fix:',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit width',
    exportSvg: 'Export SVG',
    lanes: 'Swimlanes by owner',
    current: 'Current step',
    owner: 'Done by',
    days: 'Time limit',
    daysUnknown: 'not stated',
    criteria: 'What is checked',
    stepResult: 'Result',
    next: 'Next',
    then: 'then',
    start: 'Start',
    step: 'Step',
    decision: 'Decision',
    end: 'End',
    details: 'Step details',
    notFound: 'the feed has no process "{id}"',
  },
};
