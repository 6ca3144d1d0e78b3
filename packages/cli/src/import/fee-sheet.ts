/**
 * The documented fee layout (one row per fee, headers in Chinese):
 * 序号 | 收费单位 | 收费项目 | 类别 | 设立级次 | 资金管理方式 | 政策依据 | 收费标准 | 减免政策 | 备注 | 状态
 * and the reading of a 收费标准 text into a structured standard where it has a known form
 * ("80 元/件", "50-200 元/次", "免收", "停征"). The tables themselves are read by fee-table.ts.
 */
import type { DocumentRef, Fee, FeeStandard } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import { parseFeeGrid } from './fee-table.js';
import type { RowProblems } from './row-problems.js';
import { cellText, type CellValue, type Sheet } from './sheets.js';
import { gridOfValues } from './table/grid.js';

export const FEE_HEADERS = [
  '序号',
  '收费单位',
  '收费项目',
  '类别',
  '设立级次',
  '资金管理方式',
  '政策依据',
  '收费标准',
  '减免政策',
  '备注',
  '状态',
] as const;

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** "80元/件", "80 元每件", "50-200元/次", "50～200元", "免收", "免征", "停征". */
export function parseStandard(text: string): FeeStandard | undefined {
  const s = text.replace(/[\s\u3000]/g, '').replace(/每/g, '/');
  if (/^(免收|免征|免费|不收费)/.test(s)) return { type: 'free' };
  if (/^停征/.test(s)) return { type: 'suspended' };
  let m = s.match(new RegExp(`^${NUM}元(?:/(.+))?$`));
  if (m) return { type: 'fixed', amount: Number(m[1]), ...(m[2] ? { per: m[2] } : {}) };
  m = s.match(new RegExp(`^${NUM}(?:元)?[-–—~～至到]${NUM}元(?:/(.+))?$`));
  if (m) return { type: 'range', min: Number(m[1]), max: Number(m[2]), ...(m[3] ? { per: m[3] } : {}) };
  return undefined;
}

/** "《标题》（文号）；财税〔2019〕45号" → document refs (see documents.ts). */
export const parseBasis = (text: string): DocumentRef[] => parseDocuments(text);

export function findHeaderRow(rows: CellValue[][], required: readonly string[]): number {
  return rows.findIndex((r) => required.every((h) => r.some((c) => cellText(c) === h)));
}

/** The fee importer for a sheet already read as plain values (the library API): the table reader's. */
export function parseFeeSheet(
  sheet: Sheet,
  problems: RowProblems,
  defaults: { department?: string; title?: string } = {},
): { items: Fee[]; rowOf: number[] } {
  return parseFeeGrid(gridOfValues(sheet.name, sheet.rows), problems, defaults);
}
