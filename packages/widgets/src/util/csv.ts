/** CSV that opens correctly in Excel: UTF-8 with BOM, CRLF, quoted cells, no formula injection. */
import { offerDownload } from './download.js';

function cell(value: string): string {
  // A cell starting with = + - @ (or ; and | where a locale splits on them) would run as a formula
  // in Excel: prefix it so it stays text. Cells holding a separator or a quote are quoted.
  const safe = /^[=+\-@\t\r;|]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a download (Excel reads the BOM as UTF-8). Returns the Blob for callers and tests. */
export function downloadCsv(filename: string, csv: string): Blob {
  return offerDownload(filename, csv, 'text/csv;charset=utf-8');
}
