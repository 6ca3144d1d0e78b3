/**
 * Line-by-line comparison of two budget datasets: this year vs last year, or 预算 vs 决算.
 * Figures are compared, never added together; a line present on one side only is kept.
 */
import type { Budget, BudgetLine } from '../model/budget.js';
import type { PublishedChange } from '../model/published.js';
import { change, publishedChangeDisagrees, type Change } from '../rules/change.js';
import { convertAmount } from './amount.js';

export interface LineComparison extends Change {
  /** The 科目编码; undefined for a row printed without one. */
  code?: string;
  name: string;
  /** True when |percent| reaches the threshold given to the comparison. */
  notable: boolean;
  /** The change as printed beside the line, when it was (shown even when no 上年数 is printed). */
  published?: PublishedChange;
  /** True when the printed change disagrees with our arithmetic beyond its printed precision. */
  publishedMismatch?: boolean;
}

/** Lines are matched by code; a row printed without one is matched by its name. */
const lineKey = (l: Pick<BudgetLine, 'code' | 'name'>) => l.code ?? `名称:${l.name}`;
const byCodeThenName = (a: LineComparison, b: LineComparison) => {
  const ka = a.code ?? `~${a.name}`;
  const kb = b.code ?? `~${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

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
  const prev = new Map(previous.lines.map((l) => [lineKey(l), l]));
  const seen = new Set<string>();
  const lines: LineComparison[] = [];
  const toUnit = (v: number | null | undefined) =>
    typeof v === 'number' ? convertAmount(v, previous.unit, current.unit) : v;
  const push = (line: BudgetLine, c: number | null | undefined, p: number | null | undefined) => {
    const ch = change(c, p);
    const notable = ch.percent !== null && Math.abs(ch.percent) >= threshold;
    const out: LineComparison = { name: line.name, ...ch, notable };
    if (line.code !== undefined) out.code = line.code;
    lines.push(out);
  };
  for (const line of current.lines) {
    seen.add(lineKey(line));
    push(line, line.total, toUnit(prev.get(lineKey(line))?.total));
  }
  for (const line of previous.lines) if (!seen.has(lineKey(line))) push(line, null, toUnit(line.total));
  lines.sort(byCodeThenName);
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
    const percent = ch.percent ?? l.change?.percent ?? null;
    const out: LineComparison = {
      name: l.name,
      ...ch,
      notable: percent !== null && Math.abs(percent) >= threshold,
    };
    if (l.code !== undefined) out.code = l.code;
    if (l.change) {
      out.published = l.change;
      out.publishedMismatch = publishedChangeDisagrees(l.change, ch);
    }
    return out;
  });
}
