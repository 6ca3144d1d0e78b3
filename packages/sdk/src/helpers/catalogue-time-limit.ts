/**
 * Reads a catalogue's 公开时限 as counties print it: "信息形成或变更之日起20个工作日内",
 * "自信息形成或者变更之日起20个工作日内予以公开", "信息形成之日起20个工作日内", "20工作日",
 * "预算批复后20日内". Text that states no count of days ("实时公开", "及时公开", "同上",
 * "长期公开") does not parse: it stays text only, and nothing is guessed.
 */
import type { TimeLimitParsed } from '../model/disclosure-catalogue.js';
import { addWorkingDays, type WorkingCalendar } from './dates.js';

// Digits, and the few Chinese numerals these tables use (十五日, 二十个工作日).
const NUMERAL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? NUMERAL[m[1]] : undefined;
  return (m[1] ? NUMERAL[m[1]]! : 1) * 10 + (m[3] ? NUMERAL[m[3]]! : 0);
}

const COUNT = /(\d+|[一二两三四五六七八九十]+)\s*个?\s*(工作日|自然日|日|天)/;

/** The parsed form of a printed 公开时限, or undefined when it names no count of days. */
export function parseTimeLimit(text: string): TimeLimitParsed | undefined {
  const t = text.replace(/\s+/g, '');
  const m = COUNT.exec(t);
  if (!m) return undefined;
  const days = chineseNumber(m[1]!);
  if (days === undefined) return undefined;
  const before = t.slice(0, m.index);
  const from = /形成或(?:者)?变更/.test(before)
    ? 'formed-or-changed'
    : /形成/.test(before)
      ? 'formed'
      : /批复|批准/.test(before)
        ? 'approved'
        : /作出|做出|决定/.test(before)
          ? 'decided'
          : undefined;
  return { ...(from ? { from } : {}), days, unit: m[2] === '工作日' ? 'working-days' : 'days' } as TimeLimitParsed;
}

/** The last day on which something due `limit` after `start` (YYYY-MM-DD) is still on time. */
export function timeLimitDeadline(start: string, limit: TimeLimitParsed, calendar?: WorkingCalendar): string {
  if (limit.unit === 'working-days') return addWorkingDays(start, limit.days, calendar);
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + limit.days);
  return d.toISOString().slice(0, 10);
}
