/**
 * Sheets as plain values, for the importers not yet on table regions. They are read by the table
 * reader (table/): the printed cells decide the values — a percentage cell gives its printed
 * percentage ("−5.2%"), a number is what its format prints, a CSV is decoded in whatever encoding
 * it was saved — and hidden rows and columns are blanked out (and listed, for the report).
 * Merged cells carry their master cell's value in every cell they cover, as a reader of the
 * printed table sees it.
 */
import type { Cell } from './table/cell.js';
import type { CsvEncoding } from './table/csv-encoding.js';
import { columnLetter, type Grid } from './table/grid.js';
import { readBook } from './table/read-grids.js';

export type CellValue = string | number | null;

export interface Sheet {
  name: string;
  /** rows[r][c]; r and c are 0-based, so the spreadsheet row number is r + 1. */
  rows: CellValue[][];
  /** Hidden rows (1-based) and columns (letters): blanked out, as they are not printed. */
  hidden?: { rows: number[]; columns: string[] };
  /** A CSV's encoding, as detected. */
  encoding?: CsvEncoding;
  /** Formulas with no saved result (read as blank): 1-based row and column letter. */
  uncached?: { row: number; column: string }[];
}

export async function readSheets(file: string): Promise<Sheet[]> {
  const book = await readBook(file);
  return book.grids.map((g) => ({ ...sheetOfGrid(g), ...(book.encoding ? { encoding: book.encoding } : {}) }));
}

/** A grid as plain values: numbers as printed, percentages as their printed text. */
export function sheetOfGrid(grid: Grid): Sheet {
  const rows = grid.cells.map((cells, r) =>
    grid.hiddenRows.has(r)
      ? cells.map(() => null)
      : cells.map((c, i) => (grid.hiddenColumns.has(i) ? null : valueOf(c))),
  );
  const hidden = {
    rows: [...grid.hiddenRows].map((r) => r + 1),
    columns: [...grid.hiddenColumns].map(columnLetter),
  };
  const uncached = grid.uncachedFormulas.map((f) => ({ row: f.row + 1, column: columnLetter(f.column) }));
  return {
    name: grid.name,
    rows,
    ...(hidden.rows.length || hidden.columns.length ? { hidden } : {}),
    ...(uncached.length ? { uncached } : {}),
  };
}

function valueOf(c: Cell): CellValue {
  if (c.kind === 'blank') return null;
  if (c.kind === 'percent') return c.text.replace(/,/g, '');
  if (c.kind === 'number' && !c.fromText) return c.value!;
  return c.text;
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
