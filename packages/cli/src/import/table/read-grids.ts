/** The one entry to reading a clerk's file: .xlsx or .csv (any encoding) → grids of printed cells. */
import { extname } from 'node:path';
import { readLocal } from '../../safe-files.js';
import { readCsvGrid } from './csv-grid.js';
import type { CsvEncoding } from './csv-encoding.js';
import type { Grid } from './grid.js';
import { readXlsxGrids } from './xlsx-grid.js';

export interface ReadBook {
  grids: Grid[];
  /** A CSV's encoding, as detected (the report says it). */
  encoding?: CsvEncoding;
}

export async function readBook(file: string): Promise<ReadBook> {
  return readBookBytes(file, await readLocal(file));
}

export async function readBookBytes(file: string, bytes: Buffer): Promise<ReadBook> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    const { grid, encoding } = readCsvGrid(file.split(/[\\/]/).pop()!, bytes);
    return { grids: [grid], encoding };
  }
  if (ext === '.xlsx') return { grids: await readXlsxGrids(file, bytes) };
  throw new Error(
    `不支持的文件类型 ${ext || '(无扩展名)'}，请使用 .xlsx 或 .csv / unsupported file type ${ext}: use .xlsx or .csv`,
  );
}
