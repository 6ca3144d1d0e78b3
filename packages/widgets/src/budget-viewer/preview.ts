/**
 * A budget's first screen from a cheap structural pass, before the full checks: the header, the
 * chart's first level, the splits and the table's top rows need only the lines and a few header
 * fields, each checked here for the type the view reads (a figure is a finite number from 0 to 10¹⁵,
 * or null; text is cleaned as the schema cleans it). Anything else (revenue, the nine tables, the
 * explanation) waits for the checked dataset, below what is already on screen. Data this pass cannot
 * read gets no preview: the full checks then say what is wrong.
 */
import {
  AMOUNT_UNITS,
  BUDGET_PHASES,
  FIGURE_LIMIT,
  FUNCTION_CODE,
  MAX_DIGITS,
  cleanText,
  endsStep,
  type Steps,
  type Budget,
  type BudgetLine,
  type PublishedChange,
  type TotalRow,
} from '@gongkai/sdk/core';

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const isAmount = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= FIGURE_LIMIT);
const isFigure = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= FIGURE_LIMIT);
const isDigits = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_DIGITS;
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const text = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = cleanText(v);
  return t ? t : undefined;
};

const PHASES: ReadonlySet<string> = new Set(BUDGET_PHASES);
const UNITS: ReadonlySet<string> = new Set(AMOUNT_UNITS);

function isChange(v: unknown): v is PublishedChange {
  return (
    isRec(v) &&
    optional(v.amount, isFigure) &&
    optional(v.percent, isFigure) &&
    optional(v.amountDigits, isDigits) &&
    optional(v.percentDigits, isDigits)
  );
}

function isTotalRow(v: unknown): v is TotalRow {
  return (
    isRec(v) &&
    optional(v.total, isAmount) &&
    optional(v.basic, isAmount) &&
    optional(v.project, isAmount) &&
    optional(v.previous, isAmount) &&
    optional(v.change, isChange)
  );
}

function line(v: unknown): BudgetLine | undefined {
  if (!isRec(v)) return undefined;
  const name = text(v.name);
  if (!name || !isAmount(v.total)) return undefined;
  if (!optional(v.code, (c) => typeof c === 'string' && FUNCTION_CODE.test(c))) return undefined;
  for (const k of ['basic', 'project', 'previous'] as const) if (!optional(v[k], isAmount)) return undefined;
  if (!optional(v.change, isChange)) return undefined;
  if (!optional(v.funding, (f) => isRec(f) && Object.values(f).every(isAmount))) return undefined;
  // Copied only when cleaning changed the name (most lines are kept as given: 50,000 copies cost).
  return name === v.name ? (v as BudgetLine) : { ...(v as BudgetLine), name };
}

/** The part of a budget its first screen shows, when every field of it has the type the view reads. */
export function* budgetPreview(data: unknown, kinds: readonly string[]): Steps<Budget | undefined> {
  if (!isRec(data) || !kinds.includes(data.kind as string) || !Array.isArray(data.lines)) return undefined;
  const department = text(data.department);
  const year = data.year;
  if (!department || typeof year !== 'number' || !Number.isInteger(year)) return undefined;
  if (!PHASES.has(data.phase as string) || !UNITS.has(data.unit as string)) return undefined;
  const title = data.title === undefined ? undefined : text(data.title);
  if ((data.title !== undefined && !title) || !optional(data.total, isTotalRow)) return undefined;
  const lines: BudgetLine[] = [];
  const given = data.lines as unknown[];
  for (let i = 0; i < given.length; i++) {
    if (endsStep(i)) yield;
    const checked = line(given[i]);
    if (!checked) return undefined;
    lines.push(checked);
  }
  const { kind, phase, unit, total } = data as Budget;
  return { kind, department, year, phase, unit, total, lines, ...(title ? { title } : {}) } as Budget;
}
