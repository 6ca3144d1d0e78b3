/**
 * Search of named records for the public (fees, powers): Chinese text, full-width or half-width,
 * pinyin ("budongchan") and pinyin initials ("bdc" finds 不动产登记费), and the other fields' text
 * and numbers ("80" finds 80 元/件). Every space-separated term must match; matches in the name
 * come back as ranges to highlight.
 *
 * The index holds each field of a slice of records as one string, the records' texts one after the
 * other, searched with indexOf: a keystroke over 300,000 fees is a few scans of long strings, not a
 * million short ones, and the index is a few strings and typed arrays per slice, not objects per record.
 */
import type { PinyinConverter } from './pinyin.js';
import { foldText } from './text-normalize.js';

export interface TextMatch<T> {
  record: T;
  /** Higher is better: name text > name initials > name pinyin > other fields. */
  score: number;
  /** [start, end) character ranges of the name to highlight. */
  ranges: [number, number][];
}

export interface TextSearchOptions {
  /** From `await loadPinyin()`; without it only text and numbers match. */
  pinyin?: PinyinConverter;
  /**
   * Index nothing yet: the caller indexes with `indexMore()` a slice at a time (a long list would
   * otherwise block the page in one task). Until `complete`, search covers what is indexed.
   */
  deferred?: boolean;
}

/** What is searched in a record: its name (text, pinyin, initials; highlighted) and other text. */
export interface SearchFields<T> {
  name: (record: T) => string;
  rest: (record: T) => (string | undefined)[];
}

export interface TextSearch<T> {
  search(query: string): TextMatch<T>[];
  /** Indexes up to `count` more records; true when every record is indexed. */
  indexMore(count: number): boolean;
  /** Every record is indexed (at once, unless `deferred`). */
  readonly complete: boolean;
}

/** Ends each record's text in a field string. Folding keeps it, and it is taken out of any text and term. */
const END = '\u0000';

/** Characters whose folding is one UTF-16 unit to one (no spaces, no compatibility expansions). */
const ONE_TO_ONE = /^[\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e\x21-\x7e]*$/;

/** One field of a slice: the records' folded texts, each followed by END, and where each starts. */
interface Field {
  text: string;
  /** `start[i]` is where record i's text begins; `start[count]` is one past the last END. */
  start: Int32Array;
}

interface Slice {
  /** Index of its first record. */
  first: number;
  name: Field;
  rest: Field;
  /** Per slice record, the index in the name of each character of the folded name; none when 1:1. */
  nameMaps: Map<number, number[]>;
  /** With pinyin: a letter per syllable. */
  initials?: Field;
  /** With pinyin: the syllables. */
  full?: Field;
  /** Aligned with `initials.text`: where each syllable's character is in the name, and its length in `full`. */
  syllableAt?: Int32Array;
  syllableLength?: Uint16Array;
}

/** Where each text starts when they are joined, each followed by END. */
function starts(texts: string[]): Int32Array {
  const start = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) start[i + 1] = start[i]! + texts[i]!.length + 1;
  return start;
}

/** A field from each record's folded text. */
function field(texts: string[]): Field {
  return { text: texts.join(END) + END, start: starts(texts) };
}

/** Folds texts into a field, all at once when that keeps every END (it does unless a text held one). */
function foldedField(texts: string[]): Field {
  const oneByOne = () => field(texts.map((t) => foldText(t).replaceAll(END, '')));
  const folded = foldText(texts.join(END) + END);
  const start = new Int32Array(texts.length + 1);
  let at = 0;
  for (let i = 1; i <= texts.length; i++) {
    const end = folded.indexOf(END, at);
    if (end < 0) return oneByOne();
    start[i] = at = end + 1;
  }
  return at === folded.length ? { text: folded, start } : oneByOne();
}

