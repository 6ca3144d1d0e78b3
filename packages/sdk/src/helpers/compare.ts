/**
 * Line-by-line comparison of two budget datasets: this year vs last year, or 预算 vs 决算.
 * Figures are compared, never added together; a line present on one side only is kept.
 */
import type { Budget } from '../model/budget.js';
import { change, type Change } from '../rules/change.js';
import { convertAmount } from './amount.js';

export interface LineComparison extends Change {
  code: string;
  name: string;
  /** True when |percent| reaches the threshold given to the comparison. */
  notable: boolean;
}

export interface Comparison {
  unit: Budget['unit'];
  current: { year: number; phase: Budget['phase'] };
  previous: { year: number; phase: Budget['phase'] };
  lines: LineComparison[];
}

export interface CompareOptions {
  /** Percent change from which a line is flagged notable. Default 10. */
  threshold?: number;
}

/** Compares `current` with `previous`, in `current`'s unit. */
export function compareBudgets(current: Budget, previous: Budget, { threshold = 10 }: CompareOptions = {}): Comparison {
  const prev = new Map(previous.lines.map((l) => [l.code, l]));
  const seen = new Set<string>();
  const lines: LineComparison[] = [];
  const toUnit = (v: number | null | undefined) =>
    typeof v === 'number' ? convertAmount(v, previous.unit, current.unit) : v;
  const push = (code: string, name: string, c: number | null | undefined, p: number | null | undefined) => {
    const ch = change(c, p);
    lines.push({ code, name, ...ch, notable: ch.percent !== null && Math.abs(ch.percent) >= threshold });
  };
  for (const line of current.lines) {
    seen.add(line.code);
    push(line.code, line.name, line.total, toUnit(prev.get(line.code)?.total));
  }
  for (const line of previous.lines) if (!seen.has(line.code)) push(line.code, line.name, null, toUnit(line.total));
  lines.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    unit: current.unit,
    current: { year: current.year, phase: current.phase },
    previous: { year: previous.year, phase: previous.phase },
    lines,
  };
}

/** This year's lines against the `previous` figures printed beside them in the same table. */
export function compareWithPublishedPrevious(budget: Budget, options: CompareOptions = {}): LineComparison[] {
  const threshold = options.threshold ?? 10;
  return budget.lines.map((l) => {
    const ch = change(l.total, l.previous);
    return { code: l.code, name: l.name, ...ch, notable: ch.percent !== null && Math.abs(ch.percent) >= threshold };
  });
}
