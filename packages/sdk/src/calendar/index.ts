/**
 * The official holiday calendars the SDK ships, one file per year (cn-2025.ts, …), and the working
 * calendar made from them. A publisher's own years (a request guide's `calendars`) replace these.
 */
import type { CalendarYear } from '../model/request-guide.js';
import type { WorkingCalendar } from '../helpers/dates.js';
import { CN_2025 } from './cn-2025.js';
import { CN_2026 } from './cn-2026.js';

export const OFFICIAL_CALENDARS: readonly CalendarYear[] = [CN_2025, CN_2026];

/** Every day from `from` to `to`, inclusive (YYYY-MM-DD). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d <= end) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** The working calendar of the shipped years, with `own` years replacing shipped ones of the same year. */
export function workingCalendar(own: readonly CalendarYear[] = []): WorkingCalendar & { years: number[] } {
  const byYear = new Map(OFFICIAL_CALENDARS.map((c) => [c.year, c]));
  for (const c of own) byYear.set(c.year, c);
  const years = [...byYear.values()];
  return {
    holidays: years.flatMap((c) => c.holidays.flatMap((h) => days(h.from, h.to))),
    workdays: years.flatMap((c) => c.workdays),
    years: years.map((c) => c.year).sort(),
  };
}
