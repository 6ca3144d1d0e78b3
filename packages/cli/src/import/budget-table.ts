/**
 * Reads one table of a department budget as finance bureaus publish it: a title row, a unit row
 * ("单位：万元"), one to three header rows with merged cells, code and name columns (one code
 * column, or 类/款/项 columns), amount columns (合计, or a single "2021年预算数"), "比上年增减" and
 * "增减%" columns, and a 合计 row first or last. Rows printed without a code are kept without one.
 * Every row it cannot understand is reported with its row and column; none is dropped silently.
 */
import {
  ECONOMIC_CODE,
  FUNCTION_CODE,
  economicSchemeOf,
  type AmountUnit,
  type BudgetLine,
  type EconomicLine,
  type FundingSource,
  type TotalRow,
} from '@gongkai/sdk';
import { cellString, cellText, parseAmount, type CellValue, type Sheet } from './sheets.js';
import { columnLetter, parseChangeCell } from './figures.js';
import type { RowProblems } from './row-problems.js';
import { sheetIssue, type SheetIssue } from './table/sheet-issue.js';

export interface BudgetTable {
  title?: string;
  unit?: AmountUnit;
  department?: string;
  year?: number;
  phase?: 'budget' | 'final';
  /** Function-classified lines (支出总表, 一般公共预算支出表, …). */
  lines: BudgetLine[];
  /** Economic-classified lines (基本支出表), when the table is one. */
  economic?: EconomicLine[];
  /** Spreadsheet row number of each line, for reporting validation issues by row. */
  rowOf: number[];
  /** The printed 合计 row, when the table has one. */
  total?: TotalRow;
  /** Lines of rows with an error: their parents' sums are not reported again (no cascade). */
  errored: Set<string>;
}

type AmountKey = 'total' | 'basic' | 'project' | 'previous' | 'personnel' | 'public';

interface Columns {
  code?: number;
  parts?: [number, number, number];
  name: number;
  amounts: Partial<Record<AmountKey, number>>;
  changeAmount?: number;
  changePercent?: number;
  funding: Partial<Record<FundingSource, number>>;
  economic: boolean;
}

const HEADER_HINT = /科目编码|科目代码|功能分类|经济分类|^类$|^款$|^项$|科目名称/;
const TOTAL_NAME = /^(合计|总计|本年支出合计|支出合计)$/;

const AMOUNT_ZH: Record<AmountKey, string> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  previous: '上年数',
  personnel: '人员经费',
  public: '公用经费',
};

/** Column headings of a 收入总表 (and rows of a 收支总表) that name a funding source. */
export const FUNDING_COLUMNS: [RegExp, FundingSource][] = [
  [/一般公共预算/, 'general-budget'],
  [/政府性基金/, 'government-fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/事业收入/, 'business-income'],
  [/上年结转/, 'carried-over'],
  [/上级补助/, 'superior-subsidy'],
  [/附属单位上缴/, 'subordinate-remittance'],
  [/经营收入/, 'operating-income'],
  [/其他收入/, 'other'],
];

export function findUnit(rows: CellValue[][]): AmountUnit | undefined {
  for (const row of rows.slice(0, 8)) {
    for (const cell of row) {
      const m = cellText(cell).match(/单位[:：](万元|亿元|元)/);
      if (m) return m[1] as AmountUnit;
    }
  }
  return undefined;
}

/** The table's title: the first words printed above the header that name a table of the set. */
export function findTitle(rows: CellValue[][]): string | undefined {
  for (const row of rows.slice(0, 3)) {
    const texts = row.map(cellString).filter(Boolean);
    const title = texts.find((t) => /预算|决算|支出|收入|收支|经费|表$/.test(t) && t.length >= 6 && !/^单位/.test(t));
    if (title) return title;
    if (texts.length) break; // the first printed row is the title, or there is none
  }
  return undefined;
}

/** Year, department and phase, as a title like "示例县民政局2026年部门预算支出总表" states them. */
export function titleFacts(title: string | undefined): Pick<BudgetTable, 'year' | 'department' | 'phase'> {
  if (!title) return {};
  const phase = /决算/.test(title) ? 'final' : /预算/.test(title) ? 'budget' : undefined;
  return {
    year: Number(title.match(/(\d{4})\s*年/)?.[1]) || undefined,
    department: title.match(/^(.+?)\d{4}\s*年/)?.[1]?.trim() || undefined,
    ...(phase ? { phase } : {}),
  };
}

const looksLikeFigure = (c: CellValue) =>
  typeof c === 'number' || /^-?[\d,]+(\.\d+)?%?$/.test(cellText(c)) || FUNCTION_CODE.test(cellText(c));

/** Header rows: from the first row that names the code column to the row before the first data row. */
function findHeader(rows: CellValue[][]): { start: number; end: number } | undefined {
  const start = rows.findIndex((r) => r.some((c) => HEADER_HINT.test(cellText(c))));
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < rows.length && end - start < 3) {
    const next = rows[end + 1]!;
    // Header rows hold only words ("合计" among them, as a heading); a data row has a code or a figure.
    if (next.some(looksLikeFigure)) break;
    end++;
  }
  return { start, end };
}

