/**
 * What validating a kind takes (its schema and its semantic checks; for list kinds, a record's) and
 * the table `validate()` reads them from. The table starts with the manifest only: `@gongkai/sdk`
 * registers every kind at import, while a widget registers just the kinds it shows, so a page with
 * one widget downloads one kind's schema, not all eleven.
 */
import type * as z from 'zod/v4/mini';
import type { DataOf, RecordKind, RecordOf, SchemaKind } from '../model/kinds.js';
import { DatasetRef, Manifest } from '../model/manifest.js';
import { checkManifest } from './checks/manifest.js';
import type { IssueList, PathSegment } from './issue.js';
import type { Steps } from '../helpers/steps.js';

export interface KindRules<K extends SchemaKind = SchemaKind> {
  kind: K;
  schema: z.ZodMiniType<DataOf<K>>;
  /** Semantic checks; a long one (a budget's) is steps, which `validateSliced` runs a slice at a time. */
  check: (data: DataOf<K>, out: IssueList) => void | Steps;
  /**
   * A long list inside a dataset that is not itself a list of records (a budget's `lines`): its items'
   * shapes can be checked a slice at a time (`validateSliced`); `check` still sees the whole dataset.
   */
  part?: { key: string; schema: z.ZodMiniType<unknown> };
  /** List kinds: one record's schema and checks, for records checked on their own or a slice at a time. */
  record?: K extends RecordKind
    ? {
        schema: z.ZodMiniType<RecordOf<K>>;
        check: (record: RecordOf<K>, at: readonly PathSegment[], out: IssueList) => void;
      }
    : never;
}

/** The rules of any one kind. */
export type AnyKindRules = { [K in SchemaKind]: KindRules<K> }[SchemaKind];

/** Typed helper for writing a kind's rules (checks the record part against the kind). */
export const defineKind = <K extends SchemaKind>(rules: KindRules<K>): KindRules<K> => rules;

/** A province feed lists thousands of datasets: their shapes are checked a slice at a time in a page. */
export const manifestRules = defineKind({
  kind: 'manifest',
  schema: Manifest,
  check: checkManifest,
  part: { key: 'datasets', schema: DatasetRef },
});

const registered = new Map<SchemaKind, KindRules>([['manifest', manifestRules as unknown as KindRules]]);

/** Makes kinds known to `validate()`. Registering a kind again replaces its rules (same rules, no effect). */
export function registerKinds(...rules: AnyKindRules[]): void {
  for (const r of rules) registered.set(r.kind, r as unknown as KindRules);
}

/** The rules of a kind, when registered. */
export function rulesFor<K extends SchemaKind>(kind: K): KindRules<K> | undefined {
  return registered.get(kind) as KindRules<K> | undefined;
}
