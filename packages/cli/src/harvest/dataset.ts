/**
 * One dataset of a publisher's manifest: fetched with conditional GET, checked against the
 * manifest's sha256, parsed and validated. Bytes that an earlier harvest already checked, with this
 * same version of the checks, keep that check: an unchanged re-harvest of thousands of feeds costs
 * fetches, not validation.
 */
import { createHash } from 'node:crypto';
import { formatIssue, isSchemaKind, validate, type PublisherReport, type SchemaKind } from '@gongkai/sdk';

export type Problem = PublisherReport['problems'][number];

/** A dataset as a manifest lists it. */
export interface ManifestDataset {
  kind: string;
  id: string;
  url: string;
  title?: string;
  year?: number;
  updated: string | null;
  sha256?: string;
}

/** What a harvest knew of one dataset (kept in state.json of each release). */
export interface DatasetState {
  kind: string;
  id: string;
  title?: string;
  year?: number;
  updated: string | null;
  source: string;
  sha256: string;
  /** Path inside a release. */
  path: string;
  harvested: string;
  state: 'current' | 'last-good' | 'removed';
  removed?: string;
  /** What the checks said of these bytes, and which checks: reused while both stay the same. */
  checked?: { by: string; problems: Problem[] };
}

/** Bytes that can be served, with what the checks said of them. */
export interface Servable {
  state: DatasetState;
  bytes: Buffer;
  problems: Problem[];
  /** The previous release holds these very bytes at the same path (they can be linked, not written). */
  unchanged: boolean;
}

export type DatasetOutcome =
  | { ok: true; served: Servable }
  /** Unreadable or invalid: never served (the last good copy is, when there is one). */
  | { ok: false; code: string; why: string; problems: Problem[] };

export interface DatasetContext {
  get: (url: string) => Promise<Buffer>;
  previous: DatasetState | undefined;
  /** Names the version of the checks (the toolkit's and the model's): a new one checks again. */
  checker: string;
  stamp: string;
  /** At most this many issues per dataset go into the report (the count of errors is always whole). */
  maxProblems?: number;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export async function harvestDataset(
  d: ManifestDataset,
  manifestUrl: string,
  path: string,
  ctx: DatasetContext,
): Promise<DatasetOutcome> {
  const url = new URL(d.url, manifestUrl).href;
  let bytes: Buffer;
  try {
    bytes = await ctx.get(url);
  } catch (e) {
    return { ok: false, code: 'dataset_unreadable', why: (e as Error).message, problems: [] };
  }
  const hash = sha256(bytes);
  if (d.sha256 && d.sha256 !== hash) {
    const why = `${url}：内容的 sha256 ${hash.slice(0, 12)}… 与清单所列 ${d.sha256.slice(0, 12)}… 不符`;
    return { ok: false, code: 'hash_mismatch', why, problems: [] };
  }
  const state: DatasetState = {
    kind: d.kind,
    id: d.id,
    source: url,
    path,
    harvested: ctx.stamp,
    ...(d.title ? { title: d.title } : {}),
    ...(d.year ? { year: d.year } : {}),
    updated: d.updated ?? null,
    sha256: hash,
    state: 'current',
  };
  const prev = ctx.previous;
  const unchanged = prev?.sha256 === hash && prev.path === path && prev.state !== 'removed';
  const earlier = unchanged && prev.checked?.by === ctx.checker ? prev.checked.problems : undefined;
  const problems = earlier ?? check(d, bytes, ctx.maxProblems ?? 20);
  if (!Array.isArray(problems))
    return { ok: false, code: 'dataset_unreadable', why: `${url}：${problems.notJson}`, problems: [] };
  state.checked = { by: ctx.checker, problems };
  const served: Servable = { state, bytes, problems, unchanged };
  const errors = problems.filter((p) => p.severity === 'error' && p.code !== 'unknown_kind').length;
  if (errors > 0) return { ok: false, code: 'invalid', why: `${url}：有 ${errors} 处校验错误`, problems };
  return { ok: true, served };
}

/** The validator's issues for a dataset's bytes (the first `max` of each severity), or why it is no JSON. */
function check(d: ManifestDataset, bytes: Buffer, max: number): Problem[] | { notJson: string } {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { notJson: `不是有效的 JSON：${(e as Error).message}` };
  }
  // A file that holds 结果公示 records is checked as results whatever kind the manifest gives it: an
  // unknown kind is mirrored unchecked, and names and ID numbers must not pass that way.
  const results = holdsResults(data);
  if (!isSchemaKind(d.kind) && !results) {
    const message = `本版本不认识数据类型“${d.kind}”，按原样转载`;
    return [{ dataset: d.id, severity: 'warning', code: 'unknown_kind', message }];
  }
  const issues = validate((isSchemaKind(d.kind) ? d.kind : 'results') as SchemaKind, data).issues;
  const errors = issues.filter((i) => i.severity === 'error');
  // Every error counts; the report lists the first ones of each severity.
  const shown = [...errors.slice(0, max), ...issues.filter((i) => i.severity !== 'error').slice(0, max)];
  const problems: Problem[] = shown.map((i) => ({
    dataset: d.id,
    severity: i.severity,
    code: i.code,
    message: formatIssue(i),
  }));
  const unlisted = errors.length - Math.min(errors.length, max);
  if (unlisted > 0)
    problems.push({ dataset: d.id, severity: 'error', code: 'more_errors', message: `另有 ${unlisted} 处错误未列出` });
  return problems;
}

/** Whether a file holds 结果公示 records (says it is results, or carries a `results` list). */
function holdsResults(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  const o = data as { kind?: unknown; results?: unknown };
  return o.kind === 'results' || Array.isArray(o.results);
}
