/**
 * The two-sided tables of a 部门预算/决算 (收支总表, 财政拨款收支总表): 收入 | 行次 | 金额 on the left,
 * 支出 | 行次 | 金额 on the right, read row by row as printed. Rows without codes are the rule here.
 */
import type { SideRow } from '@gongkai/sdk';
import { columnLetter } from './figures.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, parseAmount, type CellValue, type Sheet } from './sheets.js';

interface Side {
  name: number;
  row?: number;
  amount: number;
}

const NAME_HEAD = /^(项目|收入项目|支出项目|收入|支出|项目（按功能分类）|项目\(按功能分类\))$/;
const AMOUNT_HEAD = /金额|预算数|决算数|合计/;
const TOTAL = /合计|总计/;

/** The header row and the two sides' columns, when the sheet is a two-sided table. */
export function findTwoSides(rows: CellValue[][]): { header: number; sides: [Side, Side] } | undefined {
  for (let h = 0; h < Math.min(rows.length, 10); h++) {
    const row = rows[h]!;
    const names = row.flatMap((c, i) => (NAME_HEAD.test(cellText(c)) ? [i] : []));
    if (names.length < 2) continue;
    const sides = names.slice(0, 2).map((name, k): Side | undefined => {
      const end = k === 0 ? names[1]! : row.length;
      let amount: number | undefined;
      let rowNo: number | undefined;
      for (let c = name + 1; c < end; c++) {
        const t = cellText(row[c]);
        if (/行次|栏次/.test(t)) rowNo ??= c;
        else if (AMOUNT_HEAD.test(t)) amount ??= c;
      }
      return amount === undefined ? undefined : { name, amount, ...(rowNo !== undefined ? { row: rowNo } : {}) };
    });
    if (sides[0] && sides[1]) return { header: h, sides: [sides[0], sides[1]] };
  }
  return undefined;
}

export interface TwoSidedTable {
  revenueSide: SideRow[];
  expenditureSide: SideRow[];
  /** Spreadsheet rows of each side's rows. */
  revenueRows: number[];
  expenditureRows: number[];
}

export function parseTwoSidedSheet(sheet: Sheet, problems: RowProblems): TwoSidedTable | undefined {
  const found = findTwoSides(sheet.rows);
  if (!found) return undefined;
  const out: TwoSidedTable = { revenueSide: [], expenditureSide: [], revenueRows: [], expenditureRows: [] };
  for (let r = found.header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    found.sides.forEach((side, k) => {
      const name = cellString(row[side.name]);
      const amountCell = row[side.amount];
      if (!name) {
        if (cellText(amountCell))
          problems.error(
            sheet.name,
            r + 1,
            `${columnLetter(side.amount)} 列有金额“${cellString(amountCell)}”，但没有项目名称`,
            `column ${columnLetter(side.amount)} has an amount but no name beside it`,
          );
        return;
      }
      const a = parseAmount(amountCell);
      if (!a.ok) {
        problems.error(
          sheet.name,
          r + 1,
          `${columnLetter(side.amount)} 列“${name}”的金额“${a.reason}”不是数字`,
          `"${a.reason}" (the amount of ${name}, column ${columnLetter(side.amount)}) is not a number`,
        );
        return;
      }
      const rowNo = side.row !== undefined ? Number(cellText(row[side.row])) : NaN;
      const entry: SideRow = {
        name,
        ...(Number.isInteger(rowNo) && rowNo > 0 ? { row: rowNo } : {}),
        amount: a.value,
        ...(TOTAL.test(cellText(name)) ? { isTotal: true } : {}),
      };
      (k === 0 ? out.revenueSide : out.expenditureSide).push(entry);
      (k === 0 ? out.revenueRows : out.expenditureRows).push(r + 1);
    });
  }
  return out;
}
