/** Figures quoted in the report's text against the tables' own, and the report's publication date. */
import type { AnnualReport } from '../../model/annual-report.js';
import {
  BLOCK_LABELS,
  ROW_LABELS,
  TABLE_LABELS,
  reportDueDate,
  reportLate,
  type Label,
} from '../../helpers/annual-report.js';
import { quotedFigures, tableFigure, type QuotedFigure } from '../../helpers/annual-report-text.js';
import type { IssueList } from '../issue.js';
import { named } from './annual-report-cells.js';

const WHERE: Record<QuotedFigure, [table: Label, row: Label]> = {
  received: [TABLE_LABELS.table3, ROW_LABELS.received],
  carriedOver: [TABLE_LABELS.table3, ROW_LABELS.carriedOver],
  carriedForward: [TABLE_LABELS.table3, ROW_LABELS.carriedForward],
  reconsideration: [TABLE_LABELS.table4, BLOCK_LABELS.reconsideration],
  litigation: [TABLE_LABELS.table4, ['行政诉讼（两类合计）', 'litigation (both kinds)']],
};

export function checkQuotedFigures(report: AnnualReport, out: IssueList): void {
  report.sections.forEach((section, i) => {
    if (!section.text) return;
    for (const q of quotedFigures(section.text)) {
      const figure = tableFigure(report, q.figure);
      if (figure === null || figure === q.value) continue;
      const [table, row] = WHERE[q.figure];
      out.warn(['sections', i, 'text'], 'report_text_figure', {
        quote: q.quote,
        text: q.value,
        figure,
        ...named('table', table),
        ...named('row', row),
      });
    }
  });
}

/** Due by 31 January of the next year; judged from the printed date, never from today's. */
export function checkPublishedOnTime(report: AnnualReport, out: IssueList): void {
  if (reportLate(report))
    out.warn(['published'], 'report_late', {
      published: report.published!,
      due: reportDueDate(report),
      year: report.year,
    });
}
