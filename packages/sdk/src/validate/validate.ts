/** `validate(kind, json)`: shape through the zod schema, then the semantic checks of that kind. */
import { SCHEMAS, isSchemaKind, type DataOf, type SchemaKind } from '../model/kinds.js';
import type { Budget } from '../model/budget.js';
import type { FeeList } from '../model/fees.js';
import type { Manifest } from '../model/manifest.js';
import type { ProcessList } from '../model/process.js';
import type { ServiceGuideList } from '../model/service-guide.js';
import type { ThreePublic } from '../model/three-public.js';
import { checkBudget } from './checks/budget.js';
import { checkFeeList } from './checks/fees.js';
import { checkManifest } from './checks/manifest.js';
import { checkProcessList } from './checks/process.js';
import { checkServiceGuides } from './checks/service-guide.js';
import { checkThreePublic } from './checks/three-public.js';
import { fromZodIssue } from './from-zod.js';
import { IssueList, makeIssue, type ValidationIssue, type ValidationResult } from './issue.js';
import { reportUnknownFields } from './unknown-fields.js';

const SEMANTIC_CHECKS: { [K in SchemaKind]: (data: DataOf<K>, out: IssueList) => void } = {
  manifest: (d: Manifest, out) => checkManifest(d, out),
  budget: (d: Budget, out) => checkBudget(d, 'budget', out),
  'final-account': (d: Budget, out) => checkBudget(d, 'final-account', out),
  'three-public': (d: ThreePublic, out) => checkThreePublic(d, out),
  'fee-list': (d: FeeList, out) => checkFeeList(d, out),
  'service-guide': (d: ServiceGuideList, out) => checkServiceGuides(d, out),
  process: (d: ProcessList, out) => checkProcessList(d, out),
};

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

/**
 * Validates one file. Never throws: anything wrong, including a wrong kind or non-object input,
 * comes back as issues with a JSON path. `data` is present whenever the shape is valid.
 */
export function validate<K extends SchemaKind>(
  kind: K,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<DataOf<K>> {
  if (!isSchemaKind(kind)) return { ok: false, issues: [makeIssue('', 'unknown_kind', { kind: String(kind) })] };
  const declared = declaredKind(input);
  if (kind !== 'manifest' && typeof declared === 'string' && declared !== kind) {
    return { ok: false, issues: [makeIssue(['kind'], 'kind_mismatch', { actual: declared, expected: kind })] };
  }
  const parsed = SCHEMAS[kind].safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => fromZodIssue(issue, input));
    if (options.dropUnsafeLinks && issues.every((i) => i.code === 'http_url')) return withoutLinks(kind, input, issues);
    return { ok: false, issues };
  }
  const data = parsed.data as DataOf<K>;
  const out = new IssueList();
  reportUnknownFields(input, data, out);
  SEMANTIC_CHECKS[kind](data, out);
  return { ok: !out.items.some((i) => i.severity === 'error'), data, issues: out.items };
}

/** Deletes the offending optional links from a copy and validates again; the links become warnings. */
function withoutLinks<K extends SchemaKind>(
  kind: K,
  input: unknown,
  linkIssues: ValidationIssue[],
): ValidationResult<DataOf<K>> {
  const copy = structuredClone(input);
  for (const issue of linkIssues) {
    const path = parsePath(issue.path);
    const key = path.pop();
    let parent: unknown = copy;
    for (const seg of path) parent = (parent as Record<string | number, unknown>)?.[seg];
    if (parent && typeof parent === 'object' && key !== undefined)
      delete (parent as Record<string | number, unknown>)[key];
  }
  const again = validate(kind, copy);
  const dropped = linkIssues.map((i) => makeIssue(i.path, 'unsafe_link_dropped', {}, 'warning'));
  return { ...again, issues: [...dropped, ...again.issues] };
}

/** `items[3].basis[0].url` → ['items', 3, 'basis', 0, 'url'] */
function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? (JSON.parse(`"${m[3]}"`) as string) : m[1]!,
  );
}
