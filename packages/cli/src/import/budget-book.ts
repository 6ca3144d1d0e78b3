/**
 * A workbook of a 部门预算/决算: each sheet is one of the nine published tables. Sheets are told
 * apart by their titles and layouts; the 支出总表 gives the dataset's lines, the 收支总表 its revenue
 * side, the 基本支出表 its economic lines, and every table is kept as printed — an empty one with
 * the reason printed on it.
 */
import type {
  AmountUnit,
  BudgetLine,
  BudgetTableName,
  EconomicLine,
  PublishedTable,
  RevenueLine,
  TotalRow,
} from '@gongkai/sdk';
import {
  FUNDING_COLUMNS,
  findTitle,
  findUnit,
  isCodedTable,
  parseBudgetSheet,
  titleFacts,
  type BudgetSheetOptions,
} from './budget-table.js';
import { findTwoSides, parseTwoSidedSheet } from './budget-two-sided.js';
import type { RowProblems } from './row-problems.js';
import { cellString, type Sheet } from './sheets.js';

/** Where a path of the dataset came from: its sheet and row. */
export type Locate = (path: readonly (string | number)[]) => { sheet: string; row: number } | undefined;

export interface BudgetBook {
  title?: string;
  unit?: AmountUnit;
  department?: string;
  year?: number;
  phase?: 'budget' | 'final';
  lines: BudgetLine[];
  total?: TotalRow;
  revenue?: RevenueLine[];
  revenueTotal?: number | null;
  economic?: EconomicLine[];
  tables?: PublishedTable[];
  /** The sheet that gave the lines (reported for issues about the dataset as a whole). */
  mainSheet: string;
  locate: Locate;
  /** Codes of rows with an error: the sums above them are not reported again. */
  errored: Set<string>;
  /** Rows read over every table. */
  rowsRead: number;
}

/** Which of the nine tables a sheet's title names. */
function tableOf(title: string, twoSided: boolean): BudgetTableName {
  if (twoSided) return /财政拨款/.test(title) ? 'fiscal-summary' : 'summary';
  if (/三公/.test(title)) return 'three-public';
  if (/收入/.test(title) && !/支出/.test(title)) return 'revenue';
  if (/基本支出/.test(title)) return 'general-basic';
  if (/政府性基金/.test(title)) return 'government-fund';
  if (/国有资本/.test(title)) return 'state-capital';
  if (/一般公共预算/.test(title)) return 'general-budget';
  return 'expenditure';
}

/** "本表为空表" and the like, printed where the rows would be. */
function emptyReason(sheet: Sheet): string | undefined {
  for (const row of sheet.rows)
    for (const c of row) {
      const t = cellString(c);
      if (/空表|无.*(收支|支出|收入|预算|决算).*(故|因此|所以)|本表无数据/.test(t)) return t;
    }
  return undefined;
}

