/**
 * "三公" changes with their published reasons, the printed percentage checked against the amounts,
 * and the printed 合计 and 公务用车 subtotal checked against their parts. A printed figure is what is
 * shown; our sums only stand beside it (or in its place when nothing was printed, marked computed).
 */
import {
  THREE_PUBLIC_CATEGORIES,
  type ThreePublic,
  type ThreePublicCategory,
  type ThreePublicLine,
} from '../model/three-public.js';
import type { PublishedChange } from '../model/published.js';
import { change, publishedChangeDisagrees, type Change } from '../rules/change.js';
import { sumTolerance } from '../rules/tolerance.js';

export interface ThreePublicChange extends Change {
  category: ThreePublicCategory | 'total' | 'vehicle';
  budget: number | null;
  actual: number | null;
  /** The change exactly as published, if any (a model-1 `publishedChangePercent` reads as one). */
  published: PublishedChange | null;
  /** The published percentage, if any. */
  publishedPercent: number | null;
  /** True when the published change disagrees with the amounts beyond its printed precision. */
  percentMismatch: boolean;
  reason?: string;
}

type Column = 'budget' | 'actual' | 'previous';
const COLUMNS: Column[] = ['budget', 'actual', 'previous'];

export interface ThreePublicSubtotalRow extends ThreePublicChange {
  /** True when the table prints this row; otherwise its figures are our sums (marked computed). */
  printed: boolean;
  /** Our sum of the parts, per column (null when no part has a figure there). */
  computed: Record<Column, number | null>;
  /** Columns where the printed figure and the sum of the parts disagree. */
  mismatch: Column[];
  /** Parts the table does not list: the sum covers only those printed. */
  missing: ThreePublicCategory[];
}

export interface ThreePublicSummary {
  /** The four spending lines that are printed, in the standard order. */
  lines: ThreePublicChange[];
  /** 公务用车购置及运行维护费: printed, or computed from its two parts when any is printed. */
  vehicle: ThreePublicSubtotalRow | null;
  /** 合计: printed, or computed from the lines. */
  total: ThreePublicSubtotalRow;
}

const sum = (values: (number | null | undefined)[]): number | null => {
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length ? nums.reduce((a, b) => a + b, 0) : null;
};

function lineChange(l: ThreePublicLine): ThreePublicChange {
  const ch = change(l.actual ?? l.budget, l.previous);
  const published: PublishedChange | null =
    l.change ?? (typeof l.publishedChangePercent === 'number' ? { percent: l.publishedChangePercent } : null);
  return {
    category: l.category,
    budget: l.budget,
    actual: l.actual ?? null,
    ...ch,
    published,
    publishedPercent: published?.percent ?? null,
    percentMismatch: published !== null && publishedChangeDisagrees(published, ch),
    reason: l.reason,
  };
}

function subtotal(
  category: 'total' | 'vehicle',
  printed: ThreePublicLine | undefined,
  parts: ThreePublicCategory[],
  lines: ThreePublicChange[],
): ThreePublicSubtotalRow {
  const present = lines.filter((l) => (parts as string[]).includes(l.category));
  const computed = {
    budget: sum(present.map((l) => l.budget)),
    actual: sum(present.map((l) => l.actual)),
    previous: sum(present.map((l) => l.previous)),
  };
  const missing = parts.filter((p) => !present.some((l) => l.category === p));
  if (!printed) {
    const ch = change(computed.actual ?? computed.budget, computed.previous);
    return {
      category,
      ...computed,
      ...ch,
      published: null,
      publishedPercent: null,
      percentMismatch: false,
      printed: false,
      computed,
      mismatch: [],
      missing,
    };
  }
  const row = lineChange(printed);
  const mismatch = COLUMNS.filter((c) => {
    const p = row[c];
    const s = computed[c];
    return (
      typeof p === 'number' && s !== null && missing.length === 0 && Math.abs(p - s) > sumTolerance(present.length)
    );
  });
  return { ...row, printed: true, computed, mismatch, missing };
}

/** Current = actual when published (决算), else the budget. Lines come in the standard order. */
export function threePublicChanges(data: ThreePublic): ThreePublicSummary {
  const order = (c: string) => THREE_PUBLIC_CATEGORIES.indexOf(c as ThreePublicCategory);
  const lines = data.lines
    .filter((l) => order(l.category) >= 0)
    .sort((a, b) => order(a.category) - order(b.category))
    .map(lineChange);
  const printed = (c: string) => data.lines.find((l) => l.category === c);
  const vehicleParts: ThreePublicCategory[] = ['vehicle-purchase', 'vehicle-operation'];
  const vehicle =
    printed('vehicle') || lines.some((l) => (vehicleParts as string[]).includes(l.category))
      ? subtotal('vehicle', printed('vehicle'), vehicleParts, lines)
      : null;
  return { lines, vehicle, total: subtotal('total', printed('total'), [...THREE_PUBLIC_CATEGORIES], lines) };
}
