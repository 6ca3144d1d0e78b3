/**
 * Splits a sheet into the tables printed on it. Each table is: title rows, a unit row, a header
 * block of one or more rows (merged cells, or in a CSV a group heading with blanks to its right),
 * the body (data rows, group rows, 合计/小计 rows kept apart as published totals), and under it the
 * notes, signatures and 栏次 rows. Hidden rows and columns are left out and listed. A sheet can
 * hold several tables, one under the other, each with its own header.
 */
import type { AmountUnit } from '@gongkai/sdk';
import { squeeze, type Cell } from './cell.js';
import { columnLetter, type Grid } from './grid.js';
import { isHeadingWord } from './header-dictionary.js';
import { readRow, unitInHeading, type RowReading } from './row-roles.js';

export interface Column {
  /** 0-based column in the sheet. */
  index: number;
  letter: string;
  /** The words of every header row above the column, top to bottom (merged repeats once). */
  path: string[];
  /** A unit printed in the column's heading ("标准（元）"), else none. */
  unit?: AmountUnit;
}

export type BodyRole = 'data' | 'group' | 'total';

export interface BodyRow {
  /** 1-based spreadsheet row. */
  row: number;
  role: BodyRole;
  cells: readonly Cell[];
}

export interface Aside {
  row: number;
  role: 'note' | 'signature' | 'column-numbers';
  text: string;
}

export interface TableRegion {
  sheet: string;
  /** 1-based number of the table on its sheet. */
  number: number;
  title?: string;
  titleRows: number[];
  unit?: AmountUnit;
  unitRow?: number;
  headerRows: number[];
  columns: Column[];
  rows: BodyRow[];
  asides: Aside[];
  hiddenRows: number[];
  hiddenColumns: Column[];
}

interface Line {
  index: number;
  cells: readonly Cell[];
  read: RowReading;
}

const MAX_HEADER_ROWS = 4;
const GROUP_NO = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

export function readRegions(grid: Grid): TableRegion[] {
  const width = Math.max(0, ...grid.cells.map((r) => r.length));
  const visible = [...Array(width).keys()].filter((c) => !grid.hiddenColumns.has(c));
  const lines: Line[] = [];
  grid.cells.forEach((cells, index) => {
    if (!grid.hiddenRows.has(index)) lines.push({ index, cells, read: readRow(cells, visible, index) });
  });
  const tables: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = newTable(grid, tables.length + 1);
    // Above the header: titles, the unit row, blank rows (and stray notes, kept with the table).
    while (i < lines.length && !startsHeader(lines, i)) {
      const l = lines[i]!;
      if (l.read.unit) {
        table.unit = l.read.unit;
        table.unitRow = l.index + 1;
        const other = l.read.texts.filter((t) => !/单位/.test(t.text));
        if (other.length === 1 && !table.title) setTitle(table, l, other[0]!.text);
      } else if (l.read.note || l.read.signature) aside(table, l);
      else if (l.read.texts.length) setTitle(table, l, l.read.texts.map((t) => t.text).join(''));
      i++;
    }
    if (i >= lines.length) {
      // Words with no table under them belong to the table above (a note after its blank row).
      if (tables.length && (table.asides.length || table.titleRows.length)) {
        const last = tables.at(-1)!;
        for (const r of table.titleRows) last.asides.push({ row: r, role: 'note', text: rowText(grid, r - 1) });
        last.asides.push(...table.asides);
      } else if (table.titleRows.length || table.asides.length) tables.push(table);
      break;
    }
    i = readHeader(lines, i, table, visible);
    i = readBody(lines, i, table);
    tables.push(table);
  }
  // A hidden row belongs to the table it sits in: from the table's first row to the next table's.
  tables.forEach((t, k) => {
    const next = tables[k + 1] ? firstRow(tables[k + 1]!) : Infinity;
    t.hiddenRows = [...grid.hiddenRows].map((r) => r + 1).filter((r) => (k === 0 || r >= firstRow(t)) && r < next);
  });
  return tables;
}

