import type { Lang } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  | 'stale'
  | 'waiting'
  | 'panel'
  | 'home'
  | 'homeTitle'
  | 'touch'
  | 'elderly'
  | 'page'
  | 'prev'
  | 'next'
  | 'old'
  | 'sections'
  | 'latest'
> = {
  'zh-CN': {
    stale: '网络异常，正在显示最近一次获取的数据',
    waiting: '信息更新中，请稍候',
    panel: '第 {i} 屏，共 {n} 屏',
    home: '返回首页',
    homeTitle: '政务公开查询',
    touch: '轻触屏幕开始查询',
    elderly: '大字模式（适老化）',
    page: '第 {i}/{n} 页',
    prev: '上一页',
    next: '下一页',
    old: '数据已 {n} 天未更新',
    sections: '本页目录',
    latest: '最新公示',
  },
  en: {
    stale: 'Offline: showing the last data received',
    waiting: 'Updating information, please wait',
    panel: 'Screen {i} of {n}',
    home: 'Home',
    homeTitle: 'Public information',
    touch: 'Touch the screen to start',
    elderly: 'Large type',
    page: 'Page {i} of {n}',
    prev: 'Previous',
    next: 'Next',
    old: 'Not updated for {n} days',
    sections: 'Sections',
    latest: 'Latest',
  },
};

/** What each widget is called on a tile and in a panel's header. */
const NAMES: Record<string, Record<Lang, string>> = {
  'gk-fee-table': { 'zh-CN': '收费项目及标准', en: 'Fees' },
  'gk-service-guide': { 'zh-CN': '办事指南', en: 'Service guide' },
  'gk-process-flow': { 'zh-CN': '办事流程', en: 'Procedure' },
  'gk-budget-viewer': { 'zh-CN': '部门预决算', en: 'Budget' },
  'gk-three-public': { 'zh-CN': '“三公”经费', en: '"Three public" costs' },
  'gk-power-list': { 'zh-CN': '权责清单', en: 'Powers and duties' },
  'gk-department': { 'zh-CN': '部门公开', en: 'Department' },
  'gk-results': { 'zh-CN': '结果公示', en: 'Results' },
  'gk-service-rules': { 'zh-CN': '办事纪律', en: 'Service rules' },
  'gk-supervision': { 'zh-CN': '监督与评价', en: 'Supervision' },
};

/** A panel's name: its `data-title`, else what its widget shows, else its first heading. */
export function panelName(p: Element, lang: Lang): string {
  return (
    p.getAttribute('data-title') ??
    NAMES[p.localName]?.[lang] ??
    p.querySelector('h1, h2, h3')?.textContent?.trim() ??
    (lang === 'en' ? 'Information' : '信息')
  );
}
