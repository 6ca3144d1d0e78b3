/** CSV that opens correctly in Excel: UTF-8 with BOM, CRLF, quoted cells, no formula injection. */
import { offerDownload } from './download.js';

/**
 * A cell starting with = + - @ would run as a formula in Excel, and a reader that splits on ; , tab,
 * | or a line break (semicolon locales, a paste) makes a new cell of every part after one: each part
 * that starts, after blanks, with a formula sign gets a ' so it stays text. Cells holding a
 * separator or a quote are quoted.
 */
function cell(value: string): string {
  const safe = value.replace(/(^|[;,\t\r\n|])(\s*)(?=[=+\-@])/g, "$1$2'");
  return /[",;\t\r\n|]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a download (Excel reads the BOM as UTF-8). Returns the Blob for callers and tests. */
export function downloadCsv(filename: string, csv: string): Blob {
  return offerDownload(filename, csv, 'text/csv;charset=utf-8');
}
