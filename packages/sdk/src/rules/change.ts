/** Change between two published figures, keeping "not reported" (null) apart from zero. */
import type { PublishedChange } from '../model/published.js';
import { printedDisagrees } from './tolerance.js';

export interface Change {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either side was not reported. */
  delta: number | null;
  /** Percent change; null when either side was not reported or previous is 0. */
  percent: number | null;
}

export function changePercent(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

export function change(current: number | null | undefined, previous: number | null | undefined): Change {
  const c = typeof current === 'number' ? current : null;
  const p = typeof previous === 'number' ? previous : null;
  return { current: c, previous: p, delta: c !== null && p !== null ? c - p : null, percent: changePercent(c, p) };
}

/** A printed change against our own (when both figures it derives from are printed). */
export function publishedChangeDisagrees(published: PublishedChange, computed: Change): boolean {
  const { amount, percent } = published;
  if (typeof amount === 'number' && computed.delta !== null) {
    if (printedDisagrees(amount, computed.delta, published.amountDigits ?? 2)) return true;
  }
  if (typeof percent === 'number' && computed.percent !== null) {
    if (printedDisagrees(percent, computed.percent, published.percentDigits ?? 2)) return true;
  }
  return false;
}