/** Each column's heading, the header rows' texts joined ("本年支出/基本支出"). */
export function columnLabels(rows: CellValue[][], start: number, end: number): string[] {
  const width = Math.max(...rows.slice(start, end + 1).map((r) => r.length));
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = start; r <= end; r++) {
      const t = cellText(rows[r]![c]);
      if (t && parts.at(-1) !== t) parts.push(t); // merged cells repeat their text
    }
    labels.push(parts.join('/'));
  }
  return labels;
}

function mapColumns(labels: string[]): Columns | undefined {
  // The deepest heading names a column: "本年支出/基本支出" is 基本支出, whatever the group above says.
  const own = labels.map((l) => l.split('/').at(-1) ?? '');
  const used = new Set<number>();
  const find = (re: RegExp, not?: RegExp) => {
    const i = own.findIndex((l, j) => !used.has(j) && re.test(l) && !(not && not.test(l)));
    if (i < 0) return undefined;
    used.add(i);
    return i;
  };
  const cls = own.indexOf('类');
  const kuan = own.indexOf('款');
  const xiang = own.indexOf('项');
  const name = find(/名称/);
  const code = find(/编码|代码/);
  if (name === undefined) return undefined;
  const CHANGE = /增减|增长|比上年|变动/;
  const changePercent = find(/(增减|增长|变动).*(%|％|率|幅)|^(增减|增长)?(率|幅度)$/);
  const changeAmount = find(CHANGE, /%|％|率|幅/);
  const cols: Columns = {
    name,
    amounts: {},
    funding: {},
    economic: labels.some((l) => /经济分类/.test(l)),
    ...(changeAmount !== undefined ? { changeAmount } : {}),
    ...(changePercent !== undefined ? { changePercent } : {}),
  };
  // Years in the headings ("2020年预算数", "2021年预算数"): the later is this year's, the earlier last year's.
  const years = own
    .map((l, i) => ({ i, y: Number(l.match(/(\d{4})年/)?.[1]) }))
    .filter((x) => x.y && !used.has(x.i) && !CHANGE.test(own[x.i]!));
  let total = find(/合计|总计/, CHANGE);
  if (total === undefined && years.length) {
    const newest = years.reduce((a, b) => (b.y > a.y ? b : a));
    total = newest.i;
    used.add(total);
  }
  total ??= find(/(预算|决算)数?$|金额|本年/, CHANGE);
  if (total === undefined) return undefined;
  cols.amounts.total = total;
  const previous = find(/上年/, CHANGE) ?? years.find((x) => x.i !== total && !used.has(x.i))?.i;
  if (previous !== undefined) {
    used.add(previous);
    cols.amounts.previous = previous;
  }
  for (const [key, re] of [
    ['basic', /基本支出/],
    ['project', /项目支出/],
    ['personnel', /人员经费/],
    ['public', /公用经费/],
  ] as const) {
    const i = find(re, CHANGE);
    if (i !== undefined) cols.amounts[key] = i;
  }
  for (const [re, source] of FUNDING_COLUMNS) {
    const i = find(re, CHANGE);
    if (i !== undefined) cols.funding[source] = i;
  }
  if (cls >= 0 && kuan >= 0 && xiang >= 0) cols.parts = [cls, kuan, xiang];
  else if (code !== undefined) cols.code = code;
  else return undefined;
  return cols;
}

export interface BudgetSheetOptions {
  /** The unit given on the command line; the sheet then need not state one. */
  unit?: AmountUnit;
  onRow?: (row: number, of: number) => void;
}

/** Does this sheet look like a budget table with a code column (function or economic)? */
export function isCodedTable(sheet: Sheet): boolean {
  const header = findHeader(sheet.rows);
  return header !== undefined && mapColumns(columnLabels(sheet.rows, header.start, header.end)) !== undefined;
}

