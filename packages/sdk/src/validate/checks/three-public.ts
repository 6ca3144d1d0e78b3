/** 三公 semantics: one line per category; printed percentages compared with the amounts. */
import type { ThreePublic } from '../../model/three-public.js';
import { changePercent } from '../../rules/change.js';
import { percentDisagrees } from '../../rules/tolerance.js';
import type { IssueList } from '../issue.js';

export function checkThreePublic(data: ThreePublic, out: IssueList): void {
  const seen = new Set<string>();
  data.lines.forEach((line, i) => {
    if (seen.has(line.category)) out.error(['lines', i, 'category'], 'category_duplicate', { category: line.category });
    seen.add(line.category);
    const published = line.publishedChangePercent;
    if (typeof published !== 'number') return;
    const computed = changePercent(line.actual ?? line.budget, line.previous);
    if (computed !== null && percentDisagrees(published, computed)) {
      out.warn(['lines', i, 'publishedChangePercent'], 'percent_mismatch', {
        published,
        computed: computed.toFixed(2),
      });
    }
  });
}