function newTable(grid: Grid, number: number): TableRegion {
  return {
    sheet: grid.name,
    number,
    titleRows: [],
    headerRows: [],
    columns: [],
    rows: [],
    asides: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

function setTitle(table: TableRegion, l: Line, text: string): void {
  table.titleRows.push(l.index + 1);
  table.title = table.title ? `${table.title} ${text}` : text;
}

function aside(table: TableRegion, l: Line): void {
  const role = l.read.columnNumbers ? 'column-numbers' : l.read.signature ? 'signature' : 'note';
  table.asides.push({ row: l.index + 1, role, text: l.read.texts.map((t) => t.text).join(' ') });
}

function rowText(grid: Grid, index: number): string {
  return (grid.cells[index] ?? []).map(squeeze).filter(Boolean).join(' ');
}

function firstRow(table: TableRegion): number {
  return Math.min(...table.titleRows, ...table.headerRows, table.unitRow ?? Infinity);
}

/** A header starts at a row of two or more headings (not a unit, note or total row). */
function startsHeader(lines: Line[], i: number): boolean {
  const r = lines[i]!.read;
  if (r.unit || r.note || r.signature || r.figures || r.texts.length < 2) return false;
  if (r.texts.some((t) => isHeadingWord(t.text))) return true;
  // Words over figures: a header the dictionary does not know, still a header.
  const next = lines.slice(i + 1).find((l) => l.read.texts.length);
  return next !== undefined && next.read.figures > 0;
}

/** Does the row below the header rows read so far continue the header? */
function continuesHeader(lines: Line[], i: number, top: number): boolean {
  const l = lines[i]!;
  const r = l.read;
  if (!r.texts.length || r.figures || r.columnNumbers || r.note || r.signature || r.unit) return false;
  if (GROUP_NO.test(r.texts[0]!.text) || /^(合计|总计|小计)$/.test(r.texts[0]!.text)) return false;
  const above = lines[i - 1]!;
  // A cell merged down from a header row above: still the header.
  if (l.cells.some((c) => c.mergedFrom && c.mergedFrom[0] >= top && c.mergedFrom[0] < l.index)) return true;
  // Each word under a group heading (merged across, or blank to its right in a CSV) or under nothing.
  return r.texts.every((t) => {
    const over = above.cells[t.column];
    if (isHeadingWord(t.text)) return true;
    if (!over || over.kind === 'blank') return true;
    if (over.mergedFrom && over.mergedFrom[0] === above.index) return true;
    const right = above.cells[t.column + 1];
    return right !== undefined && right.kind === 'blank' && !right.mergedFrom;
  });
}

function readHeader(lines: Line[], i: number, table: TableRegion, visible: number[]): number {
  const top = lines[i]!.index;
  const rows: Line[] = [lines[i]!];
  let j = i + 1;
  while (j < lines.length && rows.length < MAX_HEADER_ROWS && continuesHeader(lines, j, top)) rows.push(lines[j++]!);
  table.headerRows = rows.map((l) => l.index + 1);
  const all = [...new Set([...visible, ...rows.flatMap((l) => l.cells.map((_, c) => c))])].sort((a, b) => a - b);
  const columns: Column[] = [];
  for (const c of all) {
    const path: string[] = [];
    rows.forEach((l, k) => {
      let text = squeeze(l.cells[c]);
      // In a CSV a group heading sits over its first column only: the columns under it, to its
      // right, share it when the row below has headings of their own.
      if (!text && k < rows.length - 1 && squeeze(rows[k + 1]!.cells[c])) text = groupOnLeft(l.cells, c);
      if (text && path.at(-1) !== text) path.push(text);
    });
    const unit = [...path].reverse().map(unitInHeading).find(Boolean);
    const col: Column = { index: c, letter: columnLetter(c), path, ...(unit ? { unit } : {}) };
    if (!visible.includes(c)) {
      table.hiddenColumns.push(col);
    } else columns.push(col);
  }
  table.columns = columns;
  return j;
}

function groupOnLeft(cells: readonly Cell[], c: number): string {
  for (let k = c - 1; k >= 0; k--) {
    const t = squeeze(cells[k]);
    if (t) return t;
  }
  return '';
}

function readBody(lines: Line[], i: number, table: TableRegion): number {
  let ended = false;
  while (i < lines.length) {
    const l = lines[i]!;
    const r = l.read;
    if (!r.texts.length) {
      // A blank spacer row; a new table may start after it.
      if (startsNewTable(lines, i + 1)) return i + 1;
      i++;
      continue;
    }
    if (r.columnNumbers || r.note || r.signature) {
      aside(table, l);
      ended = r.note || r.signature || ended;
      i++;
      continue;
    }
    if (ended || startsNewTable(lines, i)) return i;
    const role: BodyRole = r.total ? 'total' : isGroupRow(l, table) ? 'group' : 'data';
    table.rows.push({ row: l.index + 1, role, cells: l.cells });
    i++;
  }
  return i;
}

/** A title (with or without a unit row) over a header, or a header of known words: a second table. */
function startsNewTable(lines: Line[], i: number): boolean {
  let j = i;
  while (j < lines.length && !lines[j]!.read.texts.length) j++;
  if (j >= lines.length) return false;
  const first = lines[j]!.read;
  const headingWords = first.texts.filter((t) => isHeadingWord(t.text)).length;
  if (startsHeader(lines, j) && headingWords >= 2 && headingWords * 2 >= first.texts.length) return true;
  if (first.texts.length !== 1 || first.figures) return false;
  // A single line of words, then (after a unit row) a header: the next table's title.
  let k = j + 1;
  while (k < lines.length && (!lines[k]!.read.texts.length || lines[k]!.read.unit)) k++;
  return k < lines.length && k - j <= 3 && startsHeader(lines, k) && !lines[k]!.read.figures;
}

/** Words alone on the row (merged across, or numbered 一、) with no figure: a group heading. */
function isGroupRow(l: Line, table: TableRegion): boolean {
  const r = l.read;
  if (r.figures || r.texts.length !== 1) return false;
  const t = r.texts[0]!;
  return t.span > 1 || GROUP_NO.test(t.text) || table.columns.length > 2;
}
