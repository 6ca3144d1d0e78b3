/**
 * What a data widget is given to build its view from, whether it came from `src` (through the SDK
 * client's one `read()`) or from `.data`: the datasets read, their records with each record's place,
 * and the issues. `.data` may be a dataset, or for list kinds a bare record or array of records
 * (validated one by one; no dataset, so no publication date is made up for them).
 */
import {
  RECORD_LISTS,
  describeRecords,
  isRecordKind,
  recordsOf,
  validate,
  validateRecord,
  type DatasetKind,
  type PathSegment,
  type RecordOf,
  type Source,
  type ValidationIssue,
} from '@gongkai/sdk/core';

export interface RecordEntry<K extends DatasetKind> {
  record: RecordOf<K>;
  /** The record's path inside its source (`['processes', 2]`), for finding its own issues. */
  at: PathSegment[];
  /** The dataset it came from; absent for records given on their own through `.data`. */
  source?: Source<K>;
}

export interface ViewInput<K extends DatasetKind> {
  sources: Source<K>[];
  records: RecordEntry<K>[];
  /** The newest publisher update, when known. */
  updated?: string;
  stale: boolean;
  issues: ValidationIssue[];
  /** Datasets of related kinds from the same feed (a guide's fees and processes); may be empty. */
  related: Source<DatasetKind>[];
  /** While a large `.data` list is checked in two steps: how many records it holds in all. */
  total?: number;
}

/** Why `.data` cannot be shown: its issues, each with its path. */
export interface DataRefusal {
  issues: ValidationIssue[];
}

export function inputFromSources<K extends DatasetKind>(
  sources: Source<K>[],
  related: Source<DatasetKind>[] = [],
): ViewInput<K> {
  return {
    sources,
    records: sources.flatMap((source) => recordsOf(source.kind, source.data).map((r) => ({ ...r, source }))),
    updated: sources
      .map((s) => s.updated)
      .filter((u): u is string => u !== undefined)
      .sort()
      .at(-1),
    stale: sources.some((s) => s.stale),
    issues: sources.flatMap((s) => s.issues),
    related,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The kind `.data` is: the one it declares among `kinds`, else the first. */
function kindOf<K extends DatasetKind>(data: unknown, kinds: readonly K[]): K {
  const declared = isObject(data) ? data.kind : undefined;
  return kinds.find((k) => k === declared) ?? kinds[0]!;
}

/**
 * Validates `.data`. With `limit`, only the first `limit` records of a list are checked (the first
 * screenful of a very large list); `total` then says how many there are.
 */
export function inputFromData<K extends DatasetKind>(
  data: unknown,
  kinds: readonly K[],
  limit?: number,
): ViewInput<K> | DataRefusal {
  const kind = kindOf(data, kinds);
  const bare = Array.isArray(data) || (isObject(data) && data.kind === undefined && isRecordKind(kind));
  if (bare && isRecordKind(kind)) {
    const list = Array.isArray(data) ? data : [data];
    const head = limit !== undefined && list.length > limit ? list.slice(0, limit) : list;
    const records: RecordEntry<K>[] = [];
    const issues: ValidationIssue[] = [];
    let shapeless = false;
    for (let i = 0; i < head.length; i++) {
      const r = validateRecord(kind, head[i], { dropUnsafeLinks: true });
      const at = Array.isArray(data) ? [i] : [];
      const inList = r.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path], record: undefined }));
      issues.push(...(Array.isArray(data) ? describeRecords(data, inList) : inList));
      if (r.data) records.push({ record: r.data as RecordOf<K>, at });
      else shapeless = true;
    }
    if (shapeless) return { issues };
    return { sources: [], records, stale: false, issues, related: [], total: head === list ? undefined : list.length };
  }
  let input = data;
  let total: number | undefined;
  if (limit !== undefined && isRecordKind(kind) && isObject(data)) {
    const key = RECORD_LISTS[kind];
    const list = data[key];
    if (Array.isArray(list) && list.length > limit) {
      input = { ...data, [key]: list.slice(0, limit) };
      total = list.length;
    }
  }
  const v = validate(kind, input, { dropUnsafeLinks: true });
  if (!v.data) return { issues: v.issues };
  const d = v.data as { id: string; updated?: string };
  const source: Source<K> = {
    kind,
    id: d.id,
    url: '',
    data: v.data,
    updated: d.updated,
    stale: false,
    issues: v.issues,
  };
  return { ...inputFromSources([source]), total };
}
