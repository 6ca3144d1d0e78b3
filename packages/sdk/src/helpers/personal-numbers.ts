/**
 * Personal numbers in any written form: found on the skeleton of a text (NFKC, invisible characters
 * left out; see text-skeleton.ts) with up to three separators (spaces, dashes, dots, parentheses)
 * allowed between any two digits, and masked in the original text.
 *
 * Forms: mainland ID cards (18 characters, last X/x; 15-digit old cards with a valid birth date),
 * mainland mobiles (1[3-9] + 9 digits, with or without +86 / (+86) / 0086 / 86), Hong Kong IDs
 * (A123456(7), AB123456(7)), Macao IDs (1234567(8), first digit 1, 5 or 7), Taiwan IDs (A123456789),
 * 回乡证 (H/M + 8 or 10 digits), passports (E/G/D/S/P + 8 digits, E + letter + 7 digits) and 台胞证
 * (8 or 10 digits, only when introduced as such: bare 8-digit numbers are dates and amounts too).
 * Not personal, and left alone: 统一社会信用代码 (an 18-digit one when introduced as a credit code
 * or given as an organisation's creditCode and its check character is right), document numbers
 * (〔2016〕2559号), landlines and hotlines (0571-12345, 12345), amounts and dates.
 */
import { applyEdits, hasInvisible, skeletonOf, withoutInvisible, type Skeleton } from './text-skeleton.js';

export type NumberKind = 'id-number' | 'mobile' | 'hk-macao-id' | 'taiwan-id' | 'permit' | 'passport';

export interface FoundNumber {
  what: NumberKind;
  /** The span in the skeleton, prefix (+86) included. */
  from: number;
  to: number;
  /** Where the number itself starts in the skeleton (after any +86). */
  core: number;
}

/** A separator that may sit between two characters of a number, and up to three of them. */
const S = String.raw`[\s.()\-\u2010-\u2015\u2212]`;
const G = `${S}{0,3}`;
const digits = (n: number) => Array.from({ length: n }, () => String.raw`\d`).join(G);
const EDGE_BEFORE = '(?<![0-9A-Za-z])';
const EDGE_AFTER = '(?![0-9A-Za-z])';
/**
 * Before a form that starts with letters: the letters touch the digits (A123456(7), E12345678) and
 * follow no code part (GB/T 10000-1990, DB33/T 1234 are standards, not IDs).
 */
const LETTER_BEFORE = '(?<![0-9A-Za-z/])';
const MONTH = `(?:0${G}[1-9]|1${G}[0-2])`;
const DAY = `(?:0${G}[1-9]|[12]${G}\\d|3${G}[01])`;
/** Words that introduce a 台胞证 (or any 证件) number; without one, 8 digits are not taken as personal. */
const PERMIT_LABEL = '(?:台胞证|台湾居民来往大陆通行证|来往大陆通行证|通行证|证件号码|证件号|证件|证号)';

const PATTERNS: { what: NumberKind; re: RegExp }[] = [
  { what: 'id-number', re: `${EDGE_BEFORE}(?<n>${digits(17)}${G}[\\dXx])${EDGE_AFTER}` },
  {
    what: 'id-number',
    re: `${EDGE_BEFORE}(?<n>[1-8]${G}${digits(5)}${G}${digits(2)}${G}${MONTH}${G}${DAY}${G}${digits(3)})${EDGE_AFTER}`,
  },
  {
    what: 'mobile',
    re: `${EDGE_BEFORE}(?:\\(?(?:\\+|00)?${G}8${G}6${G}\\)?${G})?(?<n>1${G}[3-9]${G}${digits(9)})${EDGE_AFTER}`,
  },
  { what: 'hk-macao-id', re: `${LETTER_BEFORE}(?<n>[A-Za-z]{1,2}${digits(6)}${G}[0-9Aa])${EDGE_AFTER}` },
  { what: 'hk-macao-id', re: `${EDGE_BEFORE}(?<n>[157]${G}${digits(6)}${G}\\(${G}\\d${G}\\))` },
  { what: 'taiwan-id', re: `${LETTER_BEFORE}(?<n>[A-Za-z][1289]${G}${digits(8)})${EDGE_AFTER}` },
  { what: 'permit', re: `${LETTER_BEFORE}(?<n>[HMhm]${digits(8)}(?:${G}${digits(2)})?)${EDGE_AFTER}` },
  {
    what: 'passport',
    re: `${LETTER_BEFORE}(?<n>[EeGgDdSsPp]${digits(8)}|[Ee][A-Za-z]${digits(7)})${EDGE_AFTER}`,
  },
  {
    what: 'permit',
    re: `(?<=${PERMIT_LABEL}[^0-9A-Za-z\\n]{0,4})(?<n>${digits(8)}(?:${G}${digits(2)})?)${EDGE_AFTER}`,
  },
  // No 'd' flag (match indices): Chromium before 90 rejects it, and the browser bundles run in 72
  // (README: Browser support). Each pattern ends with its number, group `n`, then only lookarounds.
].map(({ what, re }) => ({ what: what as NumberKind, re: new RegExp(re, 'g') }));

/** How many characters of each kind stay visible at each end: 110***********1234, 138****5678, A******(7). */
const KEEP: Record<NumberKind, [number, number]> = {
  'id-number': [3, 4],
  mobile: [3, 4],
  'hk-macao-id': [1, 1],
  'taiwan-id': [1, 1],
  permit: [1, 1],
  passport: [1, 1],
};

