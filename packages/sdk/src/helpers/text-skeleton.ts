/**
 * The "skeleton" of a text, for finding personal data however it is written: NFKC per character (so
 * full-width １１０ and circled ⑫ become ASCII digits, （＋８６） becomes (+86)) and invisible characters
 * left out (zero-width space/joiners, word joiner, BOM, soft hyphen, direction marks). Each skeleton
 * character remembers where it came from, so what is found there is masked in the original text and
 * everything else is left exactly as written.
 */

/** Characters that show nothing but can split a number or a name (U+200B–U+200F, U+2060–U+2064, …). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export interface Skeleton {
  /** The normalised text; pieces are joined with "\n" (a separator, so a number split across two fields is found). */
  text: string;
  /** For each skeleton character: the piece it came from. */
  piece: Int32Array;
  /** For each skeleton character: the UTF-16 index of its original character in that piece. */
  at: Int32Array;
}

/** The skeleton of several texts (a record's fields in order), joined by "\n". */
export function skeletonOf(pieces: readonly string[]): Skeleton {
  let size = pieces.length + 16;
  for (const p of pieces) size += p.length;
  let piece = new Int32Array(size);
  let at = new Int32Array(size);
  let out = '';
  let n = 0;
  const push = (k: number, i: number) => {
    if (n === piece.length) {
      // NFKC made the text longer (㎞ → km): grow, rarely.
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      piece = grow(piece);
      at = grow(at);
    }
    piece[n] = k;
    at[n++] = i;
  };
  pieces.forEach((text, k) => {
    if (k > 0) {
      out += '\n';
      push(k, -1); // the joiner belongs to no piece
    }
    // Most text is already in NFKC with nothing invisible: one native check, then a plain copy.
    if (!INVISIBLE.test(text) && text.normalize('NFKC') === text) {
      for (let i = 0; i < text.length; i++) push(k, i);
      out += text;
      return;
    }
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const ch = cp < 0x80 ? text[i]! : text.slice(i, i + width);
      const norm = cp < 0x80 ? ch : INVISIBLE.test(ch) ? '' : ch.normalize('NFKC');
      for (let j = 0; j < norm.length; j++) push(k, i);
      out += norm;
      i += width;
    }
  });
  return { text: out, piece: piece.subarray(0, n), at: at.subarray(0, n) };
}

/** Just the normalised text (a name compared with a name). */
export const normalizeText = (text: string): string => skeletonOf([text]).text;

/** The width of the original character at `i` (a surrogate pair counts two). */
export const charWidth = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
/** True when the text holds an invisible character. */
export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);
/** The text without its invisible characters. */
export const withoutInvisible = (text: string): string => text.replace(INVISIBLE_ALL, '');

/**
 * Rewrites pieces from edits found on the skeleton: for each skeleton character of an edit's span,
 * `mask(i)` gives what its original character becomes ('' drops it, undefined keeps it). A glyph
 * that became several skeleton characters (⑫ → "12") is masked if any of them is.
 */
export function applyEdits(
  pieces: readonly string[],
  sk: Skeleton,
  edits: Iterable<{ from: number; to: number; mask: (i: number) => string | undefined }>,
): string[] {
  const changes = pieces.map(() => new Map<number, string>());
  for (const { from, to, mask } of edits) {
    for (let i = from; i < to; i++) {
      const at = sk.at[i]!;
      if (at < 0) continue;
      const replacement = mask(i);
      if (replacement === undefined) continue;
      const map = changes[sk.piece[i]!]!;
      if (!map.has(at) || replacement === '*') map.set(at, replacement);
    }
    // Invisible characters inside a found span are dropped (they only served to hide it).
    for (let i = from; i < to; i++) dropInvisibleAfter(pieces, sk, i, changes);
  }
  return pieces.map((text, k) => {
    const map = changes[k]!;
    if (!map.size) return text;
    let out = '';
    for (let i = 0; i < text.length;) {
      const w = charWidth(text, i);
      out += map.has(i) ? map.get(i)! : text.slice(i, i + w);
      i += w;
    }
    return out;
  });
}

/** The invisible characters right after a found character, up to the next visible one. */
function dropInvisibleAfter(pieces: readonly string[], sk: Skeleton, i: number, changes: Map<number, string>[]): void {
  const at = sk.at[i]!;
  if (at < 0) return;
  const text = pieces[sk.piece[i]!]!;
  for (let j = at + charWidth(text, at); j < text.length && INVISIBLE.test(text[j]!); j++) {
    if (!changes[sk.piece[i]!]!.has(j)) changes[sk.piece[i]!]!.set(j, '');
  }
}
