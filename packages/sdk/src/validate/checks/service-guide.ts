/** Guide semantics inside one file; references to fees and processes are checked across the feed. */
import type { ServiceGuide, ServiceGuideList } from '../../model/service-guide.js';
import type { IssueList, PathSegment } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkServiceGuides(data: ServiceGuideList, out: IssueList): void {
  checkUniqueIds(data.guides, 'guides', out);
  data.guides.forEach((g, i) => checkGuide(g, ['guides', i], out));
}

/** The checks of one guide, at `at` (its place in the list, or `[]` for a guide on its own). */
export function checkGuide(g: ServiceGuide, at: readonly PathSegment[], out: IssueList): void {
  if (g.legalDays !== undefined && g.promisedDays !== undefined && g.promisedDays > g.legalDays) {
    out.warn([...at, 'promisedDays'], 'deadline_order', { promised: g.promisedDays, legal: g.legalDays });
  }
}
