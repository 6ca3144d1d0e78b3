/**
 * `validateSliced(kind, input)`: the same result as `validate()`, for a list given whole (a fee list
 * of 100,000 rows), checked a slice of records at a time with a pause between slices, so a page
 * never freezes while it validates.
 */
import {
  RECORD_LISTS,
  isRecordKind,
  type DataOf,
  type RecordKind,
  type RecordOf,
  type SchemaKind,
} from '../model/kinds.js';
import { describeRecords } from './describe-record.js';
import { IssueList, type ValidationIssue, type ValidationResult } from './issue.js';
import { UniqueIds } from './checks/unique-ids.js';
import { CANCELLED, macrotask, runStepsSoon } from '../helpers/steps.js';
import { rulesToValidate, validate, validateRecord, validateShape, type ValidateOptions } from './validate.js';

/**
 * The one rule for a long list given whole (a widget's `.data`), stated in SECURITY.md with these
 * numbers (test/hostile/scale.test.ts checks they agree). Lists of more than `from` records are shown
 * in two steps: their first `first` records, checked, at once, marked as still being checked; then,
 * once every record is checked (`slice` at most per task), the whole list, or, when a record is
 * wrong, a refusal of the whole list. Shorter lists are checked at once, and shown whole or refused.
 * 1,000 fees checked at once held their first screen back by 25–30 ms; 2,000 made it a long task.
 */
export const LONG_LIST = { from: 500, first: 200, slice: 2000 } as const;

export interface SlicedOptions extends ValidateOptions {
  /** At most this many records per slice (default `LONG_LIST.slice`, 2,000). */
  slice?: number;
  /**
   * A slice ends once it has taken this long (default 8 ms), checked every 100 records: a slow or
   * busy machine gets smaller slices, so no slice becomes a long task.
   */
  budgetMs?: number;
  /** Waits between slices; default a macrotask (`setTimeout(0)`), so input and paint get their turn. */
  pause?: () => Promise<void>;
  /** Stops early (the page moved on); the result is then incomplete and `ok: false`. */
  cancelled?: () => boolean;
}

export async function validateSliced<K extends SchemaKind>(
  kind: K,
  input: unknown,
  options: SlicedOptions = {},
): Promise<ValidationResult<DataOf<K>>> {
  if (!isRecordKind(kind)) return validateWithPart(kind, input, options);
  const key = RECORD_LISTS[kind];
  const list = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return validate(kind, input, options);
  // The dataset's own fields, with an empty list; then each record on its own.
  const head = validate(kind, { ...(input as object), [key]: [] }, options);
  const r = await validateRecordsSliced(kind as RecordKind, list, options);
  const issues = [...head.issues, ...r.issues.map((i) => ({ ...i, path: [key, ...i.path], record: undefined }))];
  describeRecords(input, issues);
  if (!head.data || !r.records) return { ok: false, issues };
  const data = { ...(head.data as object), [key]: r.records } as DataOf<K>;
  return { ok: !issues.some((i) => i.severity === 'error'), data, issues };
}

/** What checking records gives: the records (absent when any has an invalid shape) and the issues. */
export interface RecordsResult<R> {
  ok: boolean;
  records?: R[];
  issues: ValidationIssue[];
}

interface RecordsRun<K extends RecordKind> {
  kind: K;
  list: readonly unknown[];
  options: ValidateOptions;
  records: RecordOf<K>[];
  issues: ValidationIssue[];
  shapeless: boolean;
  /** Repeated ids, checked slice by slice as well (reported after the records' own issues). */
  ids: UniqueIds;
  duplicates: IssueList;
}

function checkRange<K extends RecordKind>(run: RecordsRun<K>, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const r = validateRecord(run.kind, run.list[i], run.options);
    for (const issue of r.issues) run.issues.push({ ...issue, path: [i, ...issue.path] });
    if (!r.data) {
      run.shapeless = true;
      continue;
    }
    run.ids.add((r.data as { id: string }).id, run.records.length);
    run.records.push(r.data);
  }
}

function finish<K extends RecordKind>(run: RecordsRun<K>): RecordsResult<RecordOf<K>> {
  if (run.shapeless) return { ok: false, issues: run.issues };
  run.issues.push(...run.duplicates.items);
  return { ok: !run.issues.some((i) => i.severity === 'error'), records: run.records, issues: run.issues };
}

