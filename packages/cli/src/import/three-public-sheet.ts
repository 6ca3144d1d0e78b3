/**
 * The 三公 table as departments publish it, in its two common layouts:
 * - across: one column per item (合计 | 因公出国（境）费 | 公务用车购置及运行维护费 [小计 | 购置费 | 运行费]
 *   | 公务接待费) and one row per figure (a single row, or 上年/本年, 预算数/决算数 rows);
 * - down: one row per item and columns 预算数 | 决算数 | 上年数 | 增减 | 增减% | 原因, where the
 *   years may be in the headings ("2024年预算数 | 2025年预算数").
 * The printed 合计 and 公务用车 subtotal are kept as lines of their own (checked, never recomputed).
 */
import type { AmountUnit, ThreePublicFund, ThreePublicLine, ThreePublicScope } from '@gongkai/sdk';
import { columnLabels, findTitle, findUnit } from './budget-table.js';
import { columnLetter, parseChangeCell } from './figures.js';
import type { RowProblems } from './row-problems.js';
import { sheetIssue, type SheetIssue, type SheetPlace } from './table/sheet-issue.js';
import { cellString, cellText, parseAmount, type Sheet } from './sheets.js';

type Category = ThreePublicLine['category'];
type Figure = 'budget' | 'actual' | 'previous';

/** An item's name as printed → its category; the subtotal before its parts. */
export function categoryOf(label: string): Category | undefined {
  const t = label.replace(/[\s\u3000]/g, '');
  if (/合计|总计/.test(t) && !/小计/.test(t)) return 'total';
  if (/出国|出境/.test(t)) return 'abroad';
  // "公务用车费" (source: 桂林市司法局 2015, header-dictionary SOURCES 3) is the subtotal too.
  if (/购置及运行|购置和运行|小计|^公务用车(费|经费|支出)$/.test(t)) return 'vehicle';
  // "公务用车购置" without 费 (重庆市江北区 2021, SOURCES 4).
  if (/购置费|公务用车购置$|车辆购置$/.test(t)) return 'vehicle-purchase';
  if (/运行(维护)?费|运行维护$/.test(t)) return 'vehicle-operation';
  if (/接待/.test(t)) return 'reception';
  return undefined;
}

export interface ThreePublicImport {
  title?: string;
  unit?: AmountUnit;
  department?: string;
  year?: number;
  scope?: ThreePublicScope;
  fund?: ThreePublicFund;
  lines: ThreePublicLine[];
  rowOf: number[];
  sheet: string;
}

const figureOfLabel = (label: string, final: boolean, years: number[]): Figure | undefined => {
  const year = Number(label.match(/(\d{4})/)?.[1]);
  if (/上年|上一年/.test(label) || (year && years.length > 1 && year < Math.max(...years))) return 'previous';
  if (/决算|实际|执行/.test(label)) return 'actual';
  if (/预算/.test(label)) return 'budget';
  if (year || label === '') return final ? 'actual' : 'budget';
  return undefined;
};

export function parseThreePublicBook(
  sheets: Sheet[],
  problems: RowProblems,
  opts: { unit?: AmountUnit },
): ThreePublicImport {
  const sheet = sheets.find((s) => (findTitle(s.rows) ?? s.name).includes('三公')) ?? sheets[0]!;
  const title = findTitle(sheet.rows);
  const out: ThreePublicImport = {
    lines: [],
    rowOf: [],
    sheet: sheet.name,
    title,
    unit: opts.unit ?? findUnit(sheet.rows),
  };
  const text = sheet.rows.flat().map(cellString).join(' ');
  if (title) {
    out.year = Number(title.match(/(\d{4})\s*年/)?.[1]) || undefined;
    out.department = title.match(/^(.+?)\d{4}\s*年/)?.[1]?.trim() || undefined;
  }
  if (/汇总/.test(text)) out.scope = 'consolidated';
  else if (/本级/.test(text)) out.scope = 'own';
  if (/一般公共预算/.test(text)) out.fund = 'general-budget';
  else if (/财政拨款/.test(text)) out.fund = 'fiscal';
  const final = /决算/.test(title ?? '');
  const across = readAcross(sheet, final, problems, out);
  if (!across) readDown(sheet, final, problems, out);
  if (!out.unit)
    problems.error(sheet.name, 0, '找不到单位行（如“单位：万元”），请用 --unit 指定', 'no unit row: pass --unit');
  if (!out.lines.length)
    problems.error(
      sheet.name,
      0,
      '找不到“三公”经费的项目：需要“因公出国（境）费”“公务用车购置及运行维护费”“公务接待费”等表头或行',
      'no 三公 items found: the table needs 因公出国（境）费, 公务用车… and 公务接待费 as headings or rows',
    );
  return out;
}

