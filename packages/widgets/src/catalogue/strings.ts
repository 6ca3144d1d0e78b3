import type { CatalogueChannel, CatalogueState } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export { fill } from '../util/lang.js';

export const STRINGS: Strings<
  | 'subject'
  | 'title'
  | 'search'
  | 'searchPlaceholder'
  | 'summary'
  | 'noResults'
  | 'timeLimit'
  | 'publisher'
  | 'channels'
  | 'content'
  | 'basis'
  | 'data'
  | 'noData'
  | 'lateDetail'
  | 'asOf'
  | 'domainCount'
  | CatalogueState
  | `ch-${CatalogueChannel}`
> = {
  'zh-CN': {
    subject: '政务公开事项标准目录',
    title: '政务公开事项标准目录',
    search: '搜索目录事项',
    searchPlaceholder: '搜索事项、内容或公开主体',
    summary: '共 {total} 项：已公开 {published} 项，未关联数据 {unlinked} 项，逾期 {late} 项',
    noResults: '没有与“{q}”相符的事项',
    timeLimit: '公开时限',
    publisher: '公开主体',
    channels: '公开渠道',
    content: '公开内容',
    basis: '公开依据',
    data: '公开数据',
    noData: '尚未关联公开数据',
    lateDetail: '{changed} 变更，应于 {deadline} 前公开；数据更新于 {updated}',
    asOf: '核对日期 {date}',
    domainCount: '{n} 项',
    published: '已公开',
    unlinked: '未关联',
    late: '逾期',
    'ch-website': '政府网站',
    'ch-gazette': '政府公报',
    'ch-social-media': '两微一端',
    'ch-briefing': '发布会/听证会',
    'ch-broadcast': '广播电视',
    'ch-print': '纸质媒体',
    'ch-reading-room': '公开查阅点',
    'ch-service-center': '政务服务中心',
    'ch-service-station': '便民服务站',
    'ch-door-to-door': '入户/现场',
    'ch-notice-board': '社区/村公示栏（电子屏）',
    'ch-targeted-push': '精准推送',
    'ch-other': '其他',
  },
  en: {
    subject: 'Disclosure catalogue',
    title: 'Standard disclosure catalogue',
    search: 'Search the catalogue',
    searchPlaceholder: 'Search items, content or publisher',
    summary: '{total} items: {published} published, {unlinked} not linked to data, {late} late',
    noResults: 'No item matches “{q}”',
    timeLimit: 'Time limit',
    publisher: 'Published by',
    channels: 'Channels',
    content: 'Content',
    basis: 'Basis',
    data: 'Data',
    noData: 'No data linked yet',
    lateDetail: 'changed {changed}, due by {deadline}; data dated {updated}',
    asOf: 'as of {date}',
    domainCount: '{n} items',
    published: 'Published',
    unlinked: 'Not linked',
    late: 'Late',
    'ch-website': 'Government website',
    'ch-gazette': 'Government gazette',
    'ch-social-media': 'WeChat, Weibo and app',
    'ch-briefing': 'Press conference / hearing',
    'ch-broadcast': 'Radio and TV',
    'ch-print': 'Print',
    'ch-reading-room': 'Public reading room',
    'ch-service-center': 'Government service centre',
    'ch-service-station': 'Service station',
    'ch-door-to-door': 'Door to door / on site',
    'ch-notice-board': 'Community or village notice board',
    'ch-targeted-push': 'Targeted push',
    'ch-other': 'Other',
  },
};