export function parseBudgetSheet(
  sheet: Sheet,
  problems: RowProblems,
  { unit, onRow }: BudgetSheetOptions = {},
): BudgetTable {
  const { rows, name: s } = sheet;
  const table: BudgetTable = {
    lines: [],
    rowOf: [],
    title: findTitle(rows),
    unit: unit ?? findUnit(rows),
    errored: new Set(),
  };
  Object.assign(table, titleFacts(table.title));
  const header = findHeader(rows);
  const labels = header && columnLabels(rows, header.start, header.end);
  const cols = labels && mapColumns(labels);
  if (!header || !cols) {
    problems.error(
      s,
      header ? header.start + 1 : 0,
      '找不到表头：需要“科目编码”（或“类/款/项”）、“科目名称”和金额列（“合计”或“2021年预算数”）',
      'no header found: the table needs a code column (or 类/款/项 columns), a name column and an amount column',
    );
    return table;
  }
  if (cols.economic) table.economic = [];
  reportUnreadColumns(labels, cols, s, header.start + 1, problems);
  problems.columns.push(...accountColumns(labels, cols, s));
  let cls = '';
  let kuan = '';
  for (let r = header.end + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    onRow?.(n, rows.length);
    if (row.every((c) => cellText(c) === '')) continue;
    const nameText = cellString(row[cols.name]);
    const firstText = cellText(row[cols.code ?? cols.parts![0]]);
    // "注：本部门没有……故本表为空表" below the table: a note, read as the table's 说明, not a row.
    if (/^(注|说明|备注)[:：]/.test(firstText) || (!nameText && /空表/.test(firstText))) continue;
    // 栏次 1 2 3 under the header numbers the columns: never a line (it once became "栏次" = 1).
    if (/^(栏次|行次)$/.test(firstText) || /^(栏次|行次)$/.test(cellText(nameText))) {
      problems.asides.push(sheetIssue({ sheet: s, row: n }, 'import_row_column_numbers', {}, 'warning'));
      continue;
    }
    const figures = readFigures(row, cols, s, n, problems);
    if (TOTAL_NAME.test(cellText(nameText)) || TOTAL_NAME.test(firstText)) {
      if (figures) table.total = totalRow(figures);
      continue;
    }
    let code: string;
    if (cols.parts) {
      const [a = '', b = '', c = ''] = cols.parts.map((i) => cellText(row[i]));
      // Tables often print only the part that changes: carry 类 and 款 down from the rows above.
      if (a) cls = a;
      if (a && !b) kuan = '';
      if (b) kuan = b.padStart(2, '0');
      code = !a && !b && !c ? '' : a && !b && !c ? a : b && !c ? cls + kuan : cls + kuan + c.padStart(2, '0');
    } else code = firstText;
    const valid = cols.economic ? ECONOMIC_CODE : FUNCTION_CODE;
    if (code && !valid.test(code)) {
      problems.error(
        s,
        n,
        cols.economic
          ? `经济分类科目编码“${code}”无法识别，应为 3 或 5 位数字，以 3 或 5 开头`
          : `科目编码“${code}”无法识别，应为 3、5 或 7 位数字`,
        cols.economic
          ? `economic code "${code}" is not 3 or 5 digits starting with 3 or 5`
          : `code "${code}" is not 3, 5 or 7 digits`,
      );
      table.errored.add(code);
      continue;
    }
    if (!nameText) {
      problems.error(s, n, `科目 ${code || '（无编码）'} 缺少科目名称`, `line ${code || '(no code)'} has no name`);
      if (code) table.errored.add(code);
      continue;
    }
    if (!figures) {
      if (code) table.errored.add(code);
      continue;
    }
    if (cols.economic) table.economic!.push(economicLine(code, nameText, figures));
    else table.lines.push(budgetLine(code, nameText, figures, cols));
    table.rowOf.push(n);
  }
  if (!table.unit)
    problems.error(
      s,
      0,
      '找不到单位行（如“单位：万元”），请在表头上方注明，或用 --unit 指定',
      'no unit row (e.g. "单位：万元") found: add one above the header or pass --unit',
    );
  return table;
}

type Figures = Partial<Record<AmountKey, number | null>> & {
  change?: BudgetLine['change'];
  funding?: Partial<Record<FundingSource, number | null>>;
};

/** The row's figures, each cell read as printed; undefined when one cannot be read (reported). */
function readFigures(
  row: CellValue[],
  cols: Columns,
  s: string,
  n: number,
  problems: RowProblems,
): Figures | undefined {
  const out: Figures = {};
  let bad = false;
  const fail = (c: number, zh: string, en: string, text: string) => {
    problems.error(
      s,
      n,
      `${columnLetter(c)} 列“${zh}”的“${text}”不是数字`,
      `"${text}" in column ${columnLetter(c)} (${en}) is not a number`,
    );
    bad = true;
  };
  for (const [key, c] of Object.entries(cols.amounts) as [AmountKey, number][]) {
    const a = parseAmount(row[c]);
    if (a.ok) out[key] = a.value;
    else fail(c, AMOUNT_ZH[key], key, a.reason);
  }
  for (const [source, c] of Object.entries(cols.funding) as [FundingSource, number][]) {
    const a = parseAmount(row[c]);
    if (a.ok) (out.funding ??= {})[source] = a.value;
    else fail(c, source, source, a.reason);
  }
  const change = parseChangeCell(row, cols.changeAmount, cols.changePercent);
  if (!change.ok) fail(change.column, change.what, change.what, change.reason);
  else if (change.value) out.change = change.value;
  return bad ? undefined : out;
}

