/**
 * Reads a spreadsheet (.xlsx or .csv) into plain grids of cell values. Merged cells carry their
 * master cell's value in every cell they cover, as a person reading the printed table would see it.
 */
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ReadFailure, readLocal } from '../safe-files.js';
import { XLSX_LIMITS, checkXlsx } from './xlsx-guard.js';

export type CellValue = string | number | null;

export interface Sheet {
  name: string;
  /** rows[r][c]; r and c are 0-based, so the spreadsheet row number is r + 1. */
  rows: CellValue[][];
}

export async function readSheets(file: string): Promise<Sheet[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return [{ name: file.split(/[\\/]/).pop()!, rows: readCsv(await readLocal(file)) }];
  if (ext === '.xlsx') return readXlsx(file, await readLocal(file));
  throw new Error(
    `不支持的文件类型 ${ext || '(无扩展名)'}，请使用 .xlsx 或 .csv / unsupported file type ${ext}: use .xlsx or .csv`,
  );
}

function readCsv(buf: Buffer): CellValue[][] {
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  const records = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  return records.map((r) => r.map((v) => (v.trim() === '' ? null : v)));
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function readXlsx(file: string, bytes: Buffer): Promise<Sheet[]> {
  await checkXlsx(file, bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    const width = ws.columnCount;
    // One stray cell at XFD1048576 makes a "sheet" of 17 billion cells: refuse it, say where.
    if (ws.rowCount * width > XLSX_LIMITS.cells) {
      throw new ReadFailure(
        `表「${ws.name}」的范围为 ${ws.rowCount} 行 × ${width} 列，超出上限；请删除远处多余的单元格 / ` +
          `sheet "${ws.name}" spans ${ws.rowCount} rows × ${width} columns: delete the stray cells far out`,
      );
    }
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const v = cellValue(cell.isMerged ? cell.master.value : cell.value);
        cells.push(typeof v === 'string' && v.trim() === '' ? null : v);
      }
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
}

/** Text of a cell with whitespace (including full-width spaces and line breaks) removed. */
export function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\s\u3000]+/g, '');
}

/** Text of a cell with its spacing kept (for names and notes), trimmed. */
export function cellString(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "1,234.56" → 1234.56; blank, "-" and "—" → null (not reported). */
export function parseAmount(v: CellValue | undefined): Parsed<number | null> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: String(v) };
  const s = v.replace(/[,，\s\u3000]/g, '');
  if (s === '' || /^[-—–]+$/.test(s)) return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, reason: v };
  return { ok: true, value: Number(s) };
}
