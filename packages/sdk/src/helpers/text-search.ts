/**
 * Search of named records for the public (fees, powers): Chinese text, full-width or half-width,
 * pinyin ("budongchan") and pinyin initials ("bdc" finds 不动产登记费), and the other fields' text
 * and numbers ("80" finds 80 元/件). Every space-separated term must match; matches in the name
 * come back as ranges to highlight.
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

interface Entry<T> {
  record: T;
  name: string;
  /** The name as published (highlight ranges index into it). */
  fullName: string;
  /** index in `name` of each character of the folded name (folding may drop spaces); none when 1:1. */
  nameMap?: number[];
  initials?: string;
  /** name offset where each letter of `initials` (each syllable) starts */
  syllableAt?: number[];
  full?: string;
  /** for each position in `full`, the name character it belongs to */
  fullMap?: number[];
  rest: string;
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

/** Characters whose folding is one UTF-16 unit to one (no spaces, no compatibility expansions). */
const ONE_TO_ONE = /^[\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e\x21-\x7e]*$/;

function indexRecord<T>(record: T, fields: SearchFields<T>, pinyin?: PinyinConverter): Entry<T> {
  const name = fields.name(record);
  let folded: string;
  let nameMap: number[] | undefined;
  if (ONE_TO_ONE.test(name)) {
    // The usual name (CJK, ASCII, full-width forms, CJK punctuation; no spaces) folds character
    // for character, so it needs no map: fold it whole, 10,000 names in a few ms.
    folded = foldText(name);
  } else {
    folded = '';
    nameMap = [];
    let offset = 0;
    for (const ch of name) {
      const f = foldText(ch);
      for (let k = 0; k < f.length; k++) nameMap.push(offset);
      folded += f;
      offset += ch.length;
    }
  }
  const entry: Entry<T> = {
    record,
    name: folded,
    fullName: name,
    nameMap,
    rest: foldText(fields.rest(record).filter(Boolean).join('|')),
  };
  if (pinyin) {
    const chars = [...name];
    const syllables = pinyin(name);
    let pos = 0;
    const fullMap: number[] = [];
    const syllableAt: number[] = [];
    let initials = '';
    let full = '';
    syllables.forEach((s, i) => {
      const f = foldText(s);
      const at = pos;
      pos += chars[i]?.length ?? 1;
      if (!f) return;
      initials += f[0];
      syllableAt.push(at);
      full += f;
      for (let k = 0; k < f.length; k++) fullMap.push(at);
    });
    Object.assign(entry, { initials, syllableAt, full, fullMap });
  }
  return entry;
}

export function createTextSearch<T>(
  records: readonly T[],
  fields: SearchFields<T>,
  options: TextSearchOptions = {},
): TextSearch<T> {
  const entries: Entry<T>[] = [];
  const indexMore = (count: number) => {
    const end = Math.min(records.length, entries.length + count);
    for (let i = entries.length; i < end; i++) entries.push(indexRecord(records[i]!, fields, options.pinyin));
    return entries.length === records.length;
  };
  if (!options.deferred) indexMore(records.length);
  return {
    indexMore,
    get complete() {
      return entries.length === records.length;
    },
    search(query: string): TextMatch<T>[] {
      const terms = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
      if (terms.length === 0) return entries.map((e) => ({ record: e.record, score: 0, ranges: [] }));
      const matches: TextMatch<T>[] = [];
      for (const e of entries) {
        let score = 0;
        const ranges: [number, number][] = [];
        for (const term of terms) {
          const s = matchTerm(e, term, ranges);
          if (s === 0) {
            score = 0;
            break;
          }
          score += s;
        }
        if (score > 0) matches.push({ record: e.record, score, ranges: mergeRanges(ranges) });
      }
      return matches.sort((a, b) => b.score - a.score);
    },
  };
}

function charRange(map: number[] | undefined, start: number, length: number, name: string): [number, number] {
  const from = map ? map[start]! : start;
  const lastStart = map ? map[start + length - 1]! : start + length - 1;
  const last = name.codePointAt(lastStart)! > 0xffff ? 2 : 1;
  return [from, lastStart + last];
}

function matchTerm<T>(e: Entry<T>, term: string, ranges: [number, number][]): number {
  const name = e.fullName;
  let at = e.name.indexOf(term);
  if (at >= 0) {
    ranges.push(charRange(e.nameMap, at, term.length, name));
    return at === 0 ? 100 : 80;
  }
  if (e.initials && /^[a-z]+$/.test(term)) {
    at = e.initials.indexOf(term);
    if (at >= 0) {
      ranges.push(charRange(e.syllableAt!, at, term.length, name));
      return at === 0 ? 60 : 50;
    }
    at = e.full!.indexOf(term);
    if (at >= 0) {
      ranges.push(charRange(e.fullMap!, at, term.length, name));
      return at === 0 ? 40 : 30;
    }
  }
  return e.rest.includes(term) ? 10 : 0;
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
