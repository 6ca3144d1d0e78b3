/**
 * Catalogue semantics on their own (the audit against the feed is in feed.ts): unique entry ids, and a
 * parsed 公开时限 that says what its printed text says.
 */
import type { DisclosureCatalogue } from '../../model/disclosure-catalogue.js';
import { parseTimeLimit } from '../../helpers/catalogue-time-limit.js';
import type { IssueList } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkDisclosureCatalogue(data: DisclosureCatalogue, out: IssueList): void {
  checkUniqueIds(data.entries, 'entries', out);
  data.entries.forEach((e, i) => {
    const given = e.timeLimit.parsed;
    if (!given) return;
    const read = parseTimeLimit(e.timeLimit.text);
    // A parsed form that the printed text does not bear out would make the audit judge by a made-up limit.
    if (!read || read.days !== given.days || read.unit !== given.unit)
      out.warn(['entries', i, 'timeLimit', 'parsed'], 'catalogue_time_limit_mismatch', {
        text: e.timeLimit.text,
        days: given.days,
      });
  });
}