function budgetLine(code: string, name: string, f: Figures, cols: Columns): BudgetLine {
  const line: BudgetLine = { ...(code ? { code } : {}), name, total: f.total ?? null };
  for (const key of ['basic', 'project', 'previous'] as const)
    if (cols.amounts[key] !== undefined) line[key] = f[key] ?? null;
  if (f.change) line.change = f.change;
  const funding = Object.entries(f.funding ?? {}).filter(([, v]) => typeof v === 'number');
  if (funding.length) line.funding = Object.fromEntries(funding);
  return line;
}

function economicLine(code: string, name: string, f: Figures): EconomicLine {
  const line: EconomicLine = {
    ...(code ? { code, scheme: economicSchemeOf(code) } : {}),
    name,
    amount: f.total ?? null,
  };
  if (f.personnel !== undefined) line.personnel = f.personnel;
  if (f.public !== undefined) line.public = f.public;
  if (f.previous !== undefined) line.previous = f.previous;
  if (f.change) line.change = f.change;
  return line;
}

function totalRow(f: Figures): TotalRow {
  const row: TotalRow = {};
  for (const key of ['total', 'basic', 'project', 'previous'] as const) if (f[key] !== undefined) row[key] = f[key];
  if (f.change) row.change = f.change;
  return row;
}

/** Columns with a heading that nothing reads: named, so no printed figure is dropped in silence. */
function reportUnreadColumns(labels: string[], cols: Columns, s: string, row: number, problems: RowProblems): void {
  const read = new Set<number>([
    cols.name,
    ...(cols.code !== undefined ? [cols.code] : []),
    ...(cols.parts ?? []),
    ...Object.values(cols.amounts),
    ...Object.values(cols.funding),
    ...(cols.changeAmount !== undefined ? [cols.changeAmount] : []),
    ...(cols.changePercent !== undefined ? [cols.changePercent] : []),
  ]);
  labels.forEach((label, c) => {
    if (!label || read.has(c) || /行次|栏次|序号/.test(label)) return;
    problems.warn(
      s,
      row,
      `${columnLetter(c)} 列“${label}”未读取：本表没有对应的字段，请核对`,
      `column ${columnLetter(c)} "${label}" was not read: the model has no field for it`,
    );
  });
}

const FUNDING_ZH: Record<FundingSource, string> = {
  'general-budget': '一般公共预算拨款',
  'government-fund': '政府性基金预算拨款',
  'state-capital': '国有资本经营预算拨款',
  'special-account': '财政专户管理资金',
  'business-income': '事业收入',
  'carried-over': '上年结转',
  'superior-subsidy': '上级补助收入',
  'subordinate-remittance': '附属单位上缴收入',
  'operating-income': '经营收入',
  other: '其他收入',
};

/** What every column became, for the import report: the field it was read as, or why not. */
function accountColumns(labels: string[], cols: Columns, sheet: string): SheetIssue[] {
  const read = new Map<number, [string, string]>([[cols.name, ['科目名称', 'name']]]);
  if (cols.code !== undefined) read.set(cols.code, ['科目编码', 'code']);
  cols.parts?.forEach((c, i) => read.set(c, [['类', '款', '项'][i]!, ['class', 'section', 'item'][i]!]));
  for (const [key, c] of Object.entries(cols.amounts) as [AmountKey, number][]) read.set(c, [AMOUNT_ZH[key], key]);
  for (const [source, c] of Object.entries(cols.funding) as [FundingSource, number][])
    read.set(c, [FUNDING_ZH[source], source]);
  if (cols.changeAmount !== undefined) read.set(cols.changeAmount, ['比上年增减', 'change']);
  if (cols.changePercent !== undefined) read.set(cols.changePercent, ['增减幅度', 'change (%)']);
  return labels.flatMap((label, c) => {
    const place = { sheet, column: columnLetter(c), ...(label ? { header: label } : {}) };
    const field = read.get(c);
    if (field) return [sheetIssue(place, 'import_column_read', { field_zh: field[0], field_en: field[1] }, 'warning')];
    if (!label) return [];
    if (/行次|栏次|序号/.test(label)) return [sheetIssue(place, 'import_column_numbering', {}, 'warning')];
    return [sheetIssue(place, 'import_column_unknown', { header: label }, 'warning')];
  });
}
