/** Problems an import found, each with the sheet and spreadsheet row it belongs to. */
import { issueMessage } from '@gongkai/sdk';
import { oneLine, type Output } from '../output.js';
import { placeText, type SheetIssue } from './table/sheet-issue.js';

export interface RowProblem {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it; 0 for the sheet as a whole. */
  row: number;
  severity: 'error' | 'warning';
  zh: string;
  en: string;
  /** The structured issue, for importers on the table reader (column letter and header path). */
  issue?: SheetIssue;
}

export class RowProblems {
  readonly items: RowProblem[] = [];
  /** What became of every column of every table read: one line each (the import report). */
  readonly columns: SheetIssue[] = [];
  /** Rows that are not data (totals, notes, signatures, 栏次): one line each. */
  readonly asides: SheetIssue[] = [];
  /** Facts about the file the report states (its encoding). */
  readonly facts: SheetIssue[] = [];
  error(sheet: string, row: number, zh: string, en: string): void {
    this.items.push({ sheet, row, severity: 'error', zh, en });
  }
  warn(sheet: string, row: number, zh: string, en: string): void {
    this.items.push({ sheet, row, severity: 'warning', zh, en });
  }
  /** A structured issue, worded from the SDK's message table. */
  add(issue: SheetIssue): void {
    const text = issueMessage(issue);
    this.items.push({
      sheet: issue.place.sheet,
      row: issue.place.row ?? 0,
      severity: issue.severity,
      zh: text['zh-CN'],
      en: text.en,
      issue,
    });
  }
  get errors(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }
}

export function printProblems(problems: readonly RowProblem[], o: Output): void {
  for (const p of problems) {
    const where = p.issue
      ? o.t(placeText(p.issue.place, 'zh-CN'), placeText(p.issue.place, 'en'))
      : p.row
        ? o.t(`表「${p.sheet}」第 ${p.row} 行`, `sheet "${p.sheet}" row ${p.row}`)
        : o.t(`表「${p.sheet}」`, `sheet "${p.sheet}"`);
    const tag = p.severity === 'error' ? o.red(o.t('错误', 'error')) : o.yellow(o.t('提示', 'warning'));
    o.out(`  ${tag}  ${oneLine(where)}${o.t('：', ': ')}${oneLine(o.t(p.zh, p.en))}`);
  }
}

/** The import report: the file's encoding, then each column of each table and what it became. */
export function printColumns(problems: RowProblems, o: Output): void {
  for (const f of problems.facts) {
    const t = issueMessage(f);
    o.out(`  ${oneLine(o.t(t['zh-CN'], t.en))}`);
  }
  if (problems.columns.length) o.out(o.t('  各列的读取情况：', '  What each column became:'));
  for (const c of problems.columns) {
    const t = issueMessage(c);
    const where = o.t(placeText(c.place, 'zh-CN'), placeText(c.place, 'en'));
    o.out(`    ${oneLine(where)}${o.t('：', ': ')}${oneLine(o.t(t['zh-CN'], t.en))}`);
  }
  if (!problems.asides.length) return;
  o.out(o.t('  不作为数据的行：', '  Rows that are not data:'));
  for (const c of problems.asides) {
    const t = issueMessage(c);
    const where = o.t(placeText(c.place, 'zh-CN'), placeText(c.place, 'en'));
    o.out(`    ${oneLine(where)}${o.t('：', ': ')}${oneLine(o.t(t['zh-CN'], t.en))}`);
  }
}
