/**
 * Feed text as the derived products (search pages, Parquet) take it: well-formed UTF-16 (a lone
 * surrogate is valid JSON but makes the Pagefind indexer and DuckDB refuse the whole batch, every
 * department's with it), and bounded for indexing (a 10 MB title once kept the indexer busy for
 * more than 12 minutes). The mirrored dataset itself is never changed.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters of a search page's title; more is cut (the whole text stays in the mirrored dataset). */
export const TITLE_MAX = 200;
/** Characters of one line of a search page. */
export const LINE_MAX = 2000;
/** Characters of all the lines of one search page together. */
export const PAGE_TEXT_MAX = 20_000;

/** What was changed in a text to derive from it: lone surrogates replaced, text cut. */
export interface TextNotes {
  surrogates: boolean;
  cut: boolean;
}

export const noNotes = (): TextNotes => ({ surrogates: false, cut: false });

/** `s` with lone surrogates as U+FFFD, noted. */
export function wellFormed(s: string, notes?: TextNotes): string {
  if (!LONE_SURROGATE.test(s)) return s;
  LONE_SURROGATE.lastIndex = 0;
  if (notes) notes.surrogates = true;
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** `s`, well-formed and at most `max` characters (an ellipsis marks a cut), noted. */
export function bounded(s: string, max: number, notes: TextNotes): string {
  const text = wellFormed(s, notes);
  if (text.length <= max) return text;
  notes.cut = true;
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** Lines, each bounded, until `total` characters are used; the rest are left out, noted. */
export function boundedLines(lines: readonly string[], notes: TextNotes, each = LINE_MAX, total = PAGE_TEXT_MAX) {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used >= total) {
      notes.cut = true;
      break;
    }
    const b = bounded(line, Math.min(each, total - used + 1), notes);
    out.push(b);
    used += b.length;
  }
  return out;
}

/** The notes in words, for the report; empty when nothing was changed. */
export function notesInWords(notes: TextNotes, where: string): string[] {
  const said: string[] = [];
  if (notes.surrogates) said.push(`${where}含无效字符（孤立的代理项），已替换为 U+FFFD`);
  if (notes.cut)
    said.push(
      `${where}文字过长，已截断（标题最多 ${TITLE_MAX} 字，每行最多 ${LINE_MAX} 字，每页最多 ${PAGE_TEXT_MAX} 字）`,
    );
  return said;
}