/** The folded names of a slice, and maps for the names that do not fold one to one. */
function nameField(names: string[], nameMaps: Map<number, number[]>): Field {
  // Usual names (CJK, ASCII, full-width forms, CJK punctuation; no spaces) fold character for character:
  // the whole slice is folded at once and needs no maps.
  if (ONE_TO_ONE.test(names.join(''))) return { text: foldText(names.join(END) + END), start: starts(names) };
  return field(
    names.map((name, i) => {
      if (ONE_TO_ONE.test(name)) return foldText(name);
      let folded = '';
      const map: number[] = [];
      let offset = 0;
      for (const ch of name) {
        const f = foldText(ch).replaceAll(END, '');
        for (let k = 0; k < f.length; k++) map.push(offset);
        folded += f;
        offset += ch.length;
      }
      nameMaps.set(i, map);
      return folded;
    }),
  );
}

function indexSlice<T>(records: readonly T[], first: number, fields: SearchFields<T>, pinyin?: PinyinConverter) {
  const names = records.map(fields.name);
  const nameMaps = new Map<number, number[]>();
  const slice: Slice = {
    first,
    name: nameField(names, nameMaps),
    rest: foldedField(records.map((r) => fields.rest(r).filter(Boolean).join('|'))),
    nameMaps,
  };
  if (pinyin) {
    const initials: string[] = [];
    const full: string[] = [];
    const at: number[] = [];
    const length: number[] = [];
    for (const name of names) {
      const chars = [...name];
      let pos = 0;
      let i = '';
      let f = '';
      pinyin(name).forEach((s, k) => {
        const syllable = foldText(s).replaceAll(END, '');
        const from = pos;
        pos += chars[k]?.length ?? 1;
        if (!syllable) return;
        i += syllable[0];
        f += syllable;
        at.push(from);
        length.push(syllable.length);
      });
      initials.push(i);
      full.push(f);
    }
    Object.assign(slice, {
      initials: field(initials),
      full: field(full),
      syllableAt: Int32Array.from(at),
      syllableLength: Uint16Array.from(length),
    });
  }
  return slice;
}

