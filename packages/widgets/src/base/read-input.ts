/**
 * What a data widget is given to build its view from, whether it came from `src` (through the SDK
 * client's one `read()`) or from `.data`: the datasets read, their records with each record's place,
 * and the issues. `.data` may be a dataset, or for list kinds a bare record or array of records
 * (validated one by one; no dataset, so no publication date is made up for them).
 */
import {
  RECORD_LISTS,
  combineSources,
  describeRecords,
  isRecordKind,
  recordsOf,
  validate,
  validateRecords,
  validateRecordsSliced,
  validateSliced,
  type DataOf,
  type DatasetKind,
  type RecordKind,
  type RecordsResult,
  type ValidationResult,
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
  updated?: string | null;
  stale: boolean;
  issues: ValidationIssue[];
  /** Datasets of related kinds from the same feed (a guide's fees and processes); may be empty. */
  related: Source<DatasetKind>[];
  /** While a large `.data` list is checked in two steps: how many records it holds in all. */
  total?: number;
  /** Given as `.data` (not read from `src`): a record id that is not there falls back to the first. */
  fromData?: boolean;
  /** How many more datasets of these kinds the feed lists than the widget's `datasetLimit` let be read. */
  unread?: number;
}

/** Why `.data` cannot be shown: its issues, each with its path. */
export interface DataRefusal {
  issues: ValidationIssue[];
}

export function inputFromSources<K extends DatasetKind>(
  sources: Source<K>[],
  related: Source<DatasetKind>[] = [],
  unread?: number,
): ViewInput<K> {
  return {
    ...combineSources(sources),
    unread,
    records: sources.flatMap((source) => recordsOf(source.kind, source.data, source)),
    related,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The kind `.data` is: the one it declares among `kinds`, else the first. */
function kindOf<K extends DatasetKind>(data: unknown, kinds: readonly K[]): K {
  const declared = isObject(data) ? data.kind : undefined;
  return kinds.find((k) => k === declared) ?? kinds[0]!;
}

/** How many records `.data` holds (its list's length; 1 for a dataset without one). */
export function recordCount(data: unknown, kinds: readonly DatasetKind[]): number {
  if (Array.isArray(data)) return data.length;
  const kind = kindOf(data, kinds);
  const list = isRecordKind(kind) && isObject(data) ? data[RECORD_LISTS[kind]] : undefined;
  return Array.isArray(list) ? list.length : 1;
}

interface Checked<K extends DatasetKind> {
  kind: K;
  /** A dataset's validation, or, for records given on their own, theirs. */
  dataset?: ValidationResult<DataOf<K>>;
  records?: RecordsResult<RecordOf<K>>;
}

/** What a list given as `.data` is: a dataset, or records of a list kind given on their own. */
function shapeOf<K extends DatasetKind>(data: unknown, kinds: readonly K[], limit?: number) {
  const kind = kindOf(data, kinds);
  const total = recordCount(data, kinds);
  const partial = limit !== undefined && total > limit ? total : undefined;
  const bare = Array.isArray(data) || (isObject(data) && data.kind === undefined && isRecordKind(kind));
  if (bare && isRecordKind(kind)) {
    const list = Array.isArray(data) ? data : [data];
    return { kind, partial, records: partial ? list.slice(0, limit) : list };
  }
  const key = isRecordKind(kind) ? RECORD_LISTS[kind] : undefined;
  const list = key && isObject(data) ? data[key] : undefined;
  const input = partial && key && Array.isArray(list) ? { ...(data as object), [key]: list.slice(0, limit) } : data;
  return { kind, partial, dataset: input };
}

/** Turns what was checked into the view input, or a refusal with the issues. */
function assemble<K extends DatasetKind>(
  data: unknown,
  checked: Checked<K>,
  partial: number | undefined,
): ViewInput<K> | DataRefusal {
  const { kind, dataset: v, records: r } = checked;
  if (r) {
    // Records given on their own: an array names each by its index; a single record by its fields.
    const issues = Array.isArray(data)
      ? describeRecords(data, r.issues)
      : r.issues.map((i) => ({ ...i, path: i.path.slice(1) }));
    if (!r.records) return { issues };
    const records = r.records.map((record, i): RecordEntry<K> => ({ record, at: Array.isArray(data) ? [i] : [] }));
    return { sources: [], records, stale: false, issues, related: [], total: partial, fromData: true };
  }
  if (!v?.data) return { issues: v?.issues ?? [] };
  const d = v.data as { id: string; updated?: string | null };
  const source: Source<K> = {
    kind,
    id: d.id,
    url: '',
    data: v.data,
    updated: d.updated,
    stale: false,
    issues: v.issues,
  };
  return { ...inputFromSources([source]), total: partial, fromData: true };
}

const OPTIONS = { dropUnsafeLinks: true } as const;

/**
 * Validates `.data` at once: a dataset as its kind; for list kinds, a bare record or array of
 * records record by record (no dataset is made up around them, so no publication date is
 * invented). With `limit`, only the first `limit` records (a very large list's first screenful);
 * `total` then says how many there are.
 */
export function inputFromData<K extends DatasetKind>(
  data: unknown,
  kinds: readonly K[],
  limit?: number,
): ViewInput<K> | DataRefusal {
  const shape = shapeOf(data, kinds, limit);
  const checked: Checked<K> = shape.records
    ? { kind: shape.kind, records: validateRecords(shape.kind as RecordKind, shape.records, OPTIONS) as never }
    : { kind: shape.kind, dataset: validate(shape.kind, shape.dataset, OPTIONS) };
  return assemble(data, checked, shape.partial);
}

/** `inputFromData` for a large list: checked a slice at a time, so the page never freezes. */
export async function inputFromDataSliced<K extends DatasetKind>(
  data: unknown,
  kinds: readonly K[],
  cancelled: () => boolean,
): Promise<ViewInput<K> | DataRefusal> {
  const shape = shapeOf(data, kinds);
  const options = { ...OPTIONS, cancelled };
  const checked: Checked<K> = shape.records
    ? {
        kind: shape.kind,
        records: (await validateRecordsSliced(shape.kind as RecordKind, shape.records, options)) as never,
      }
    : { kind: shape.kind, dataset: await validateSliced(shape.kind, shape.dataset, options) };
  return assemble(data, checked, undefined);
}

/** The records of every related dataset of `kind` (a guide's fees, a power's guides), in feed order. */
export function relatedRecords<R extends RecordKind>(related: Source<DatasetKind>[], kind: R): RecordOf<R>[] {
  return related
    .filter((s) => s.kind === kind)
    .flatMap((s) => recordsOf(kind, s.data as DataOf<R>).map((r) => r.record));
}
