/**
 * Whole-feed checks: every dataset against its kind, the kind the manifest declares against the
 * file, and references between datasets (a guide's fees and process) resolved inside the feed.
 */
import type { DataOf } from '../model/kinds.js';
import type { Manifest } from '../model/manifest.js';
import { isSchemaKind } from '../model/kinds.js';
import { IssueList, makeIssue, type ValidationIssue, type ValidationResult } from './issue.js';
import { validate } from './validate.js';

export interface FeedInput {
  manifest: unknown;
  /** Dataset files by dataset id, as parsed JSON. A missing id is reported. */
  datasets: Record<string, unknown>;
  /** Name used for the manifest file in issues. */
  manifestFile?: string;
}

export interface FeedValidation {
  ok: boolean;
  manifest?: Manifest;
  /** Each dataset's own result, by id. */
  results: Record<string, ValidationResult<unknown>>;
  /** Every issue of the feed, each naming its file. */
  issues: ValidationIssue[];
}

export function validateFeed(input: FeedInput): FeedValidation {
  const manifestFile = input.manifestFile ?? 'manifest.json';
  const m = validate('manifest', input.manifest);
  const issues: ValidationIssue[] = m.issues.map((i) => ({ ...i, file: manifestFile }));
  const results: Record<string, ValidationResult<unknown>> = {};
  if (!m.data) return { ok: false, results, issues };

  const feeIds = new Set<string>();
  const processIds = new Set<string>();
  const guides: { file: string; data: DataOf<'service-guide'> }[] = [];

  m.data.datasets.forEach((ref, i) => {
    if (!isSchemaKind(ref.kind) || ref.kind === 'manifest') return; // already warned as unknown kind
    if (!Object.hasOwn(input.datasets, ref.id)) {
      issues.push({
        ...makeIssue(['datasets', i, 'url'], 'dataset_missing', { id: ref.id, reason: ref.url }),
        file: manifestFile,
      });
      return;
    }
    const r = validate(ref.kind, input.datasets[ref.id]);
    results[ref.id] = r;
    issues.push(...r.issues.map((issue) => ({ ...issue, file: ref.id })));
    if (!r.data) return;
    if (ref.kind === 'fee-list') for (const f of (r.data as DataOf<'fee-list'>).items) feeIds.add(f.id);
    if (ref.kind === 'process') for (const p of (r.data as DataOf<'process'>).processes) processIds.add(p.id);
    if (ref.kind === 'service-guide') guides.push({ file: ref.id, data: r.data as DataOf<'service-guide'> });
  });

  for (const { file, data } of guides) {
    const out = new IssueList();
    data.guides.forEach((g, i) => {
      if (g.processRef !== undefined && !processIds.has(g.processRef))
        out.error(['guides', i, 'processRef'], 'ref_process_missing', { ref: g.processRef });
      if (g.fees && 'refs' in g.fees) {
        g.fees.refs.forEach((ref, j) => {
          if (!feeIds.has(ref)) out.error(['guides', i, 'fees', 'refs', j], 'ref_fee_missing', { ref });
        });
      }
    });
    issues.push(...out.items.map((issue) => ({ ...issue, file })));
  }
  return { ok: !issues.some((i) => i.severity === 'error'), manifest: m.data, results, issues };
}
