/** Fee list semantics: unique ids, ranges the right way round, dates in order, status agrees with standard. */
import type { Fee, FeeList } from '../../model/fees.js';
import type { IssueList, PathSegment } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkFeeList(data: FeeList, out: IssueList): void {
  checkUniqueIds(data.items, 'items', out);
  data.items.forEach((fee, i) => checkFee(fee, ['items', i], out));
  checkHierarchy(data.items, out);
}

/** Sub-items (2(1) under 2) point at an item of the same list, and never round in a circle. */
function checkHierarchy(items: readonly Fee[], out: IssueList): void {
  const byId = new Map(items.map((f) => [f.id, f]));
  items.forEach((fee, i) => {
    if (fee.parent === undefined) return;
    if (!byId.has(fee.parent)) return out.error(['items', i, 'parent'], 'fee_parent_missing', { parent: fee.parent });
    const seen = new Set([fee.id]);
    for (let p = byId.get(fee.parent); p; p = p.parent === undefined ? undefined : byId.get(p.parent)) {
      if (seen.has(p.id)) return out.error(['items', i, 'parent'], 'fee_parent_cycle', { id: fee.id });
      seen.add(p.id);
    }
  });
}

/** The checks of one fee, at `at` (its place in the list, or `[]` for a fee on its own). */
export function checkFee(fee: Fee, at: readonly PathSegment[], out: IssueList): void {
  const s = fee.standard;
  if (s?.type === 'range' && s.min > s.max)
    out.error([...at, 'standard', 'min'], 'range_inverted', { min: s.min, max: s.max });
  if (s?.type === 'per-unit' && s.minCharge !== undefined && s.maxCharge !== undefined && s.minCharge > s.maxCharge) {
    out.error([...at, 'standard', 'minCharge'], 'range_inverted', { min: s.minCharge, max: s.maxCharge });
  }
  if (fee.effectiveFrom && fee.effectiveTo && fee.effectiveFrom > fee.effectiveTo) {
    out.error([...at, 'effectiveTo'], 'date_order', { from: fee.effectiveFrom, to: fee.effectiveTo });
  }
  if (fee.status === 'suspended' && s && s.type !== 'suspended') out.warn([...at, 'status'], 'status_standard');
}
