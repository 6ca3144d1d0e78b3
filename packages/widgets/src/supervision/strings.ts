import type { ChannelKind, RatingLevel } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

type Key =
  | 'subject'
  | 'channels'
  | 'complaints'
  | 'ratings'
  | 'period'
  | 'received'
  | 'settled'
  | 'total'
  | 'rate'
  | 'rateHow'
  | 'rateBlanks'
  | 'rateWhole'
  | 'rectification'
  | 'rectified'
  | 'chart'
  | 'qr'
  | 'none'
  | ChannelKind
  | RatingLevel;

/** `satisfied` is both a complaint column (settled to satisfaction) and a rating level: 满意 either way. */
export const STRINGS: Strings<Key> = {
  'zh-CN': {
    subject: '监督与评价',
    channels: '投诉与监督渠道',
    complaints: '投诉办理情况',
    ratings: '“好差评”情况',
    period: '统计期',
    received: '受理',
    settled: '办结',
    total: '评价总数',
    rate: '满意率',
    rateBlanks: '（{n} 处未填报，未计入）',
    rateHow: '满意率 =（非常满意 + 满意）÷ 评价总数 =（{a} + {b}）÷ {n} = {rate}',
    rateWhole: '{from} 至 {to} 共 {n} 次评价',
    rectification: '差评整改',
    rectified: '{done} / {due}',
    chart: '各评价等级所占比例',
    qr: '{label}的二维码',
    none: '—',
    phone: '监督电话',
    hotline: '热线',
    mailbox: '意见箱',
    email: '电子邮箱',
    online: '网上投诉',
    unit: '受理单位',
    verySatisfied: '非常满意',
    satisfied: '满意',
    neutral: '基本满意',
    dissatisfied: '不满意',
    veryDissatisfied: '非常不满意',
  },
  en: {
    subject: 'Supervision and ratings',
    channels: 'How to complain',
    complaints: 'Complaints',
    ratings: 'Public ratings',
    period: 'Period',
    received: 'Received',
    settled: 'Settled',
    total: 'Ratings',
    rate: 'Satisfaction',
    rateBlanks: ' ({n} blank counts, left out)',
    rateHow: 'satisfaction = (very satisfied + satisfied) ÷ all ratings = ({a} + {b}) ÷ {n} = {rate}',
    rateWhole: '{n} ratings from {from} to {to}',
    rectification: 'Bad ratings put right',
    rectified: '{done} / {due}',
    chart: 'Share of each rating',
    qr: 'QR code: {label}',
    none: '—',
    phone: 'Phone',
    hotline: 'Hotline',
    mailbox: 'Mailbox',
    email: 'E-mail',
    online: 'Online',
    unit: 'Office',
    verySatisfied: 'Very satisfied',
    satisfied: 'Satisfied',
    neutral: 'Fairly satisfied',
    dissatisfied: 'Dissatisfied',
    veryDissatisfied: 'Very dissatisfied',
  },
};
