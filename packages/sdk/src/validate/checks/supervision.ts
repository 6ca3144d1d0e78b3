/** Supervision figures that cannot be: more settled than received, more satisfied than settled, a period not over. */
import type { Supervision } from '../../model/supervision.js';
import type { IssueList } from '../issue.js';

export function checkSupervision(data: Supervision, out: IssueList): void {
  data.complaints?.forEach((c, i) => {
    if (c.received !== null && c.settled !== null && c.settled > c.received)
      out.warn(['complaints', i, 'settled'], 'count_exceeds', { part: c.settled, whole: c.received });
    if (c.settled !== null && c.satisfied !== null && c.satisfied > c.settled)
      out.warn(['complaints', i, 'satisfied'], 'count_exceeds', { part: c.satisfied, whole: c.settled });
  });
  data.ratings?.forEach((r, i) => {
    const x = r.rectification;
    if (x && x.due !== null && x.done !== null && x.done > x.due)
      out.warn(['ratings', i, 'rectification', 'done'], 'count_exceeds', { part: x.done, whole: x.due });
  });
  checkSupervisionPeriods(data, out);
}

/** The publisher's own calendar day of a date or time (`2026-10-16T09:00:00+08:00` → 2026-10-16). */
const dayOf = (updated: string): string => updated.slice(0, 10);

/** The last day of a period: 2026 → 2026-12-31, 2026-Q3 → 2026-09-30, 2026-11 → 2026-11-30. */
export function periodEnd(period: string): string {
  const [year, part] = period.split('-') as [string, string | undefined];
  const month = !part ? 12 : part.startsWith('Q') ? Number(part.slice(1)) * 3 : Number(part);
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** A period not yet over on the file's `updated` (November's ratings in a file of 5 November). */
function checkSupervisionPeriods(data: Supervision, out: IssueList): void {
  if (!data.updated) return;
  const updated = dayOf(data.updated);
  for (const key of ['complaints', 'ratings'] as const)
    data[key]?.forEach((x, i) => {
      if (periodEnd(x.period) > updated)
        out.warn([key, i, 'period'], 'period_after_updated', { period: x.period, updated });
    });
}
