/** Guide semantics inside one file; references to fees and processes are checked across the feed. */
import type { ServiceGuideList } from '../../model/service-guide.js';
import type { IssueList } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkServiceGuides(data: ServiceGuideList, out: IssueList): void {
  checkUniqueIds(data.guides, 'guides', out);
  data.guides.forEach((g, i) => {
    if (g.legalDays !== undefined && g.promisedDays !== undefined && g.promisedDays > g.legalDays) {
      out.warn(['guides', i, 'promisedDays'], 'deadline_order', { promised: g.promisedDays, legal: g.legalDays });
    }
  });
}
