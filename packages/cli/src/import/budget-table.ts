/**
 * Reads a department budget table as finance bureaus publish it: a title row, a unit row
 * ("单位：万元"), one to three header rows with merged cells, code and name columns (one code
 * column, or 类/款/项 columns), amount columns, and 合计 rows. Every row it cannot understand is
 * reported with its row number; none is dropped silently.
 */
import type { AmountUnit, BudgetLine } from '@gongkai/sdk';
import { cellString, cellText, parseAmount, type CellValue, type Sheet } from './sheets.js';
import type { RowProblems } from './row-problems.js';

export interface BudgetTable {
  title?: string;
  unit?: AmountUnit;
  department?: string;
  year?: number;
  phase?: 'budget' | 'final';
  lines: BudgetLine[];
  /** Spreadsheet row number of each line, for reporting validation issues by row. */
  rowOf: number[];
  /** The published 合计, when the table has one. */
  total?: number | null;
}

interface Columns {
  code?: number;
  parts?: [number, number, number];
  name: number;
  total: number;
  basic?: number;
  project?: number;
  previous?: number;
}

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;
const HEADER_HINT = /科目编码|科目代码|功能分类|^类$|^款$|^项$|科目名称/;

function findUnit(rows: CellValue[][]): AmountUnit | undefined {
  for (const row of rows.slice(0, 8)) {
    for (const cell of row) {
      const m = cellText(cell).match(/单位[:：](万元|亿元|元)/);
      if (m) return m[1] as AmountUnit;
    }
  }
  return undefined;
}

function findTitle(rows: CellValue[][]): string | undefined {
  for (const row of rows.slice(0, 5)) {
    const texts = row.map(cellString).filter(Boolean);
    const title = texts.find((t) => /预算|决算|支出|收入/.test(t) && t.length >= 6);
    if (title) return title;
  }
  return undefined;
}

/** Header rows: from the first row that names the code column to the row before the first data row. */
function findHeader(rows: CellValue[][]): { start: number; end: number } | undefined {
  const start = rows.findIndex((r) => r.some((c) => HEADER_HINT.test(cellText(c))));
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < rows.length && end - start < 3) {
    const next = rows[end + 1]!;
    // Header rows hold only words; a data row has a code or (a 合计 row) a figure.
    const looksLikeData = next.some(
      (c) => CODE_RE.test(cellText(c)) || typeof c === 'number' || /^-?[\d,]+(\.\d+)?$/.test(cellText(c)),
    );
    if (looksLikeData) break;
    end++;
  }
  return { start, end };
}

function mapColumns(rows: CellValue[][], start: number, end: number): Columns | undefined {
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
  const last = (s: string) => s.split('/').at(-1) ?? '';
  const find = (re: RegExp) => {
    const i = labels.findIndex((l) => re.test(l));
    return i < 0 ? undefined : i;
  };
  const cls = labels.findIndex((l) => last(l) === '类');
  const kuan = labels.findIndex((l) => last(l) === '款');
  const xiang = labels.findIndex((l) => last(l) === '项');
  const name = find(/名称/);
  const total = find(/合计|总计/);
  const code = find(/编码|代码/);
  if (name === undefined || total === undefined) return undefined;
  const cols: Columns = { name, total, basic: find(/基本支出/), project: find(/项目支出/), previous: find(/上年/) };
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

export function parseBudgetSheet(
  sheet: Sheet,
  problems: RowProblems,
  { unit, onRow }: BudgetSheetOptions = {},
): BudgetTable {
  const { rows, name: s } = sheet;
  const table: BudgetTable = { lines: [], rowOf: [], title: findTitle(rows), unit: unit ?? findUnit(rows) };
  if (table.title) {
    table.year = Number(table.title.match(/(\d{4})\s*年/)?.[1]) || undefined;
    table.department = table.title.match(/^(.+?)\d{4}\s*年/)?.[1]?.trim() || undefined;
    table.phase = /决算/.test(table.title) ? 'final' : /预算/.test(table.title) ? 'budget' : undefined;
  }
  const header = findHeader(rows);
  const cols = header && mapColumns(rows, header.start, header.end);
  if (!header || !cols) {
    problems.error(
      s,
      header ? header.start + 1 : 0,
      '找不到表头：需要“科目编码”（或“类/款/项”）、“科目名称”和“合计”列',
      'no header found: the table needs a code column (or 类/款/项 columns), a name column and a total (合计) column',
    );
    return table;
  }
  let cls = '';
  let kuan = '';
  for (let r = header.end + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    onRow?.(n, rows.length);
    if (row.every((c) => cellText(c) === '')) continue;
    const nameText = cellString(row[cols.name]);
    const firstText = cellText(row[cols.code ?? cols.parts![0]]);
    if (/^(合计|总计)$/.test(cellText(nameText)) || /^(合计|总计)$/.test(firstText)) {
      const t = parseAmount(row[cols.total]);
      table.total = t.ok ? t.value : null;
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
    if (!CODE_RE.test(code)) {
      problems.error(
        s,
        n,
        `科目编码“${code || '（空）'}”无法识别，应为 3、5 或 7 位数字`,
        `code "${code || '(blank)'}" is not 3, 5 or 7 digits`,
      );
      continue;
    }
    if (!nameText) {
      problems.error(s, n, `科目 ${code} 缺少科目名称`, `line ${code} has no name`);
      continue;
    }
    const amounts: Partial<Record<'total' | 'basic' | 'project' | 'previous', number | null>> = {};
    let bad = false;
    for (const key of ['total', 'basic', 'project', 'previous'] as const) {
      const c = cols[key];
      if (c === undefined) continue;
      const a = parseAmount(row[c]);
      if (!a.ok) {
        problems.error(
          s,
          n,
          `“${key === 'total' ? '合计' : key === 'basic' ? '基本支出' : key === 'project' ? '项目支出' : '上年数'}”列的“${a.reason}”不是数字`,
          `"${a.reason}" in the ${key} column is not a number`,
        );
        bad = true;
      } else amounts[key] = a.value;
    }
    if (bad) continue;
    const line: BudgetLine = { code, name: nameText, total: amounts.total ?? null };
    if (cols.basic !== undefined) line.basic = amounts.basic ?? null;
    if (cols.project !== undefined) line.project = amounts.project ?? null;
    if (cols.previous !== undefined) line.previous = amounts.previous ?? null;
    table.lines.push(line);
    table.rowOf.push(n);
  }
  if (!table.unit)
    problems.error(
      s,
      0,
      '找不到单位行（如“单位：万元”），请在表头上方注明，或用 --unit 指定',
      'no unit row (e.g. "单位：万元") found: add one above the header or pass --unit',
    );
  checkGrandTotal(table, s, problems);
  return table;
}

function checkGrandTotal(table: BudgetTable, sheet: string, problems: RowProblems): void {
  if (typeof table.total !== 'number') return;
  const classes = table.lines.filter((l) => l.code?.length === 3 && typeof l.total === 'number');
  const sum = classes.reduce((a, l) => a + (l.total as number), 0);
  if (Math.abs(sum - table.total) > Math.max(0.01, 0.005 * classes.length)) {
    problems.warn(
      sheet,
      0,
      `合计行为 ${table.total}，但各“类”合计为 ${Math.round(sum * 100) / 100}`,
      `the 合计 row says ${table.total} but the classes add up to ${Math.round(sum * 100) / 100}`,
    );
  }
}