function startRun<K extends RecordKind>(kind: K, list: readonly unknown[], options: ValidateOptions): RecordsRun<K> {
  const duplicates = new IssueList();
  return {
    kind,
    list,
    options,
    records: [],
    issues: [],
    shapeless: false,
    ids: new UniqueIds([], duplicates),
    duplicates,
  };
}

/**
 * The records of a list kind given on their own (an array of fees), each checked as
 * `validateRecord` does and their ids checked unique. Issue paths start with the index.
 */
export function validateRecords<K extends RecordKind>(
  kind: K,
  list: readonly unknown[],
  options: ValidateOptions = {},
): RecordsResult<RecordOf<K>> {
  const run = startRun(kind, list, options);
  checkRange(run, 0, list.length);
  return finish(run);
}

/** `validateRecords`, a slice at a time with a pause between slices. */
export async function validateRecordsSliced<K extends RecordKind>(
  kind: K,
  list: readonly unknown[],
  options: SlicedOptions = {},
): Promise<RecordsResult<RecordOf<K>>> {
  const run = startRun(kind, list, options);
  if (!(await inSlices(list.length, options, (start, end) => checkRange(run, start, end))))
    return { ok: false, issues: run.issues };
  return finish(run);
}

/**
 * Calls `step(start, end)` over `0…length` in runs of 100, ending a slice at `slice` items or after
 * `budgetMs`, with a pause between slices. False when cancelled on the way.
 */
async function inSlices(
  length: number,
  options: SlicedOptions,
  step: (start: number, end: number) => void,
): Promise<boolean> {
  const { slice = LONG_LIST.slice, budgetMs = 8, pause = macrotask, cancelled = () => false } = options;
  for (let start = 0; start < length;) {
    if (start > 0) await pause();
    if (cancelled()) return false;
    const began = performance.now();
    const last = Math.min(length, start + slice);
    do {
      const end = Math.min(last, start + 100);
      step(start, end);
      start = end;
    } while (start < last && performance.now() - began < budgetMs);
  }
  return true;
}

/**
 * A dataset with a long part (a budget's lines): the dataset without it, then each item's shape a
 * slice at a time, then the kind's semantic checks on the whole (they compare lines with each other).
 * The same issues as `validate()` (in another order); a kind without such a part is `validate()`d.
 */
async function validateWithPart<K extends SchemaKind>(
  kind: K,
  input: unknown,
  options: SlicedOptions,
): Promise<ValidationResult<DataOf<K>>> {
  // Refused as validate() refuses it (unknown, another kind, not registered), before any slice.
  const rules = rulesToValidate(kind, input);
  if ('refused' in rules) return rules.refused;
  const part = rules.part;
  const list = part && isObject(input) ? input[part.key] : undefined;
  if (!part || !Array.isArray(list)) return validate(kind, input, options);
  const fail = (issues: ValidationIssue[]) => ({ ok: false, issues: describeRecords(input, issues) });
  // Shape and unknown fields only: the semantic checks need the items.
  const head = validateShape(rules.schema, { ...(input as object), [part.key]: [] }, options);
  const issues = [...head.issues];
  const items: unknown[] = [];
  let shapeless = !head.data;
  const done = await inSlices(list.length, options, (start, end) => {
    for (let i = start; i < end; i++) {
      const r = validateShape(part.schema, list[i], options);
      for (const issue of r.issues) issues.push({ ...issue, path: [part.key, i, ...issue.path], record: undefined });
      if (r.data === undefined) shapeless = true;
      else items.push(r.data);
    }
  });
  if (!done || shapeless) return fail(issues);
  const data = { ...(head.data as object), [part.key]: items } as DataOf<K>;
  const out = new IssueList();
  const steps = rules.check(data, out);
  // The checks compare lines with each other: a slice of their steps at a time, as the shapes were.
  if (steps && (await runStepsSoon(steps, options)) === CANCELLED) return fail(issues);
  issues.push(...out.items);
  return { ok: !issues.some((i) => i.severity === 'error'), data, issues: describeRecords(input, issues) };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
