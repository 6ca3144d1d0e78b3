/**
 * What changed in a dataset between two published versions, record by record, in the words citizens
 * and 纪检 look for: a fee added or 停征, a standard changed from 80 to 50, a guide's material added,
 * a time limit shortened, a power cancelled, a budget line revised. Each change carries the record
 * before and after, as published (the values are copied, never recomputed).
 */
import type { Budget, BudgetLine } from '../model/budget.js';
import type { Fee } from '../model/fees.js';
import { RECORD_LISTS, isRecordKind } from '../model/kinds.js';
import type { Power } from '../model/power-list.js';
import type { ServiceGuide } from '../model/service-guide.js';

export const CHANGE_KINDS = [
  'record-added', // a fee, guide, power … that was not there
  'record-removed',
  'record-changed', // any other change of a record: `fields` says which
  'fee-suspended', // 停征 / 免征 / 取消
  'fee-standard-changed',
  'guide-material-added',
  'guide-material-removed',
  'time-limit-shortened',
  'time-limit-lengthened',
  'power-cancelled',
  'power-status-changed',
  'budget-line-added',
  'budget-line-removed',
  'budget-line-revised',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface RecordChange {
  kind: ChangeKind;
  /** The record's id (a budget line: its 科目编码, or 名称:… for a row printed without one). */
  record: string;
  /** How people know the record: its name. */
  name: string;
  /** The field that changed, for a field-level change (`standard`, `promisedDays`, `materials`, `total`). */
  field?: string;
  /** Other fields that changed, for `record-changed`. */
  fields?: string[];
  /** As published before and after (the field's value, or the whole record when added/removed). */
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type Rec = Record<string, unknown> & { id: string };
const nameOf = (r: Record<string, unknown>) => String(r.name ?? r.title ?? r.label ?? r.id ?? r.code ?? '');

/** Field-level changes the list kinds name on their own; the rest of a record's changes are `record-changed`. */
function specific(kind: string, before: Rec, after: Rec, out: RecordChange[]): Set<string> {
  const handled = new Set<string>();
  const base = { record: after.id, name: nameOf(after) };
  if (kind === 'fee-list') {
    const [b, a] = [before as unknown as Fee, after as unknown as Fee];
    if ((b.status ?? 'active') !== (a.status ?? 'active')) {
      handled.add('status');
      if (a.status === 'suspended' || a.status === 'abolished')
        out.push({ ...base, kind: 'fee-suspended', field: 'status', before: b.status ?? 'active', after: a.status });
      else handled.delete('status');
    }
    if (!same(b.standard, a.standard)) {
      handled.add('standard');
      // 停征 is printed either as the fee's status or as its standard ("暂停征收"): the same fact.
      const suspended = a.standard?.type === 'suspended' && b.standard?.type !== 'suspended';
      out.push({
        ...base,
        kind: suspended ? 'fee-suspended' : 'fee-standard-changed',
        field: 'standard',
        before: b.standard,
        after: a.standard,
      });
    }
  }
  if (kind === 'service-guide') {
    const [b, a] = [before as unknown as ServiceGuide, after as unknown as ServiceGuide];
    const key = (m: { name: string }) => m.name;
    const old = new Map(b.materials.map((m) => [key(m), m]));
    const now = new Map(a.materials.map((m) => [key(m), m]));
    const added = a.materials.filter((m) => !old.has(key(m)));
    const removed = b.materials.filter((m) => !now.has(key(m)));
    for (const m of added) out.push({ ...base, kind: 'guide-material-added', field: 'materials', after: m });
    for (const m of removed) out.push({ ...base, kind: 'guide-material-removed', field: 'materials', before: m });
    // Materials added or removed and nothing else about them changed: those changes say it all. A
    // material edited or moved leaves `materials` to `record-changed`, with before and after.
    const kept = (list: typeof a.materials, other: Map<string, unknown>) => list.filter((m) => other.has(key(m)));
    if ((added.length || removed.length) && same(kept(b.materials, now), kept(a.materials, old)))
      handled.add('materials');
    for (const field of ['promisedDays', 'legalDays'] as const) {
      const [x, y] = [b[field], a[field]];
      if (x === undefined || y === undefined || x === y) continue;
      handled.add(field);
      out.push({ ...base, kind: y < x ? 'time-limit-shortened' : 'time-limit-lengthened', field, before: x, after: y });
    }
  }
  if (kind === 'power-list') {
    const [b, a] = [before as unknown as Power, after as unknown as Power];
    if (b.status !== a.status) {
      handled.add('status');
      out.push({
        ...base,
        kind: a.status === 'cancelled' ? 'power-cancelled' : 'power-status-changed',
        field: 'status',
        before: b.status,
        after: a.status,
      });
    }
  }
  return handled;
}

function recordDiff(kind: string, before: Rec[], after: Rec[]): RecordChange[] {
  const out: RecordChange[] = [];
  const old = new Map(before.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const r of after) {
    seen.add(r.id);
    const b = old.get(r.id);
    if (!b) {
      out.push({ kind: 'record-added', record: r.id, name: nameOf(r), after: r });
      continue;
    }
    if (same(b, r)) continue;
    const handled = specific(kind, b, r, out);
    const fields = [...new Set([...Object.keys(b), ...Object.keys(r)])].filter(
      (k) => !handled.has(k) && !same(b[k], r[k]),
    );
    if (fields.length)
      out.push({
        kind: 'record-changed',
        record: r.id,
        name: nameOf(r),
        fields,
        before: Object.fromEntries(fields.map((k) => [k, b[k]])),
        after: Object.fromEntries(fields.map((k) => [k, r[k]])),
      });
  }
  for (const b of before)
    if (!seen.has(b.id)) out.push({ kind: 'record-removed', record: b.id, name: nameOf(b), before: b });
  return out;
}

/** Budget lines are matched by 科目编码 (a row printed without one, by its name), as in compare.ts. */
const lineKey = (l: Pick<BudgetLine, 'code' | 'name'>) => l.code ?? `名称:${l.name}`;

function budgetDiff(before: Budget, after: Budget): RecordChange[] {
  const out: RecordChange[] = [];
  const old = new Map(before.lines.map((l) => [lineKey(l), l]));
  const seen = new Set<string>();
  for (const l of after.lines) {
    const k = lineKey(l);
    seen.add(k);
    const b = old.get(k);
    if (!b) out.push({ kind: 'budget-line-added', record: k, name: l.name, after: l });
    else if (!same(b, l)) out.push({ kind: 'budget-line-revised', record: k, name: l.name, before: b, after: l });
  }
  for (const b of before.lines)
    if (!seen.has(lineKey(b))) out.push({ kind: 'budget-line-removed', record: lineKey(b), name: b.name, before: b });
  return out;
}

/**
 * The record-level changes from `before` to `after` (two versions of one dataset, already validated).
 * Kinds without records of their own (三公, 办事纪律, …) report one `record-changed` for the dataset.
 */
export function datasetChanges(kind: string, before: unknown, after: unknown): RecordChange[] {
  if (same(before, after)) return [];
  if (kind === 'budget' || kind === 'final-account') return budgetDiff(before as Budget, after as Budget);
  if (isRecordKind(kind)) {
    const key = RECORD_LISTS[kind];
    const list = (d: unknown) => ((d as Record<string, unknown>)[key] ?? []) as Rec[];
    return recordDiff(kind, list(before), list(after));
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  // The date alone moving is not a change of what is published.
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => k !== 'updated' && !same(b[k], a[k]),
  );
  if (!fields.length) return [];
  const id = String(a.id ?? '');
  return [
    {
      kind: 'record-changed',
      record: id,
      name: nameOf(a),
      fields,
      before: Object.fromEntries(fields.map((k) => [k, b[k]])),
      after: Object.fromEntries(fields.map((k) => [k, a[k]])),
    },
  ];
}
