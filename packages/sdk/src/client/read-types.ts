/** What `client.read()` is asked and what it gives back: the one read path of every widget. */
import type { DataOf } from '../model/kinds.js';
import type { DatasetKind } from '../model/manifest.js';
import type { ValidationIssue } from '../validate/issue.js';
import type { FeedError } from './errors.js';

export interface ReadRequest<K extends DatasetKind> {
  /** A feed (folder or manifest.json) or one dataset file; see `locate()`. */
  src: string;
  /** The dataset kinds wanted; a single file may be any of them. */
  kinds: readonly K[];
  /** One dataset of the feed by its id; default: every dataset of these kinds. */
  id?: string;
  /**
   * At most this many datasets, the first in the manifest's order (a widget that shows one, or a
   * few at a time of a feed that lists thousands); `unread` then says how many more there are.
   */
  limit?: number;
  /** Ask the server even when the copy held is fresh. */
  force?: boolean;
}

/** One dataset as read: its data, where it came from, and how it stands. */
export interface Source<K extends DatasetKind> {
  kind: K;
  /** The dataset id (from the manifest, or the file's own). */
  id: string;
  url: string;
  data: DataOf<K>;
  /** When the publisher last updated it. */
  updated?: string | null;
  /** True when the latest attempt failed and this is the last good copy. */
  stale: boolean;
  error?: FeedError;
  /** Its validation issues (warnings, and semantic errors), each naming the dataset as `file`. */
  issues: ValidationIssue[];
}

/** Several datasets read as one: the newest publisher update, stale if any is, every issue. */
export function combineSources<K extends DatasetKind>(sources: Source<K>[]): ReadResult<K> {
  return {
    sources,
    // The newest date printed; null when the datasets print none (unknown), never a made-up one.
    updated:
      sources
        .map((x) => x.updated)
        .filter((u): u is string => typeof u === 'string')
        .sort()
        .at(-1) ?? (sources.some((x) => x.updated === null) ? null : undefined),
    stale: sources.some((x) => x.stale),
    issues: sources.flatMap((x) => x.issues),
  };
}

export interface ReadResult<K extends DatasetKind> {
  sources: Source<K>[];
  /** The newest publisher update among the sources. */
  updated?: string | null;
  stale: boolean;
  issues: ValidationIssue[];
  /** How many more datasets of these kinds the feed lists than `limit` let be read. */
  unread?: number;
  /**
   * Set when copies were returned at once from the cache while the server is asked again: settles
   * with what is known then (fresh data, or the same data marked stale), without another request.
   */
  revalidated?: Promise<ReadResult<K>>;
}
