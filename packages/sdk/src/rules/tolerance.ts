/**
 * How far a published figure may be from our own arithmetic before we say they disagree. Published
 * figures are rounded, so exact equality would flag honest tables.
 */

/** Each child is rounded to the table's precision, so the sum may drift by half a unit per child. */
export function sumTolerance(childCount: number): number {
  return Math.max(0.01, 0.005 * childCount) + 1e-9;
}

/**
 * A printed figure with `digits` decimals stands for anything within half its last unit; the amounts
 * it is computed from are rounded to two decimals themselves, hence the extra 0.01. "133%" (0 digits)
 * agrees with 133.33; "-7.81%" (2 digits) does not agree with -7.95.
 */
export function printedDisagrees(published: number, computed: number, digits = 2): boolean {
  return Math.abs(published - computed) > 0.5 * 10 ** -digits + 0.01 + 1e-9;
}

/** Printed percentages carry two decimals unless the publication says otherwise. */
export function percentDisagrees(published: number, computed: number, digits = 2): boolean {
  return printedDisagrees(published, computed, digits);
}
