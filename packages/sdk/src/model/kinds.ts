/** The one table from dataset kind to schema; validator, client and JSON Schema build all read it. */
import type * as z from 'zod/v4/mini';
import { Budget } from './budget.js';
import { FeeList } from './fees.js';
import { Manifest } from './manifest.js';
import { PowerList } from './power-list.js';
import { ProcessList } from './process.js';
import { ResultList } from './results.js';
import { ServiceRules } from './service-rules.js';
import { Supervision } from './supervision.js';
import { ServiceGuideList } from './service-guide.js';
import { ThreePublic } from './three-public.js';

export const SCHEMAS = {
  manifest: Manifest,
  budget: Budget,
  'final-account': Budget,
  'three-public': ThreePublic,
  'fee-list': FeeList,
  'service-guide': ServiceGuideList,
  process: ProcessList,
  'power-list': PowerList,
  results: ResultList,
  'service-rules': ServiceRules,
  supervision: Supervision,
} as const;

/** Everything `validate()` accepts: the manifest and each dataset kind. */
export type SchemaKind = keyof typeof SCHEMAS;
export type DataOf<K extends SchemaKind> = z.infer<(typeof SCHEMAS)[K]>;
/** Any dataset file this version understands. */
export type Dataset = DataOf<Exclude<SchemaKind, 'manifest'>>;

export function isSchemaKind(kind: string): kind is SchemaKind {
  return Object.hasOwn(SCHEMAS, kind);
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

/** The records of a dataset, with each one's path inside it (`['items', 3]`; `[]` for a budget). */
export function recordsOf<K extends SchemaKind>(
  kind: K,
  data: DataOf<K>,
): { record: RecordOf<K>; at: (string | number)[] }[] {
  if (!isRecordKind(kind)) return [{ record: data as RecordOf<K>, at: [] }];
  const key = RECORD_LISTS[kind];
  const list = (data as Record<string, unknown>)[key] as RecordOf<K>[];
  return list.map((record, i) => ({ record, at: [key, i] }));
}
