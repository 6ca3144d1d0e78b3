/**
 * 去标识化 of published results, done by the toolkit rather than left to each publisher: a natural
 * person's name keeps its first and last character (张*三), ID-card and mobile numbers keep a few
 * digits at each end, and a home address stops at the village or community. Legal persons keep
 * their names. `deidentifyResults` is what `gongkai build` and the widgets apply; `personalDataIn`
 * is what the validator looks for.
 */
import type { Party, Result, ResultList } from '../model/results.js';
import { resultParty, resultPartyField } from './result-fields.js';

/** 18-digit ID-card numbers (the last may be X), not part of a longer number. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{3})\d{11}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** Mainland mobile numbers: 11 digits from 13–19, optionally +86 and spaced 3-4-4. */
const MOBILE = /(?<!\d)((?:\+?86[\s-]?)?1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;
/** Where a home address stops being a place and becomes a door. */
const VILLAGE_END = /^(.*?(?:村民委员会|居民委员会|村委会|居委会|社区|村))/;

/** 张三 → 张*, 张三丰 → 张*丰, 欧阳明华 → 欧**华; a name already masked is kept. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.includes('*') || chars.length < 2) return name.trim();
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** ID-card and mobile numbers in any text, masked. */
export function maskNumbers(text: string): string {
  return text.replace(ID_NUMBER, '$1***********$2').replace(MOBILE, '$1****$2');
}

/** "城关镇幸福村3组12号" → "城关镇幸福村": the village or community, never the door. */
export function cutAddress(address: string): string {
  return address.match(VILLAGE_END)?.[1] ?? address.replace(/\d+\s*(?:号|组|栋|幢|单元|室|楼).*$/, '').trim();
}

const maskParty = (p: Party): Party => (p.kind === 'person' ? { ...p, name: maskName(p.name) } : p);

/** Every text of a record with the person's full name replaced by the masked one, and numbers masked. */
function maskText(text: string | undefined, names: readonly [string, string][]): string | undefined {
  if (text === undefined) return undefined;
  let out = text;
  for (const [full, masked] of names) if (full.length >= 2 && full !== masked) out = out.split(full).join(masked);
  return maskNumbers(out);
}

export function deidentifyResult(r: Result): Result {
  const person = resultParty(r);
  const masked = maskParty(person);
  const names: [string, string][] = person.kind === 'person' ? [[person.name, masked.name]] : [];
  const t = (s: string | undefined) => maskText(s, names);
  const notes = t(r.notes);
  const withNotes = <T extends Result>(x: T): T => (notes !== undefined ? { ...x, notes } : x);
  switch (r.type) {
    case 'case':
      return withNotes({ ...r, applicant: masked, item: t(r.item)!, ...(r.reason ? { reason: t(r.reason) } : {}) });
    case 'decision':
      return withNotes({ ...r, party: masked, facts: t(r.facts)!, result: t(r.result)! });
    case 'spot-check':
      return withNotes({ ...r, party: masked, result: t(r.result)! });
    case 'payment':
      return withNotes({
        ...r,
        recipient: masked,
        programme: t(r.programme)!,
        ...(r.village ? { village: cutAddress(r.village) } : {}),
      });
  }
}

export function deidentifyResults(list: ResultList): ResultList {
  return { ...list, results: list.results.map(deidentifyResult) };
}

/** What in a record is still personal: an unmasked person's name, an ID or mobile number, a door address. */
export function personalDataIn(r: Result): { field: string; what: 'name' | 'id-number' | 'mobile' | 'address' }[] {
  const found: { field: string; what: 'name' | 'id-number' | 'mobile' | 'address' }[] = [];
  const personField = resultPartyField(r);
  const person = resultParty(r);
  if (person.kind === 'person' && maskName(person.name) !== person.name)
    found.push({ field: personField, what: 'name' });
  for (const [field, value] of Object.entries(r)) {
    if (typeof value !== 'string') continue;
    if (new RegExp(ID_NUMBER.source).test(value)) found.push({ field, what: 'id-number' });
    if (new RegExp(MOBILE.source).test(value)) found.push({ field, what: 'mobile' });
  }
  if (r.type === 'payment' && r.village && cutAddress(r.village) !== r.village)
    found.push({ field: 'village', what: 'address' });
  return found;
}
