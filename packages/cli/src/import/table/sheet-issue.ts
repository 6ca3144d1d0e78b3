/**
 * Problems found reading a sheet, as the SDK's structured issues: a code from the one message
 * table, and where — sheet, row, column letter, the column's header path — for the report to word
 * in the clerk's language.
 */
import { makeIssue, type IssueCode, type MessageParams, type Severity, type ValidationIssue } from '@gongkai/sdk';

export interface SheetPlace {
  sheet: string;
  /** The table's number on its sheet, when it is not the first. */
  table?: number;
  /** 1-based spreadsheet row; absent for the sheet or a whole column. */
  row?: number;
  /** Column letter, as Excel shows it. */
  column?: string;
  /** The column's header path, joined with "/". */
  header?: string;
}

export interface SheetIssue extends ValidationIssue {
  place: SheetPlace;
}

export function sheetIssue(
  place: SheetPlace,
  code: IssueCode,
  params: MessageParams = {},
  severity: Severity = 'error',
): SheetIssue {
  const issue = makeIssue([], code, params, severity) as SheetIssue;
  issue.place = place;
  if (place.row) issue.record = { row: place.row };
  return issue;
}

/** "表「收费」第 6 行 D 列（收费标准/标准（元））" / `sheet "收费" row 6 column D (收费标准/标准（元）)` */
export function placeText(p: SheetPlace, lang: 'zh-CN' | 'en'): string {
  const header = p.header ? (lang === 'en' ? ` (${p.header})` : `（${p.header}）`) : '';
  const table = p.table && p.table > 1 ? (lang === 'en' ? ` (table ${p.table})` : `（第 ${p.table} 张表）`) : '';
  if (lang === 'en')
    return `sheet "${p.sheet}"${table}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column ${p.column}` : ''}${header}`;
  return `表「${p.sheet}」${table}${p.row ? `第 ${p.row} 行` : ''}${p.column ? `${p.row ? ' ' : ''}${p.column} 列` : ''}${header}`;
}
