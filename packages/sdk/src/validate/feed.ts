/**
 * Whole-feed checks: every dataset against its kind, the kind the manifest declares against the
 * file, and references between datasets (a guide's fees and process; a power's guides, process and
 * fees) resolved inside the feed; a guide's promised time against its process's steps; a unit's
 * annual reports of consecutive years against each other.
 */
import type { DataOf, SchemaKind } from '../model/kinds.js';
import type { Manifest } from '../model/manifest.js';
import { isRecordKind, isSchemaKind, recordsOf } from '../model/kinds.js';
import { describeRecords } from './describe-record.js';
import { IssueList, makeIssue, type PathSegment, type ValidationIssue, type ValidationResult } from './issue.js';
import type { IssueCode } from './messages.js';
import { validate } from './validate.js';
import { checkPersonalData } from './checks/personal-data.js';
import { checkGuideTimes } from './checks/guide-times.js';
import { manifestOlderThan } from './checks/manifest.js';
import type { Process } from '../model/process.js';
import type { AnnualReport } from '../model/annual-report.js';
import { checkReportYears } from './checks/annual-report-years.js';
import { checkCatalogueAgainstFeed } from './checks/catalogue-feed.js';

export interface FeedInput {
  manifest: unknown;
  /** Dataset files by dataset id, as parsed JSON. A missing id is reported. */
  datasets: Record<string, unknown>;
  /** Name used for the manifest file in issues. */
  manifestFile?: string;
  /**
   * The date a catalogue's lateness is judged on (YYYY-MM-DD or a date-time); by default the
   * manifest's own `updated`, so the same feed always gives the same report.
   */
  asOf?: string;
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

  // Ids of every record, by kind, to resolve references between datasets.
  const ids = { 'fee-list': new Set<string>(), process: new Set<string>(), 'service-guide': new Set<string>() };
  const valid: { file: string; kind: SchemaKind; data: unknown }[] = [];
  // Record ids of every list dataset, by dataset id, for a catalogue's links to records.
  const recordIds = new Map<string, Set<string>>();
  const processes = new Map<string, Process>();

  m.data.datasets.forEach((ref, i) => {
    if (!isSchemaKind(ref.kind) || ref.kind === 'manifest') {
      // An unknown kind is skipped (already warned), but its file is published all the same: a
      // results list under another kind string, or a number in it, is refused like any other.
      if (ref.kind !== 'manifest' && Object.hasOwn(input.datasets, ref.id)) {
        const out = new IssueList();
        checkPersonalData(ref.kind, input.datasets[ref.id], out);
        issues.push(...describeRecords(input.datasets[ref.id], out.items).map((issue) => ({ ...issue, file: ref.id })));
      }
      return;
    }
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
    // The file's own date, which may be newer than what the manifest lists for it.
    const updated = (r.data as { updated: string | null }).updated;
    if (updated !== ref.updated && manifestOlderThan(m.data!.updated, updated))
      issues.push({
        ...makeIssue(['updated'], 'manifest_older', {
          id: ref.id,
          updated: updated ?? undefined,
          manifest: m.data!.updated ?? '',
        }),
        file: manifestFile,
      });
    valid.push({ file: ref.id, kind: ref.kind, data: r.data });
    if (isRecordKind(ref.kind))
      recordIds.set(
        ref.id,
        new Set(recordsOf(ref.kind, r.data as never).map(({ record }) => (record as { id: string }).id)),
      );
    if (ref.kind in ids && isRecordKind(ref.kind))
      for (const { record } of recordsOf(ref.kind, r.data as never)) ids[ref.kind as keyof typeof ids].add(record.id);
    if (ref.kind === 'process') for (const p of (r.data as DataOf<'process'>).processes) processes.set(p.id, p);
  });

  for (const { file, kind, data } of valid) {
    const out = new IssueList();
    const need = (path: PathSegment[], ref: string, among: keyof typeof ids, code: IssueCode) => {
      if (!ids[among].has(ref)) out.error(path, code, { ref });
    };
    if (kind === 'service-guide') checkGuideTimes((data as DataOf<'service-guide'>).guides, processes, out);
    if (kind === 'service-guide')
      (data as DataOf<'service-guide'>).guides.forEach((g, i) => {
        if (g.processRef !== undefined)
          need(['guides', i, 'processRef'], g.processRef, 'process', 'ref_process_missing');
        if (g.fees && 'refs' in g.fees)
          g.fees.refs.forEach((ref, j) => need(['guides', i, 'fees', 'refs', j], ref, 'fee-list', 'ref_fee_missing'));
      });
    if (kind === 'power-list')
      (data as DataOf<'power-list'>).powers.forEach((p, i) => {
        p.guideRefs?.forEach((ref, j) =>
          need(['powers', i, 'guideRefs', j], ref, 'service-guide', 'ref_guide_missing'),
        );
        if (p.processRef !== undefined)
          need(['powers', i, 'processRef'], p.processRef, 'process', 'ref_process_missing');
        p.feeRefs?.forEach((ref, j) => need(['powers', i, 'feeRefs', j], ref, 'fee-list', 'ref_fee_missing'));
      });
    if (kind === 'disclosure-catalogue')
      checkCatalogueAgainstFeed(
        data as DataOf<'disclosure-catalogue'>,
        m.data!.datasets,
        recordIds,
        input.asOf ?? m.data!.updated,
        out,
      );
    // Name each record the way a clerk knows it (第 3 行 … 失业登记), as the dataset's own issues do.
    issues.push(...describeRecords(data, out.items).map((issue) => ({ ...issue, file })));
  }
  // A unit's reports of consecutive years: 上年结转 against last year's 结转下年度.
  const reports = valid.filter((v) => v.kind === 'annual-report');
  for (const [file, out] of checkReportYears(reports.map((v) => ({ file: v.file, report: v.data as AnnualReport }))))
    issues.push(...out.items.map((issue) => ({ ...issue, file })));
  return { ok: !issues.some((i) => i.severity === 'error'), manifest: m.data, results, issues };
}
