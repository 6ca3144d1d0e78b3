/** "三公" changes with their published reasons, and the printed percentage checked against the amounts. */
import { THREE_PUBLIC_CATEGORIES, type ThreePublic, type ThreePublicCategory } from '../model/three-public.js';
import { change, type Change } from '../rules/change.js';
import { percentDisagrees } from '../rules/tolerance.js';

export interface ThreePublicChange extends Change {
  category: ThreePublicCategory;
  budget: number | null;
  actual: number | null;
  /** The percentage exactly as published, if any. */
  publishedPercent: number | null;
  /** True when the published percentage disagrees with the amounts (both are kept). */
  percentMismatch: boolean;
  reason?: string;
}

export interface ThreePublicSummary {
  lines: ThreePublicChange[];
  /** Sum of the four lines; null on a side where no line reported a figure. */
  total: Change & { budget: number | null; actual: number | null };
}

const sum = (values: (number | null | undefined)[]): number | null => {
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length ? nums.reduce((a, b) => a + b, 0) : null;
};

/** Current = actual when published (决算), else the budget. Lines come in the standard order. */
export function threePublicChanges(data: ThreePublic): ThreePublicSummary {
  const order = (c: ThreePublicCategory) => THREE_PUBLIC_CATEGORIES.indexOf(c);
  const lines = [...data.lines]
    .sort((a, b) => order(a.category) - order(b.category))
    .map((l): ThreePublicChange => {
      const ch = change(l.actual ?? l.budget, l.previous);
      const published = l.publishedChangePercent ?? null;
      return {
        category: l.category,
        budget: l.budget,
        actual: l.actual ?? null,
        ...ch,
        publishedPercent: published,
        percentMismatch: published !== null && ch.percent !== null && percentDisagrees(published, ch.percent),
        reason: l.reason,
      };
    });
  const current = sum(lines.map((l) => l.current));
  const previous = sum(lines.map((l) => l.previous));
  return {
    lines,
    total: {
      ...change(current, previous),
      budget: sum(lines.map((l) => l.budget)),
      actual: sum(lines.map((l) => l.actual)),
    },
  };
}
