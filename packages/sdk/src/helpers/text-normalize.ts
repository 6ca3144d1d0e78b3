/** Search text folding: full-width → half-width (NFKC), case-insensitive, spaces removed. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