const CATEGORY_ZH: Record<Category, [string, string]> = {
  total: ['合计', 'total'],
  abroad: ['因公出国（境）费', 'abroad'],
  vehicle: ['公务用车购置及运行维护费', 'vehicles'],
  'vehicle-purchase': ['公务用车购置费', 'vehicle purchase'],
  'vehicle-operation': ['公务用车运行维护费', 'vehicle operation'],
  reception: ['公务接待费', 'reception'],
};
const FIGURE_ZH: Record<Figure, [string, string]> = {
  budget: ['预算数', 'budget'],
  actual: ['决算数', 'actual'],
  previous: ['上年数', 'previous year'],
};

/** A line of the import report: the column was read as this field. */
function read(place: SheetPlace, [zh, en]: [string, string]): SheetIssue {
  return sheetIssue(place, 'import_column_read', { field_zh: zh, field_en: en }, 'warning');
}

/** Items across, figures down. */
function readAcross(sheet: Sheet, final: boolean, problems: RowProblems, out: ThreePublicImport): boolean {
  const { rows } = sheet;
  const start = rows.findIndex((r) => r.filter((c) => categoryOf(cellText(c)) !== undefined).length >= 3);
  if (start < 0) return false;
  let end = start;
  while (end + 1 < rows.length && !rows[end + 1]!.some((c) => typeof c === 'number' || /^-?[\d,.]+$/.test(cellText(c))))
    end++;
  const labels = columnLabels(rows, start, end);
  // The deepest heading names the column: "公务用车购置及运行维护费/公务用车购置费" is the purchase.
  const cats = labels.map((l) => categoryOf(l.split('/').at(-1) ?? '') ?? categoryOf(l));
  const years = rows
    .slice(end + 1)
    .map((r) => Number(cellText(r[0]).match(/(\d{4})/)?.[1]))
    .filter(Boolean);
  labels.forEach((label, c) => {
    const place = { sheet: sheet.name, column: columnLetter(c), ...(label ? { header: label } : {}) };
    const cat = cats[c];
    if (cat) problems.columns.push(read(place, CATEGORY_ZH[cat]));
    else if (c === 0 && !label) return;
    else if (c === 0)
      problems.columns.push(read(place, ['数字类别（预算数/决算数/上年数）', 'figure (budget/actual/previous)']));
    else if (label) problems.columns.push(sheetIssue(place, 'import_column_unknown', { header: label }, 'warning'));
  });
  const lines = new Map<Category, ThreePublicLine>();
  const rowOf = new Map<Category, number>();
  for (let r = end + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => cellText(c) === '')) continue;
    const label = cats[0] === undefined ? cellText(row[0]) : '';
    const figure = figureOfLabel(label, final, years);
    if (!figure) {
      if (/说明|注/.test(label)) continue;
      problems.warn(sheet.name, r + 1, `行“${label}”不是预算数、决算数或上年数，未读取`, `row "${label}" was not read`);
      continue;
    }
    cats.forEach((cat, c) => {
      if (!cat) return;
      const a = parseAmount(row[c]);
      if (!a.ok) {
        problems.error(
          sheet.name,
          r + 1,
          `${columnLetter(c)} 列“${labels[c]}”的“${a.reason}”不是数字`,
          `"${a.reason}" in column ${columnLetter(c)} is not a number`,
        );
        return;
      }
      const line = lines.get(cat) ?? { category: cat, budget: null };
      line[figure] = a.value;
      lines.set(cat, line);
      if (!rowOf.has(cat)) rowOf.set(cat, r + 1);
    });
  }
  for (const [cat, line] of lines) {
    out.lines.push(line);
    out.rowOf.push(rowOf.get(cat)!);
  }
  return true;
}

