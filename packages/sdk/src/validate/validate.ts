/**
 * `validate(kind, json)`: shape through the zod schema, then the semantic checks of that kind.
 * `validateRecord(kind, record)`: one record of a list kind (a fee, a guide, a process, a power) on its own.
 */
import * as z from 'zod/v4/mini';
import { isSchemaKind, type DataOf, type RecordKind, type RecordOf, type SchemaKind } from '../model/kinds.js';
import { describeRecords } from './describe-record.js';
import { safeParse } from './fast-path.js';
import { fromZodIssue } from './from-zod.js';
import { IssueList, makeIssue, type PathSegment, type ValidationIssue, type ValidationResult } from './issue.js';
import { rulesFor, type KindRules } from './kind-rules.js';
import { reportUnknownFields } from './unknown-fields.js';
import { checkPersonalData } from './checks/personal-data.js';
import { runSteps, type Steps } from '../helpers/steps.js';

/** The kinds a dataset file may declare for a requested kind (a budget file says budget). */
function declaredKind(input: unknown): unknown {
  return input !== null && typeof input === 'object' && !Array.isArray(input)
    ? (input as { kind?: unknown }).kind
    : undefined;
}

export interface ValidateOptions {
  /**
   * For display: a link that is not http(s) (e.g. `javascript:`) is removed and reported as a
   * warning, so one bad link does not hide a whole fee list. Publishers' checks leave this off.
   */
  dropUnsafeLinks?: boolean;
}

type Shape<T> = { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/** Shape, unknown fields and semantic checks of any schema; optional links dropped on request. */
function check<T>(
  input: unknown,
  parse: (input: unknown) => Shape<T>,
  semantic: (data: T, out: IssueList) => void | Steps,
  options: ValidateOptions,
): ValidationResult<T> {
  const parsed = parse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, input));
    if (options.dropUnsafeLinks && issues.every((i) => i.code === 'http_url')) {
      const again = check(withoutLinks(input, issues), parse, semantic, {});
      const dropped = issues.map((i) => makeIssue(i.path, 'unsafe_link_dropped', {}, 'warning'));
      return { ...again, issues: describeRecords(input, [...dropped, ...again.issues]) };
    }
    return { ok: false, issues: describeRecords(input, issues) };
  }
  const out = new IssueList();
  reportUnknownFields(input, parsed.data, out);
  const steps = semantic(parsed.data, out);
  if (steps) runSteps(steps);
  return {
    ok: !out.items.some((i) => i.severity === 'error'),
    data: parsed.data,
    issues: describeRecords(input, out.items),
  };
}

/**
 * The shape and unknown fields of `input` against `schema`, without any semantic check: for the parts
 * of a dataset checked one at a time (`validateSliced`), whose semantic checks need the whole.
 */
export function validateShape<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<T> {
  return check(
    input,
    (v) => safeParse(schema, v),
    () => undefined,
    options,
  );
}

/**
 * Validates one file. Never throws: anything wrong, including a wrong kind or non-object input,
 * comes back as issues with a path. `data` is present whenever the shape is valid.
 */
export function validate<K extends SchemaKind>(
  kind: K,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<DataOf<K>> {
  const rules = rulesToValidate(kind, input);
  if ('refused' in rules) return rules.refused;
  const semantic = (data: DataOf<K>, out: IssueList) => {
    const steps = rules.check(data, out);
    // Personal data is looked for in the file as given, whatever its kind (checks/personal-data.ts).
    checkPersonalData(kind, input, out);
    return steps;
  };
  return check(input, (v) => safeParse(rules.schema, v), semantic, options);
}

/**
 * The rules `input` is validated with as `kind`, or why it is refused before any of them: a kind
 * this version does not know, a file that declares another kind, a kind nobody registered.
 */
export function rulesToValidate<K extends SchemaKind>(
  kind: K,
  input: unknown,
): KindRules<K> | { refused: ValidationResult<never> } {
  const refused = (issue: ValidationIssue) => ({ refused: { ok: false, issues: [issue] } });
  if (!isSchemaKind(kind)) return refused(makeIssue([], 'unknown_kind', { kind: String(kind) }));
  const declared = declaredKind(input);
  if (kind !== 'manifest' && typeof declared === 'string' && declared !== kind) {
    return refused(makeIssue(['kind'], 'kind_mismatch', { actual: declared, expected: kind }));
  }
  return rulesFor(kind) ?? refused(makeIssue([], 'kind_not_loaded', { kind }));
}

/**
 * Validates one record of a list kind on its own (a guide or a process given to a widget without
 * its list); issue paths are relative to the record. Checks that need the whole list (unique ids)
 * or the whole feed (references) are not made.
 */
export function validateRecord<K extends RecordKind>(
  kind: K,
  record: unknown,
  options: ValidateOptions = {},
): ValidationResult<RecordOf<K>> {
  const rules = rulesFor(kind)?.record as
    | { schema: z.ZodMiniType<RecordOf<K>>; check: (r: RecordOf<K>, at: PathSegment[], out: IssueList) => void }
    | undefined;
  if (!rules) return { ok: false, issues: [makeIssue([], 'kind_not_loaded', { kind })] };
  const { schema, check: semantic } = rules;
  return check(
    record,
    (v) => safeParse(schema, v),
    (r, out) => semantic(r, [], out),
    options,
  );
}

/**
 * `input` without the offending optional links. Only the objects on the way to each link are copied
 * (shallowly), never the whole input: a deeply nested or very large file is not cloned.
 */
function withoutLinks(input: unknown, linkIssues: ValidationIssue[]): unknown {
  if (input === null || typeof input !== 'object') return input;
  type Node = Record<PathSegment, unknown>;
  const made = new Set<unknown>();
  const copy = (o: object): Node => {
    const c = (Array.isArray(o) ? [...o] : { ...o }) as Node;
    made.add(c);
    return c;
  };
  const root = copy(input);
  for (const { path } of linkIssues) {
    let parent = root;
    for (let i = 0; i < path.length - 1; i++) {
      const child = parent[path[i]!];
      if (child === null || typeof child !== 'object') break;
      parent = (made.has(child) ? child : (parent[path[i]!] = copy(child))) as Node;
    }
    delete parent[path[path.length - 1]!];
  }
  return root;
}
