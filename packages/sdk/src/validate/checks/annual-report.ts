/** The semantic checks of one 政府信息公开工作年度报告 (across years: annual-report-years.ts). */
import type { AnnualReport } from '../../model/annual-report.js';
import type { IssueList } from '../issue.js';
import { checkTable3 } from './annual-report-table3.js';
import { checkTable4 } from './annual-report-table4.js';
import { checkPublishedOnTime, checkQuotedFigures } from './annual-report-text.js';

export function checkAnnualReport(report: AnnualReport, out: IssueList): void {
  checkTable3(report.table3, out);
  checkTable4(report.table4, out);
  checkQuotedFigures(report, out);
  checkPublishedOnTime(report, out);
}
