/** Supervision figures that cannot be: more settled than received, more satisfied than settled. */
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
}