/** Items down, figures across. */
function readDown(sheet: Sheet, final: boolean, problems: RowProblems, out: ThreePublicImport): void {
  const { rows } = sheet;
  const h = rows.findIndex(
    (r) => r.some((c) => /^项目|^科目/.test(cellText(c))) && r.some((c) => /数|金额/.test(cellText(c))),
  );
  if (h < 0) return;
  const labels = rows[h]!.map(cellText);
  const years = labels.map((l) => Number(l.match(/(\d{4})年/)?.[1])).filter(Boolean);
  const name = labels.findIndex((l) => /^项目|^科目/.test(l));
  const figures = new Map<number, Figure>();
  let changeAmount: number | undefined;
  let changePercent: number | undefined;
  let reason: number | undefined;
  const place = (c: number) => ({
    sheet: sheet.name,
    column: columnLetter(c),
    ...(labels[c] ? { header: labels[c] } : {}),
  });
  problems.columns.push(read(place(name), ['项目', 'item']));
  labels.forEach((l, c) => {
    if (c === name || !l) return;
    if (/原因|说明/.test(l) && reason === undefined) problems.columns.push(read(place(c), ['增减原因', 'reason']));
    else if (/增减|增长|变动|比上年/.test(l)) {
      const pct = /%|％|率|幅/.test(l);
      if (pct ? changePercent === undefined : changeAmount === undefined)
        problems.columns.push(read(place(c), pct ? ['增减幅度', 'change (%)'] : ['比上年增减', 'change']));
    } else {
      const f = figureOfLabel(l, final, years);
      if (f && ![...figures.values()].includes(f)) problems.columns.push(read(place(c), FIGURE_ZH[f]));
      else problems.columns.push(sheetIssue(place(c), 'import_column_unknown', { header: l }, 'warning'));
    }
    if (/原因|说明/.test(l)) reason ??= c;
    else if (/增减|增长|变动|比上年/.test(l)) {
      if (/%|％|率|幅/.test(l)) changePercent ??= c;
      else changeAmount ??= c;
    } else {
      const f = figureOfLabel(l, final, years);
      if (f && ![...figures.values()].includes(f)) figures.set(c, f);
      else
        problems.warn(
          sheet.name,
          h + 1,
          `${columnLetter(c)} 列“${l}”未读取`,
          `column ${columnLetter(c)} "${l}" was not read`,
        );
    }
  });
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const label = cellString(row[name]);
    if (!label) continue;
    // A note or the signatures under the table: not an item (the report lists the row).
    if (/^(注|说明|备注|填表人|审核人|制表人)\s*\d*[:：]/.test(label)) {
      const code = /^(填表人|审核人|制表人)/.test(label) ? 'import_row_signature' : 'import_row_note';
      problems.asides.push(sheetIssue({ sheet: sheet.name, row: r + 1 }, code, {}, 'warning'));
      continue;
    }
    // "其中：（1）公务用车运行维护费": every printed prefix off, in any order.
    let bare = label.replace(/[\s\u3000]/g, '');
    for (let before = ''; before !== bare;)
      [before, bare] = [bare, bare.replace(/^其中[:：]?|^\d+[.、．]|^[（(]\d+[)）]/, '')];
    const cat = categoryOf(bare);
    if (!cat) {
      problems.warn(
        sheet.name,
        r + 1,
        `项目“${label}”不是“三公”经费的一项，未读取`,
        `"${label}" is not a 三公 item: not read`,
      );
      continue;
    }
    const line: ThreePublicLine = { category: cat, budget: null };
    let bad = false;
    for (const [c, f] of figures) {
      const a = parseAmount(row[c]);
      if (a.ok) line[f] = a.value;
      else {
        bad = true;
        problems.error(
          sheet.name,
          r + 1,
          `${columnLetter(c)} 列“${labels[c]}”的“${a.reason}”不是数字`,
          `"${a.reason}" in column ${columnLetter(c)} is not a number`,
        );
      }
    }
    const change = parseChangeCell(row, changeAmount, changePercent);
    if (!change.ok) {
      bad = true;
      problems.error(
        sheet.name,
        r + 1,
        `${columnLetter(change.column)} 列“${change.what}”的“${change.reason}”不是数字`,
        `"${change.reason}" in column ${columnLetter(change.column)} is not a number`,
      );
    } else if (change.value) line.change = change.value;
    if (reason !== undefined && cellString(row[reason])) line.reason = cellString(row[reason]);
    if (bad) continue;
    out.lines.push(line);
    out.rowOf.push(r + 1);
  }
}
