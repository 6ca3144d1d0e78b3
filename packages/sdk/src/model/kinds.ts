/** The one table from dataset kind to schema; validator, client and JSON Schema build all read it. */
import type * as z from 'zod/v4/mini';
import { Budget } from './budget.js';
import { FeeList } from './fees.js';
import { Manifest } from './manifest.js';
import { ProcessList } from './process.js';
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
} as const;

/** Everything `validate()` accepts: the manifest and each dataset kind. */
export type SchemaKind = keyof typeof SCHEMAS;
export type DataOf<K extends SchemaKind> = z.infer<(typeof SCHEMAS)[K]>;
/** Any dataset file this version understands. */
export type Dataset = DataOf<Exclude<SchemaKind, 'manifest'>>;

export function isSchemaKind(kind: string): kind is SchemaKind {
  return Object.hasOwn(SCHEMAS, kind);
}
