/**
 * The freshness and quality rules of the platform's report: which expected kinds a publisher lacks,
 * which datasets are older than their kind allows, whether a year's 预算 was public within the
 * days allowed after its approval, and the red/amber/green status that sums it up. Pure functions:
 * the date is given, so the rules are tested without a clock. The hall screens judge each panel's
 * dataset by the same ages (`staleAge`).
 */
import type { FreshnessRules, ReportStatus } from '../model/harvest.js';

export interface DatasetFacts {
  id: string;
  kind: string;
  year?: number;
  /** The dataset's own date; null when not printed. */
  updated: string | null;
}

export interface Stale {
  dataset?: string;
  kind: string;
  updated: string | null;
  ageDays: number | null;
  rule: string;
}

/** The kinds a county department is expected to publish when the registry says nothing. */
export const DEFAULT_EXPECTED = ['budget', 'final-account', 'three-public', 'fee-list', 'service-guide', 'power-list'];

/** Default ages (days) after which a dataset of a kind is stale: 栏目不更新 is a veto item. */
export const DEFAULT_MAX_AGE: Record<string, number> = {
  budget: 400,
  'final-account': 400,
  'three-public': 400,
  'fee-list': 365,
  'service-guide': 365,
  'power-list': 365,
  process: 365,
  results: 90,
  // Due every 31 January: a report older than a year and a month means the last one is missing.
  'annual-report': 400,
};

const DAY = 86_400_000;
const ageDays = (updated: string, now: Date) => Math.floor((now.getTime() - Date.parse(updated)) / DAY);

/**
 * The age in days of a dataset of `kind` updated at `updated`, when it is past what its kind allows
 * (`maxAgeDays` overrides the defaults); undefined when it is fresh, its kind has no rule, or its
 * date is not printed or not readable.
 */
export function staleAge(
  kind: string,
  updated: string | null | undefined,
  now: Date,
  maxAgeDays: Record<string, number> = {},
): number | undefined {
  const limit = { ...DEFAULT_MAX_AGE, ...maxAgeDays }[kind];
  if (limit === undefined || !updated || Number.isNaN(Date.parse(updated))) return undefined;
  const age = ageDays(updated, now);
  return age > limit ? age : undefined;
}

export function missingKinds(datasets: readonly DatasetFacts[], expected: readonly string[]): string[] {
  const have = new Set(datasets.map((d) => d.kind));
  return expected.filter((k) => !have.has(k));
}

/** Kinds published once per year: only the newest year's dataset can be stale (2025's 预算 is not). */
const YEARLY = new Set(['budget', 'final-account', 'three-public', 'annual-report']);

function newestOfYearly(datasets: readonly DatasetFacts[]): DatasetFacts[] {
  const newest = new Map<string, DatasetFacts>();
  for (const d of datasets) {
    if (!YEARLY.has(d.kind)) continue;
    const seen = newest.get(d.kind);
    if (!seen || (d.year ?? 0) > (seen.year ?? 0)) newest.set(d.kind, d);
  }
  return datasets.filter((d) => !YEARLY.has(d.kind) || newest.get(d.kind) === d);
}

export function staleDatasets(datasets: readonly DatasetFacts[], rules: FreshnessRules = {}, now: Date): Stale[] {
  const maxAge = { ...DEFAULT_MAX_AGE, ...rules.maxAgeDays };
  const out: Stale[] = [];
  for (const d of newestOfYearly(datasets)) {
    const limit = maxAge[d.kind];
    if (limit === undefined) continue;
    if (d.updated === null) {
      out.push({ dataset: d.id, kind: d.kind, updated: null, ageDays: null, rule: 'updated-unknown' });
      continue;
    }
    const age = ageDays(d.updated, now);
    if (age > limit)
      out.push({ dataset: d.id, kind: d.kind, updated: d.updated, ageDays: age, rule: `max-age-${limit}` });
  }
  // A year's 预算 must be public within `budgetDays` of its approval (20 days by the 预算法).
  const days = rules.budgetDays ?? 20;
  for (const [year, approved] of Object.entries(rules.budgetApproved ?? {})) {
    const deadline = Date.parse(approved) + days * DAY;
    const budget = datasets.find((d) => d.kind === 'budget' && d.year === Number(year));
    const late =
      budget === undefined
        ? now.getTime() > deadline
        : budget.updated !== null && Date.parse(budget.updated) > deadline + DAY - 1;
    if (late)
      out.push({
        ...(budget ? { dataset: budget.id } : {}),
        kind: 'budget',
        updated: budget?.updated ?? null,
        ageDays: budget?.updated ? ageDays(budget.updated, now) : null,
        rule: `budget-${year}-within-${days}-days-of-${approved}`,
      });
  }
  return out;
}

/** Red: unreadable, errors, missing kinds or a late 预算. Amber: stale, warnings or a last good copy. */
export function publisherStatus(p: {
  readable: boolean;
  errors: number;
  warnings: number;
  missingKinds: readonly string[];
  stale: readonly Stale[];
  lastGood: readonly string[];
}): ReportStatus {
  if (!p.readable || p.errors > 0 || p.missingKinds.length > 0 || p.stale.some((s) => s.rule.startsWith('budget-')))
    return 'red';
  if (p.stale.length > 0 || p.warnings > 0 || p.lastGood.length > 0) return 'amber';
  return 'green';
}
