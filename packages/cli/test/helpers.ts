/** Runs the CLI in-process with captured output, and makes real spreadsheets for tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../src/cli.js';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'gongkai-cli-'));

export type Row = (string | number | null)[];

/** A workbook with one sheet per entry; `merges` are Excel ranges such as "A1:F1". */
export async function writeXlsx(
  file: string,
  sheets: { name: string; rows: Row[]; merges?: string[] }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

/** Every <meta name=… content=…> of a page, by name (the government website page metadata). */
export function metaOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<meta name="([A-Za-z]+)" content="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}
