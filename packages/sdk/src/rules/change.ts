/** Change between two published figures, keeping "not reported" (null) apart from zero. */

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