export function parseBudgetBook(sheets: Sheet[], problems: RowProblems, opts: BudgetSheetOptions): BudgetBook {
  const book: BudgetBook = {
    lines: [],
    mainSheet: sheets[0]?.name ?? '',
    errored: new Set(),
    locate: () => undefined,
    rowsRead: 0,
  };
  const tables: PublishedTable[] = [];
  const where = new Map<string, { sheet: string; row: number }>();
  const mark = (prefix: string, sheet: string, rows: number[]) => {
    rows.forEach((row, i) => where.set(`${prefix}.${i}`, { sheet, row }));
    if (prefix !== 'lines') book.rowsRead += rows.length;
  };
  let mainTable: PublishedTable | undefined;
  let mainRows: number[] = [];

  for (const sheet of sheets) {
    const title = findTitle(sheet.rows) ?? sheet.name;
    book.title ??= title;
    book.unit ??= opts.unit ?? findUnit(sheet.rows);
    const facts = titleFacts(findTitle(sheet.rows));
    book.year ??= facts.year;
    book.department ??= facts.department;
    book.phase ??= facts.phase;
    const twoSided = findTwoSides(sheet.rows) !== undefined;
    const name = tableOf(title, twoSided);
    const reason = emptyReason(sheet);
    const at = `tables.${tables.length}`;
    if (tables.some((t) => t.table === name)) {
      problems.warn(
        sheet.name,
        0,
        `与前面的表同为“${name}”，未重复读取`,
        `the same table (${name}) as an earlier sheet: not read again`,
      );
      continue;
    }
    if (twoSided) {
      const t = parseTwoSidedSheet(sheet, problems)!;
      tables.push({ table: name, title, revenueSide: t.revenueSide, expenditureSide: t.expenditureSide });
      mark(`${at}.revenueSide`, sheet.name, t.revenueRows);
      mark(`${at}.expenditureSide`, sheet.name, t.expenditureRows);
      if (name === 'summary') takeRevenue(book, t.revenueSide);
    } else if (reason && !isCodedTable(sheet)) {
      tables.push({ table: name, title, emptyReason: reason });
    } else if (name === 'three-public') {
      // Read by `gongkai import three-public`; here it is only recorded as published.
      tables.push({ table: name, title });
    } else if (isCodedTable(sheet)) {
      const t = parseBudgetSheet(sheet, problems, opts);
      for (const c of t.errored) book.errored.add(c);
      const table: PublishedTable = { table: name, title };
      if (t.economic) table.economic = t.economic;
      else table.lines = t.lines;
      if (t.total) table.total = t.total;
      if (reason) table.emptyReason = reason;
      tables.push(table);
      if (t.economic) mark(`${at}.economic`, sheet.name, t.rowOf);
      else mark(`${at}.lines`, sheet.name, t.rowOf);
      const better = !mainTable || (name === 'expenditure' && mainTable.table !== 'expenditure');
      if (!t.economic && better) {
        mainTable = table;
        mainRows = t.rowOf;
        book.mainSheet = sheet.name;
      }
    } else {
      problems.warn(
        sheet.name,
        0,
        '未识别的工作表（没有“科目编码/科目名称”表头，也不是收支总表或空表），未读取',
        'sheet not recognized (no code/name header, not a two-sided table, not an empty table): not read',
      );
    }
  }
  // The main table's rows are the dataset's lines; the other tables stay as printed.
  if (mainTable) {
    book.lines = mainTable.lines!;
    if (mainTable.total) book.total = mainTable.total;
    mark('lines', book.mainSheet, mainRows);
  }
  const economic = tables.find((t) => t.table === 'general-basic' && t.economic);
  if (economic) book.economic = economic.economic;
  // One 支出总表 alone is a table, not a publication of the set: no list of the other eight.
  if (tables.length > 1 || tables.some((t) => t !== mainTable)) {
    book.tables = tables.map((t) => {
      if (t === mainTable && t.table === 'expenditure')
        return { table: t.table, ...(t.title ? { title: t.title } : {}) };
      if (t === economic) return { table: t.table, ...(t.title ? { title: t.title } : {}) };
      return t;
    });
  }
  const prefixes = [...where.keys()];
  book.locate = (path) => {
    const key = path.join('.');
    const hit = prefixes.filter((p) => key === p || key.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
    if (hit) return where.get(hit);
    // Issues about the tables as moved to the top level.
    if (path[0] === 'economic' && economic) return locateIn(where, `tables.${tables.indexOf(economic)}.economic`, path);
    return undefined;
  };
  return book;
}

function locateIn(
  where: Map<string, { sheet: string; row: number }>,
  prefix: string,
  path: readonly (string | number)[],
) {
  return where.get(`${prefix}.${path[1]}`);
}

/** The revenue side of the 收支总表: its rows by source (or printed name), and its 本年收入合计. */
function takeRevenue(book: BudgetBook, side: PublishedTable['revenueSide'] & object): void {
  const revenue: RevenueLine[] = [];
  for (const r of side) {
    if (r.isTotal) {
      if (/本年收入合计|收入合计/.test(r.name) || (book.revenueTotal === undefined && /合计/.test(r.name)))
        book.revenueTotal = r.amount;
      continue;
    }
    if (book.revenueTotal !== undefined) continue; // 上年结转 etc. below 本年收入合计 are not this year's revenue
    const source = FUNDING_COLUMNS.find(([re]) => re.test(r.name))?.[1];
    revenue.push({ ...(source ? { source } : {}), name: r.name, amount: r.amount, ...(r.row ? { row: r.row } : {}) });
  }
  if (revenue.length) book.revenue = revenue;
}
