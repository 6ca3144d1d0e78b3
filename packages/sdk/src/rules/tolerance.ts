/**
 * How far a published figure may be from our own arithmetic before we say they disagree. Published
 * figures are rounded, so exact equality would flag honest tables.
 */

/** Each child is rounded to the table's precision, so the sum may drift by half a unit per child. */
export function sumTolerance(childCount: number): number {
  return Math.max(0.01, 0.005 * childCount) + 1e-9;
}

/** Printed percentages carry two decimals: a gap beyond their rounding is a real disagreement. */
export function percentDisagrees(published: number, computed: number): boolean {
  return Math.abs(published - computed) > 0.015;
}
