/** Offers a file to the visitor as a download (CSV of a table, SVG of a chart). Returns the Blob. */
export function offerDownload(filename: string, content: string, type: string): Blob {
  const blob = new Blob([content], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // The browser has taken the file by then; the URL would otherwise hold it for the page's life.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return blob;
}
