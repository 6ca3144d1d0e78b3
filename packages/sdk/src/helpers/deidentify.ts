/**
 * 去标识化 of published results, done by the toolkit rather than left to each publisher: a natural
 * person's name keeps its first and last character (张*三), personal numbers keep a few characters at
 * each end (personal-numbers.ts lists the forms), and a home address stops at the village or
 * community. Legal persons keep their names. Every text field of a record is treated, at any depth
 * (basis titles and numbers, a person's creditCode, unknown fields), and numbers split across two
 * fields are found over the record's fields in order. `deidentifyResults` is what `gongkai build` and
 * the widgets apply; `personalDataIn` is what the validator looks for.
 */
import type { Result, ResultList } from '../model/results.js';
import { maskNumbersIn, numbersIn, type NumberKind } from './personal-numbers.js';
import { stringLeaves, withStrings, type LeafPath, type StringLeaf } from './string-leaves.js';
import { applyEdits, normalizeText, skeletonOf } from './text-skeleton.js';

/** What personal data was found: a name, an address with its door, or a kind of number. */
export type PersonalKind = 'name' | 'address' | NumberKind;

/** Where a home address stops being a place and becomes a door. */
const VILLAGE_END = /^(.*?(?:村民委员会|居民委员会|村委会|居委会|社区|村))/;
/** A door, block, group or flat number, in any numerals (3组12号, 三组十二号, and full-width after NFKC). */
const DOOR = /[0-9零〇一二三四五六七八九十百千两]+\s*(?:号|组|栋|幢|单元|室|楼|层|户|弄)/;
/** The masked form maskName makes: first character, '*'s, and the last character for names of 3+. */
const MASKED_NAME = /^[^*\s]\*+[^*\s]?$/u;

/**
 * 张三 → 张*, 张三丰 → 张*丰, 欧阳明华 → 欧**华; a name already in that form is kept. A '*' elsewhere
 * (张三丰*, *李四光) is no mask and is ignored; invisible characters never count as characters.
 */
export function maskName(name: string): string {
  const plain = normalizeText(name).trim();
  if (MASKED_NAME.test(plain)) return plain;
  const chars = [...plain.replace(/\*/g, '').trim()];
  if (chars.length < 2) return chars.join('') || plain;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The full name behind a party's name as written (张三丰* → 张三丰), or undefined when it is masked. */
function fullName(name: string): string | undefined {
  const plain = normalizeText(name).trim();
  if (MASKED_NAME.test(plain)) return undefined;
  const full = plain.replace(/\*/g, '').trim();
  return [...full].length >= 2 ? full : undefined;
}

/** Personal numbers in any text, in any written form (see personal-numbers.ts), masked. */
export function maskNumbers(text: string): string {
  return maskNumbersIn([text])[0]!;
}

/** "城关镇幸福村3组12号" → "城关镇幸福村", "解放路十二号" → "解放路": the village or community, never the door. */
export function cutAddress(address: string): string {
  const sk = skeletonOf([address]);
  const village = VILLAGE_END.exec(sk.text);
  const door = village ? undefined : DOOR.exec(sk.text);
  const end = village ? village[1]!.length : door?.index;
  if (end === undefined || end >= sk.text.length) return address;
  return address.slice(0, sk.at[end]).trim();
}

const keyOf = (leaf: StringLeaf) => leaf.path[leaf.path.length - 1];
const partyKind = (leaf: StringLeaf) => (leaf.parent as { kind?: unknown }).kind;
const isPersonName = (leaf: StringLeaf) => keyOf(leaf) === 'name' && partyKind(leaf) === 'person';
const isOrganisationCode = (leaf: StringLeaf) => keyOf(leaf) === 'creditCode' && partyKind(leaf) === 'organization';
const isAddress = (leaf: StringLeaf) => keyOf(leaf) === 'village' || keyOf(leaf) === 'address';

/** The full names of the natural persons a record names. */
const peopleIn = (leaves: StringLeaf[]) => [
  ...new Set(leaves.filter(isPersonName).flatMap((l) => fullName(l.value) ?? [])),
];

/** Each occurrence of `full` in the texts (however spaced by invisible characters) replaced by `masked`. */
function replaceName(texts: string[], full: string, masked: string, skip: (i: number) => boolean): string[] {
  const first = full[0]!;
  return texts.map((text, i) => {
    if (skip(i) || !text.includes(first)) return text;
    const sk = skeletonOf([text]);
    const edits = [];
    for (let at = sk.text.indexOf(full); at >= 0; at = sk.text.indexOf(full, at + full.length))
      edits.push({ from: at, to: at + full.length, mask: (j: number) => (j === at ? masked : '') });
    return edits.length ? applyEdits([text], sk, edits)[0]! : text;
  });
}

/**
 * Any record of published results (of a known type, or read from a dataset of any kind string):
 * a natural person's name masked, that name masked wherever else it appears, addresses cut back to
 * the village, and every personal number masked, also one split across two fields.
 */
export function deidentifyRecord<T>(record: T): T {
  const leaves = stringLeaves(record);
  let texts = leaves.map((l) => (isPersonName(l) ? maskName(l.value) : isAddress(l) ? cutAddress(l.value) : l.value));
  for (const full of peopleIn(leaves))
    texts = replaceName(texts, full, maskName(full), (i) => isPersonName(leaves[i]!));
  texts = maskNumbersIn(texts, { creditCodePiece: (k) => isOrganisationCode(leaves[k]!) });
  return withStrings(
    record,
    leaves.flatMap((l, i) => (texts[i] !== l.value ? [{ path: l.path, value: texts[i]! }] : [])),
  );
}

export function deidentifyResult(r: Result): Result {
  return deidentifyRecord(r);
}

export function deidentifyResults(list: ResultList): ResultList {
  return { ...list, results: list.results.map(deidentifyResult) };
}

export interface PersonalData {
  /** The record's top-level field the data is in (`notes`, `party`, `basis`…). */
  field: string;
  /** The exact path inside the record (`['basis', 0, 'title']`). */
  path: LeafPath;
  what: PersonalKind;
}

/**
 * What in a record is still personal: an unmasked person's name (in its field or any other), an
 * address with its door, and every personal number in any field, at any depth, in any written form.
 */
export function personalDataIn(r: object): PersonalData[] {
  const leaves = stringLeaves(r);
  const found = new Map<string, PersonalData>();
  const add = (path: LeafPath, what: PersonalKind) => {
    const key = `${JSON.stringify(path)} ${what}`;
    if (!found.has(key)) found.set(key, { field: String(path[0]), path, what });
  };
  for (const l of leaves) {
    if (isPersonName(l) && maskName(l.value) !== l.value) add(l.path, 'name');
    if (isAddress(l) && cutAddress(l.value) !== l.value) add(l.path, 'address');
  }
  for (const full of peopleIn(leaves))
    for (const l of leaves)
      if (!isPersonName(l) && l.value.includes(full[0]!) && normalizeText(l.value).includes(full)) add(l.path, 'name');
  const numbers = numbersIn(
    leaves.map((l) => l.value),
    { creditCodePiece: (k) => isOrganisationCode(leaves[k]!) },
  );
  for (const n of numbers) for (const k of n.pieces) add(leaves[k]!.path, n.what);
  return [...found.values()];
}
