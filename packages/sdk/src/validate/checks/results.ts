/**
 * Published results: unique ids, dates in order and none after the file's `updated`, and no personal
 * data left in the clear (an unmasked name of a natural person, a personal number in any written form
 * and any field, a door address).
 * The toolkit de-identifies results itself (`deidentifyResults`, applied by `gongkai build`), so any
 * left is an error. Records under another kind string are checked by checks/personal-data.ts.
 */
import { personalDataIn } from '../../helpers/deidentify.js';
import type { Result, ResultList } from '../../model/results.js';
import type { IssueList, PathSegment } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';
import { resultDate } from '../../helpers/result-fields.js';

export function checkResultList(data: ResultList, out: IssueList): void {
  checkUniqueIds(data.results, 'results', out);
  if (data.publicity && data.publicity.start > data.publicity.end)
    out.error(['publicity', 'end'], 'date_order', { from: data.publicity.start, to: data.publicity.end });
  data.results.forEach((r, i) => checkResult(r, ['results', i], out));
  checkResultDates(data, out);
}

export function checkResult(r: Result, at: readonly PathSegment[], out: IssueList): void {
  if (r.publicity && r.publicity.start > r.publicity.end)
    out.error([...at, 'publicity', 'end'], 'date_order', { from: r.publicity.start, to: r.publicity.end });
  if (r.type === 'case' && r.decided && r.decided < r.accepted)
    out.error([...at, 'decided'], 'date_order', { from: r.accepted, to: r.decided });
  if (r.type === 'case' && r.outcome !== 'pending' && !r.decided) out.warn([...at, 'decided'], 'case_no_date');
  for (const { path, what } of personalDataIn(r)) out.error([...at, ...path], 'personal_data', { what });
}

/** The publisher's own calendar day of a date or time (`2026-10-16T09:00:00+08:00` → 2026-10-16). */
const dayOf = (updated: string): string => updated.slice(0, 10);

/** A record dated after its own file's `updated` (decided on 11-09 in a file of 10-16). */
function checkResultDates(data: ResultList, out: IssueList): void {
  if (!data.updated) return;
  const updated = dayOf(data.updated);
  data.results.forEach((r, i) => {
    const date = resultDate(r);
    if (date && date > updated) out.warn(['results', i], 'dated_after_updated', { date, updated });
  });
}
