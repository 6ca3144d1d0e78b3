/**
 * A request guide's own calendars: every holiday and make-up workday lies in the year it is filed
 * under, and a holiday ends no earlier than it starts (a typed 2025 in a 2026 calendar would
 * otherwise move every deadline silently).
 */
import type { RequestGuide } from '../../model/request-guide.js';
import type { IssueList } from '../issue.js';

export function checkRequestGuide(guide: RequestGuide, out: IssueList): void {
  guide.calendars?.forEach((c, i) => {
    const year = String(c.year);
    c.holidays.forEach((h, j) => {
      for (const key of ['from', 'to'] as const)
        if (!h[key].startsWith(year))
          out.error(['calendars', i, 'holidays', j, key], 'calendar_year', { year, date: h[key] });
      if (h.to < h.from) out.error(['calendars', i, 'holidays', j, 'to'], 'calendar_range', { from: h.from, to: h.to });
    });
    c.workdays.forEach((d, j) => {
      if (!d.startsWith(year)) out.error(['calendars', i, 'workdays', j], 'calendar_year', { year, date: d });
    });
  });
}
