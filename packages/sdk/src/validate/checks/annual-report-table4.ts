/** Table 4: in each block (行政复议, and both kinds of 行政诉讼) the four results add up to 总计. */
import { REVIEW_BLOCKS, REVIEW_RESULTS, type Table4 } from '../../model/annual-report.js';
import { BLOCK_LABELS, TABLE_LABELS, disagrees } from '../../helpers/annual-report.js';
import type { IssueList } from '../issue.js';
import { named, printed } from './annual-report-cells.js';

export function checkTable4(t: Table4, out: IssueList): void {
  for (const block of REVIEW_BLOCKS) {
    const cells = t[block];
    const off = disagrees(
      cells.total,
      REVIEW_RESULTS.map((r) => cells[r]),
    );
    if (off)
      out.warn(['table4', block, 'total'], 'report_review_sum', {
        ...named('table', TABLE_LABELS.table4),
        ...named('block', BLOCK_LABELS[block]),
        ...printed(cells.total),
        computed: off.computed,
      });
  }
}
