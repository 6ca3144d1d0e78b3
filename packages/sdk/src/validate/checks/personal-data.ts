/**
 * Personal data in a dataset of any kind, read from the file as given (unknown fields included, since
 * a feed is published and mirrored as its bytes):
 * - records of published results are checked as results wherever they are — a `results` list under
 *   another kind string, or next to a fee list's items — so a kind string never lets names through;
 * - anywhere else, an identity number in any written form (ID card, HK/Macao/Taiwan ID, 回乡证, 台胞证,
 *   passport) is an error. A mobile number is an error too, except in a contact field — a key naming a
 *   phone, hotline or contact (`consultPhone`, `complaintPhones`, `contact.phone`, `supervision.phone`)
 *   or a supervision channel of kind phone/hotline: guides and rules publish the office's own mobile
 *   there as its official contact number, and that is not a private person's.
 */
import { personalDataIn } from '../../helpers/deidentify.js';
import { numbersIn } from '../../helpers/personal-numbers.js';
import { leafPath, walkStrings, type LeafPath } from '../../helpers/string-leaves.js';
import type { IssueList } from '../issue.js';

const CONTACT_KEY = /phone|tel|mobile|contact|hotline|fax/i;
const CONTACT_CHANNEL = new Set(['phone', 'hotline']);
const OFFICIAL_CODE = /^(?:id|code|no)$|(?:Code|Id|Ref|Refs)$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Reports personal data in `input` (a dataset file declared as `kind`), once per path and kind of data. */
export function checkPersonalData(kind: string, input: unknown, out: IssueList): void {
  if (!isObject(input)) return;
  const seen = new Set(
    out.items.filter((i) => i.code === 'personal_data').map((i) => issueKey(i.path, i.params?.what)),
  );
  const report = (path: LeafPath, what: string) => {
    if (seen.has(issueKey(path, what))) return;
    seen.add(issueKey(path, what));
    out.error(path, 'personal_data', { what });
  };
  if (kind === 'manifest') return; // the publisher's own name, code and contact; no record of anyone
  const results = input.results;
  if (Array.isArray(results))
    results.forEach((r, i) => {
      if (isObject(r)) for (const f of personalDataIn(r)) report(['results', i, ...f.path], f.what);
    });
  // The rest of the file, field by field (the results, if any, were checked above as records).
  const rest = Array.isArray(results) ? { ...input, results: undefined } : input;
  const creditCode = { creditCodePiece: () => true };
  walkStrings(rest, (value, key, parent, up) => {
    // Official codes (事项编码, 权力编码, ids, references) are long digit strings by design, never a person's.
    if (typeof key === 'string' && OFFICIAL_CODE.test(key)) return;
    for (const n of numbersIn([value], key === 'creditCode' ? creditCode : undefined)) {
      const at = leafPath(up, key);
      if (n.what === 'mobile' && isContact(at, parent)) continue;
      report(at, n.what);
    }
  });
}

function isContact(path: LeafPath, parent: object): boolean {
  if (path.some((k) => typeof k === 'string' && CONTACT_KEY.test(k))) return true;
  const kind = (parent as { kind?: unknown }).kind;
  return typeof kind === 'string' && CONTACT_CHANNEL.has(kind);
}

const issueKey = (path: readonly (string | number)[], what: unknown) => `${JSON.stringify(path)} ${String(what)}`;
