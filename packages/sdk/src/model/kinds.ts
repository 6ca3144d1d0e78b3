/**
 * Dataset kinds and their types. The schemas themselves are only imported as types here, so a
 * bundle that validates one kind does not carry every kind's schema (the full table: schemas.ts).
 */
import type * as z from 'zod/v4/mini';
import type { AnnualReport } from './annual-report.js';
import type { Budget } from './budget.js';
import type { RequestGuide } from './request-guide.js';
import type { DisclosureCatalogue } from './disclosure-catalogue.js';
import type { FeeList } from './fees.js';
import { DATASET_KINDS, type Manifest } from './manifest.js';
import type { PowerList } from './power-list.js';
import type { ProcessList } from './process.js';
import type { ResultList } from './results.js';
import type { ServiceRules } from './service-rules.js';
import type { Supervision } from './supervision.js';
import type { ServiceGuideList } from './service-guide.js';
import type { ThreePublic } from './three-public.js';

/** Each kind's schema type (the values: schemas.ts). */
export interface Schemas {
  manifest: typeof Manifest;
  budget: typeof Budget;
  'final-account': typeof Budget;
  'three-public': typeof ThreePublic;
  'fee-list': typeof FeeList;
  'service-guide': typeof ServiceGuideList;
  process: typeof ProcessList;
  'power-list': typeof PowerList;
  results: typeof ResultList;
  'service-rules': typeof ServiceRules;
  supervision: typeof Supervision;
  'annual-report': typeof AnnualReport;
  'request-guide': typeof RequestGuide;
  'disclosure-catalogue': typeof DisclosureCatalogue;
}

/** Everything `validate()` accepts: the manifest and each dataset kind. */
export type SchemaKind = keyof Schemas;
export type DataOf<K extends SchemaKind> = z.infer<Schemas[K]>;
/** Any dataset file this version understands. */
export type Dataset = DataOf<Exclude<SchemaKind, 'manifest'>>;

const SCHEMA_KINDS: ReadonlySet<string> = new Set<SchemaKind>(['manifest', ...DATASET_KINDS]);

export function isSchemaKind(kind: string): kind is SchemaKind {
  return SCHEMA_KINDS.has(kind);
}

/** The list kinds, and the key of their list of records (a fee list's `items`, …). */
export const RECORD_LISTS = {
  'fee-list': 'items',
  'service-guide': 'guides',
  process: 'processes',
  'power-list': 'powers',
  results: 'results',
} as const;
export type RecordKind = keyof typeof RECORD_LISTS;
interface Records {
  'fee-list': DataOf<'fee-list'>['items'][number];
  'service-guide': DataOf<'service-guide'>['guides'][number];
  process: DataOf<'process'>['processes'][number];
  'power-list': DataOf<'power-list'>['powers'][number];
  results: DataOf<'results'>['results'][number];
}
/** A record of a kind: one fee, guide, process or power of a list; a budget or 三公 dataset is its own record. */
export type RecordOf<K extends SchemaKind> = K extends RecordKind ? Records[K] : DataOf<K>;

export const isRecordKind = (kind: string): kind is RecordKind => Object.hasOwn(RECORD_LISTS, kind);

/**
 * The records of a dataset, with each one's path inside it (`['items', 3]`; `[]` for a budget) and,
 * when given, the source it was read from: made in one pass, one object per record (a widget reads
 * 300,000 fees this way).
 */
export function recordsOf<K extends SchemaKind, S = undefined>(
  kind: K,
  data: DataOf<K>,
  source?: S,
): { record: RecordOf<K>; at: (string | number)[]; source: S }[] {
  if (!isRecordKind(kind)) return [{ record: data as RecordOf<K>, at: [], source: source as S }];
  const key = RECORD_LISTS[kind];
  const list = (data as Record<string, unknown>)[key] as RecordOf<K>[];
  return list.map((record, i) => ({ record, at: [key, i], source: source as S }));
}
