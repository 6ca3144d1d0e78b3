/** Dates and working days as disclosure pages print them: 2026年3月1日, 20 个工作日. */
import type { Lang } from '../model/common.js';
import { dateFormat, numberFormat } from './intl-format.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Plain dates are calendar days (no time zone); times are shown in China time. */
export function formatDate(value: string | Date, lang: Lang = 'zh-CN'): string {
  const plain = typeof value === 'string' && DATE_ONLY.test(value);
  const date = typeof value === 'string' ? new Date(plain ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(lang, plain ? 'UTC' : 'Asia/Shanghai').format(date);
}

/** "数据更新于 2026年3月1日" — every figure shown must say when it was published. */
/** "数据更新于 2026年3月1日"; null (the publication prints no date) says so, and makes none up. */
export function formatUpdated(value: string | Date | null, lang: Lang = 'zh-CN'): string {
  if (value === null) return lang === 'en' ? 'Update date not stated' : '数据更新日期未注明';
  return lang === 'en' ? `Updated ${formatDate(value, lang)}` : `数据更新于 ${formatDate(value, lang)}`;
}

export function formatWorkingDays(days: number, lang: Lang = 'zh-CN'): string {
  const n = numberFormat(lang, 0, 1).format(days);
  if (lang === 'en') return `${n} working day${days === 1 ? '' : 's'}`;
  return days === 0 ? '即办' : `${n} 个工作日`;
}

export interface WorkingCalendar {
  /** Public holidays (YYYY-MM-DD) that fall on weekdays. */
  holidays?: readonly string[];
  /** Weekend days that are working days (调休上班). */
  workdays?: readonly string[];
}

/** The date `days` working days after `start` (the day of application does not count). */
export function addWorkingDays(start: string, days: number, calendar: WorkingCalendar = {}): string {
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  const d = new Date(`${start}T00:00:00Z`);
  let left = Math.ceil(days);
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    if (workdays.has(iso) || (!weekend && !holidays.has(iso))) left--;
  }
  return d.toISOString().slice(0, 10);
}