/** The record of a slice whose text holds position `p` of a field: the last start at or before it. */
function recordAt(start: Int32Array, p: number, from: number): number {
  let lo = from;
  let hi = start.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (start[mid]! <= p) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** One term's best match per record: its score (0: none) and where in that field it begins. */
interface TermHits {
  score: Uint8Array;
  at: Int32Array;
  /** The records it matches, in the order found. */
  found: number[];
}

/** Scores the first match of `term` in each record's text of `f` that has no score yet. */
function scan(f: Field, term: string, first: number, hits: TermHits, atStart: number, inside: number) {
  let r = 0;
  for (let p = f.text.indexOf(term); p >= 0; p = f.text.indexOf(term, f.start[r + 1])) {
    r = recordAt(f.start, p, r);
    if (hits.score[first + r]) continue;
    hits.score[first + r] = p === f.start[r] ? atStart : inside;
    hits.at[first + r] = p - f.start[r]!;
    hits.found.push(first + r);
  }
}

const LATIN = /^[a-z]+$/;

function searchTerm(slices: Slice[], indexed: number, term: string): TermHits {
  const hits: TermHits = { score: new Uint8Array(indexed), at: new Int32Array(indexed), found: [] };
  for (const s of slices) {
    scan(s.name, term, s.first, hits, 100, 80);
    if (s.initials && LATIN.test(term)) {
      scan(s.initials, term, s.first, hits, 60, 50);
      scan(s.full!, term, s.first, hits, 40, 30);
    }
    scan(s.rest, term, s.first, hits, 10, 10);
  }
  return hits;
}

function charRange(map: (i: number) => number, start: number, length: number, name: string): [number, number] {
  const lastStart = map(start + length - 1);
  return [map(start), lastStart + (name.codePointAt(lastStart)! > 0xffff ? 2 : 1)];
}

/** The name's characters that a term's match covers (none for a match in the other fields). */
function rangeOf(s: Slice, r: number, name: string, score: number, at: number, length: number) {
  if (score >= 80) {
    const map = s.nameMaps.get(r);
    return charRange(map ? (i) => map[i]! : (i) => i, at, length, name);
  }
  if (score < 30) return undefined;
  // The record's first syllable: its initials' start, less one END for each record before it.
  const syllable0 = s.initials!.start[r]! - r;
  if (score >= 50) return charRange((i) => s.syllableAt![syllable0 + i]!, at, length, name);
  // In the full pinyin, the syllable that holds each end: walk the record's syllables' lengths.
  const syllableOf = (i: number) => {
    let k = syllable0;
    for (let sum = s.syllableLength![k]!; sum <= i; sum += s.syllableLength![k]!) k++;
    return s.syllableAt![k]!;
  };
  return charRange(syllableOf, at, length, name);
}

export function createTextSearch<T>(
  records: readonly T[],
  fields: SearchFields<T>,
  options: TextSearchOptions = {},
): TextSearch<T> {
  const slices: Slice[] = [];
  let indexed = 0;
  const indexMore = (count: number) => {
    const end = Math.min(records.length, indexed + count);
    if (end > indexed) slices.push(indexSlice(records.slice(indexed, end), indexed, fields, options.pinyin));
    indexed = end;
    return indexed === records.length;
  };
  if (!options.deferred) indexMore(records.length);
  return {
    indexMore,
    get complete() {
      return indexed === records.length;
    },
    search(query: string): TextMatch<T>[] {
      const terms = query.normalize('NFKC').toLowerCase().replaceAll(END, '').split(/\s+/).filter(Boolean);
      if (terms.length === 0) return records.slice(0, indexed).map((record) => ({ record, score: 0, ranges: [] }));
      const perTerm = terms.map((term) => searchTerm(slices, indexed, term));
      // The records every term matches, in list order, grouped by score: best first, list order within.
      const byScore = new Map<number, number[]>();
      for (const g of Int32Array.from(perTerm[0]!.found).sort()) {
        let score = 0;
        for (let t = 0; t < perTerm.length && (t === 0 || score); t++) {
          const s = perTerm[t]!.score[g]!;
          score = s ? score + s : 0;
        }
        if (score) (byScore.get(score) ?? byScore.set(score, []).get(score)!).push(g);
      }
      const found = { terms, perTerm, name: fields.name };
      const matches: TextMatch<T>[] = [];
      for (const score of [...byScore.keys()].sort((a, b) => b - a)) {
        let k = 0;
        for (const g of byScore.get(score)!) {
          while (k + 1 < slices.length && slices[k + 1]!.first <= g) k++;
          matches.push(new Match(records[g]!, score, g, slices[k]!, found));
        }
      }
      return matches;
    },
  };
}

/** What a search found, term by term, for working out a match's ranges. */
interface Found<T> {
  terms: string[];
  perTerm: TermHits[];
  name: (record: T) => string;
}

/** A match. Its ranges are worked out when asked: a keystroke that matches 25,000 fees shows a screenful. */
class Match<T> implements TextMatch<T> {
  readonly #g: number;
  readonly #slice: Slice;
  readonly #found: Found<T>;
  #ranges?: [number, number][];

  constructor(
    readonly record: T,
    readonly score: number,
    g: number,
    slice: Slice,
    found: Found<T>,
  ) {
    this.#g = g;
    this.#slice = slice;
    this.#found = found;
  }

  get ranges(): [number, number][] {
    if (this.#ranges) return this.#ranges;
    const [g, slice, found] = [this.#g, this.#slice, this.#found];
    const name = found.name(this.record);
    const ranges: [number, number][] = [];
    found.perTerm.forEach((hits, t) => {
      const range = rangeOf(slice, g - slice.first, name, hits.score[g]!, hits.at[g]!, found.terms[t]!.length);
      if (range) ranges.push(range);
    });
    return (this.#ranges = ranges.length > 1 ? mergeRanges(ranges) : ranges);
  }
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