/**
 * A cheap first look, so most texts never get the full one: every form above has at least six
 * decimal digits (ASCII or full-width) with at most three separators between two of them (invisible
 * characters removed first), and CJK punctuation (〔〕，：、…) is never a separator. A text with
 * other numerals that NFKC turns into digits (⑫, ², Ⅻ, mathematical digits) always gets the full look.
 */
const DIGIT = /[0-9\uFF10-\uFF19]/;
const SIX_DIGITS =
  /[0-9\uFF10-\uFF19](?:[^0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3001-\u301F\u4E00-\u9FFF\uFF01-\uFF07\uFF0A-\uFF0C\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]{0,3}[0-9\uFF10-\uFF19]){5}/;
/** Every character NFKC turns into ASCII digits besides 0-9 and ０-９ (checked over all of Unicode by a test). */
export const OTHER_NUMERAL =
  /[\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u2089\u2150-\u2189\u2460-\u24FF\u3248-\u325F\u32B1-\u32CB\u3358-\u33FF]|\uD835[\uDFCE-\uDFFF]|\uD83C[\uDD00-\uDD0A]|\uD833[\uDCF0-\uDCF9]|\uD83E[\uDFF0-\uDFF9]/;

function mayHoldNumber(pieces: readonly string[]): boolean {
  const text =
    pieces.length === 1
      ? DATE_ONLY.test(pieces[0]!)
        ? ''
        : pieces[0]!
      : pieces.filter((p) => !DATE_ONLY.test(p)).join('\n');
  if (!DIGIT.test(text)) return OTHER_NUMERAL.test(text);
  if (OTHER_NUMERAL.test(text)) return true;
  return SIX_DIGITS.test(hasInvisible(text) ? withoutInvisible(text) : text);
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** True when 18 characters are a 统一社会信用代码 with the right check character (GB 32100-2015). */
export function isCreditCode(code: string): boolean {
  const c = code.toUpperCase();
  if (c.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(c[i]!);
    if (v < 0) return false;
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === c[17];
}

const alnum = (text: string, from: number, to: number) => text.slice(from, to).replace(/[^0-9A-Za-z]/g, '');

export interface FindOptions {
  /** Pieces where an 18-digit 统一社会信用代码 is expected (an organisation's creditCode). */
  creditCodePiece?: (piece: number) => boolean;
}

/** The personal numbers in a skeleton, in order, none overlapping. */
export function findNumbers(sk: Skeleton, options: FindOptions = {}): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const { what, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sk.text); m; m = re.exec(sk.text)) {
      const from = m.index;
      const to = from + m[0].length;
      const core = to - m.groups!.n!.length;
      if (what === 'id-number' && isOrganisationCode(sk, core, to, options)) continue;
      found.push({ what, from, to, core });
    }
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: FoundNumber[] = [];
  for (const f of found) if (!kept.length || f.from >= kept[kept.length - 1]!.to) kept.push(f);
  return kept;
}

/** An 18-digit credit code, given as one (an organisation's field, or introduced as 信用代码). */
function isOrganisationCode(sk: Skeleton, from: number, to: number, options: FindOptions): boolean {
  const code = alnum(sk.text, from, to);
  if (code.length !== 18 || !isCreditCode(code)) return false;
  if (options.creditCodePiece?.(sk.piece[from]!) && sk.piece[from] === sk.piece[to - 1]) return true;
  return /信用代码|社会信用|credit\s*code/i.test(sk.text.slice(Math.max(0, from - 16), from));
}

/** The masking of one number: the middle characters of the number itself become '*'. */
function maskOf(sk: Skeleton, f: FoundNumber) {
  const [head, tail] = KEEP[f.what];
  const positions: number[] = [];
  for (let i = f.core; i < f.to; i++) if (/[0-9A-Za-z]/.test(sk.text[i]!)) positions.push(i);
  const masked = new Set(positions.slice(head, positions.length - tail));
  return { from: f.from, to: f.to, mask: (i: number) => (masked.has(i) ? '*' : undefined) };
}

/** A field that is a date (2026-10-18, or a date-time) and nothing else. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The skeleton numbers are looked for in: a field that is only a date is a wall ('#'s, as long as
 * it), so the dates of a record's date fields, read one after the other, never make an ID number.
 */
const searchSkeleton = (pieces: readonly string[]) =>
  skeletonOf(pieces.map((p) => (DATE_ONLY.test(p) ? '#'.repeat(p.length) : p)));

/** Several texts (a record's fields, in order) with every personal number masked, across them too. */
export function maskNumbersIn(pieces: readonly string[], options: FindOptions = {}): string[] {
  if (!mayHoldNumber(pieces)) return [...pieces];
  const sk = searchSkeleton(pieces);
  const found = findNumbers(sk, options);
  if (!found.length) return [...pieces];
  return applyEdits(
    pieces,
    sk,
    found.map((f) => maskOf(sk, f)),
  );
}

/** The personal numbers in several texts, each with the pieces it touches (first and last). */
export function numbersIn(
  pieces: readonly string[],
  options: FindOptions = {},
): { what: NumberKind; pieces: number[] }[] {
  if (!mayHoldNumber(pieces)) return [];
  const sk = searchSkeleton(pieces);
  return findNumbers(sk, options).map((f) => {
    const first = sk.piece[f.core]!;
    const last = sk.piece[f.to - 1]!;
    return { what: f.what, pieces: first === last ? [first] : [first, last] };
  });
}
