/**
 * Across years, inside one feed: a unit's 上年结转 this year is what its report of the year before
 * carried forward (结转下年度继续办理), column by column.
 */
import type { AnnualReport } from '../../model/annual-report.js';
import { ROW_LABELS } from '../../helpers/annual-report.js';
import { IssueList } from '../issue.js';
import { columnNamed, named, printed, table3Named } from './annual-report-cells.js';

export interface FiledReport {
  file: string;
  report: AnnualReport;
}

/** Issues per file (dataset id) for every report whose previous year's report is in the feed. */
export function checkReportYears(reports: readonly FiledReport[]): Map<string, IssueList> {
  const byUnit = new Map<string, FiledReport>();
  for (const r of reports) byUnit.set(`${r.report.publisher}\u0000${r.report.year}`, r);
  const out = new Map<string, IssueList>();
  for (const { file, report } of reports) {
    const prev = byUnit.get(`${report.publisher}\u0000${report.year - 1}`);
    if (!prev) continue;
    const list = new IssueList();
    report.table3.carriedOver.forEach((cell, col) => {
      const before = prev.report.table3.carriedForward[col]!;
      if (cell === '/' || before === '/' || (cell ?? 0) === (before ?? 0)) return;
      list.warn(['table3', 'carriedOver', col], 'report_carryover', {
        ...table3Named(),
        ...columnNamed(col),
        ...named('row', ROW_LABELS.carriedOver),
        ...printed(cell),
        ...printed(before, 'previous'),
        previousYear: prev.report.year,
        previousFile: prev.file,
      });
    });
    if (list.items.length) out.set(file, list);
  }
  return out;
}
