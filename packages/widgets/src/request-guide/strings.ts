import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'title'
  | 'channels'
  | 'in-person'
  | 'post'
  | 'online'
  | 'fax'
  | 'address'
  | 'postcode'
  | 'hours'
  | 'phone'
  | 'faxNo'
  | 'url'
  | 'receiptLabel'
  | 'handed-in'
  | 'signed-for'
  | 'confirmed'
  | 'form'
  | 'formNote'
  | 'deadline'
  | 'received'
  | 'extended'
  | 'consultation'
  | 'deadlineIs'
  | 'deadlineEmpty'
  | 'notCovered'
  | 'calendarSource'
  | 'limits'
  | 'fees'
  | 'perRequest'
  | 'perPage'
  | 'requestsThisMonth'
  | 'pages'
  | 'feeIs'
  | 'tiersRequest'
  | 'tiersPage'
  | 'privacy'
  | 'printForm'
  | 'formTitle'
  | 'signature'
> = {
  'zh-CN': {
    subject: '政府信息公开指南',
    title: '{publisher}政府信息公开指南',
    channels: '申请渠道',
    'in-person': '当面提交',
    post: '邮寄',
    online: '网络申请',
    fax: '传真',
    address: '地址',
    postcode: '邮编',
    hours: '受理时间',
    phone: '电话',
    faxNo: '传真号码',
    url: '网址',
    receiptLabel: '收到申请日期',
    'handed-in': '以申请人提交之日为收到申请之日',
    'signed-for': '以本机关签收之日为收到申请之日',
    confirmed: '以双方确认之日为收到申请之日',
    form: '申请内容（《政府信息公开条例》第二十九条）',
    formNote: '',
    deadline: '答复期限计算',
    received: '收到申请日期',
    extended: '延长答复期限（最长 {days} 个工作日）',
    consultation: '征求第三方或其他机关意见所用工作日（不计入期限）',
    deadlineIs: '应于 {date} 前答复（共 {days} 个工作日）',
    deadlineEmpty: '请选择收到申请日期。',
    notCovered: '⚠ 期限跨入尚未公布放假安排的年份，该年份仅按周末计算。',
    calendarSource: '节假日依据：{sources}',
    limits:
      '自收到申请之日起 {reply} 个工作日内答复；需要延长的，可延长不超过 {extension} 个工作日；征求第三方意见的期限为 {third} 个工作日。',
    fees: '信息处理费',
    perRequest: '按件计收',
    perPage: '按量计收',
    requestsThisMonth: '本月累计申请件数',
    pages: '本次申请页数',
    feeIs: '信息处理费 {yuan} 元',
    tiersRequest:
      '同一申请人一个自然月内：10 件以下（含）不收费；11—30 件部分 100 元/件；31 件以上部分每 10 件为一档，每档提高 100 元/件。',
    tiersPage: '30 页以下（含）不收费；31—100 页部分 10 元/页；101—200 页部分 20 元/页；201 页以上部分 40 元/页。',
    privacy: '本页计算只在您的浏览器中进行，不收集、不发送任何个人信息。',
    printForm: '打印申请表',
    formTitle: '政府信息公开申请表',
    signature: '申请人签名（盖章）：　　　　　　　　　申请日期：　　　年　　月　　日',
  },
  en: {
    subject: 'guide to requesting government information',
    title: '{publisher}: guide to requesting government information',
    channels: 'How to apply',
    'in-person': 'In person',
    post: 'By post',
    online: 'Online',
    fax: 'By fax',
    address: 'Address',
    postcode: 'Postcode',
    hours: 'Hours',
    phone: 'Phone',
    faxNo: 'Fax',
    url: 'Website',
    receiptLabel: 'Date of receipt',
    'handed-in': 'the day it is handed in',
    'signed-for': 'the day it is signed for',
    confirmed: 'the day both sides confirm it',
    form: 'What an application holds (Regulations, article 29)',
    formNote: '',
    deadline: 'Reply deadline',
    received: 'Date of receipt',
    extended: 'Extended (by at most {days} working days)',
    consultation: 'Working days spent consulting a third party (not counted)',
    deadlineIs: 'Reply due by {date} ({days} working days)',
    deadlineEmpty: 'Choose the date of receipt.',
    notCovered: '⚠ The count runs into a year whose holidays are not yet published: only weekends are skipped there.',
    calendarSource: 'Holidays per: {sources}',
    limits:
      'Reply within {reply} working days of receipt, extendable by at most {extension}; a third party has {third} working days to give its opinion.',
    fees: 'Processing fees',
    perRequest: 'Per request',
    perPage: 'Per page',
    requestsThisMonth: 'Requests this month in all',
    pages: 'Pages in this request',
    feeIs: 'Fee: {yuan} yuan',
    tiersRequest:
      'Per applicant per calendar month: up to 10 free; 11–30 at 100 yuan each; from the 31st, 100 yuan more for every further 10.',
    tiersPage: 'Up to 30 pages free; 31–100 at 10 yuan a page; 101–200 at 20; from 201 at 40.',
    privacy: 'Everything here is worked out in your browser: nothing personal is collected or sent.',
    printForm: 'Print the application form',
    formTitle: 'Application for government information',
    signature: 'Signature (seal): ____________    Date: ____________',
  },
};
