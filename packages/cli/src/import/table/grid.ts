/** A sheet as a grid of printed cells, with what the clerk could not see (hidden rows and columns). */
import { numberCell, textCell, type Cell } from './cell.js';

export interface Grid {
  name: string;
  /** cells[r][c], 0-based: the spreadsheet row is r + 1, the column letter columnLetter(c). */
  cells: Cell[][];
  hiddenRows: ReadonlySet<number>;
  hiddenColumns: ReadonlySet<number>;
  /** Formulas without a cached result (the file was written by a program that did not compute them). */
  uncachedFormulas: { row: number; column: number }[];
}

/** 0 → "A", 27 → "AB": how a clerk finds the column in Excel. */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function gridOf(name: string, cells: Cell[][], hidden: { rows?: number[]; columns?: number[] } = {}): Grid {
  return {
    name,
    cells,
    hiddenRows: new Set(hidden.rows ?? []),
    hiddenColumns: new Set(hidden.columns ?? []),
    uncachedFormulas: [],
  };
}

/** A sheet given as plain values (the library API): numbers as General, text as printed. */
export function gridOfValues(name: string, rows: readonly (readonly (string | number | null)[])[]): Grid {
  return gridOf(
    name,
    rows.map((r) => r.map((v) => (typeof v === 'number' ? numberCell(v, undefined) : textCell(v ?? '')))),
  );
}
