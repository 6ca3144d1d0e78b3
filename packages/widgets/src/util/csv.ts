/** CSV that opens correctly in Excel: UTF-8 with BOM, CRLF, quoted cells, no formula injection. */

function cell(value: string): string {
  // A cell starting with = + - @ would run as a formula in Excel: prefix it so it stays text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a download. Returns the Blob for callers and tests. */
export function downloadCsv(filename: string, csv: string): Blob {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return blob;
}
