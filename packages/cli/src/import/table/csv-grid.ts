/** Reads a CSV (any of the encodings Chinese office software writes) into a grid of printed cells. */
import { parse } from 'csv-parse/sync';
import { textCell } from './cell.js';
import { decodeCsv, type CsvEncoding } from './csv-encoding.js';
import { gridOf, type Grid } from './grid.js';

export function readCsvGrid(name: string, bytes: Uint8Array): { grid: Grid; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes);
  // Excel's "Unicode text" is tab-separated: the first line says which delimiter the file uses.
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const records = parse(text, { relax_column_count: true, skip_empty_lines: false, delimiter }) as string[][];
  const width = Math.max(0, ...records.map((r) => r.length));
  const cells = records.map((r) => Array.from({ length: width }, (_, c) => textCell(r[c] ?? '')));
  return { grid: gridOf(name, cells), encoding };
}
