/**
 * The feed client: typed getters over a feed manifest, with a persistent cache, ETag revalidation,
 * stale-while-revalidate and polling for screens that stay up all day. After one good fetch it
 * never loses data: failures return the last good copy marked `stale`.
 */
import { isSchemaKind, type DataOf, type SchemaKind } from '../model/kinds.js';
import type { DatasetKind, DatasetRef, Manifest } from '../model/manifest.js';
import type { Process } from '../model/process.js';
import type { ServiceGuide } from '../model/service-guide.js';
import { makeIssue, type ValidationIssue } from '../validate/issue.js';
import { validateSliced } from '../validate/validate-sliced.js';
import { defaultCache, memoryCache, type CacheEntry, type FeedCache } from './cache.js';
import { FeedError } from './errors.js';
import { fetchJson } from './fetch-json.js';
import { locate, manifestUrlOf } from './locate.js';
import { combineSources, type ReadRequest, type ReadResult, type Source } from './read-types.js';
import { mapLimit } from '../helpers/map-limit.js';

export interface ClientOptions {
  /** The manifest URL (…/manifest.json) or the feed folder that holds manifest.json. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Where last good copies live; default IndexedDB in browsers, memory elsewhere; `false` for none. */
  cache?: FeedCache | false;
  /** ms before a request (with its retries) gives up. Default 10 000. */
  timeout?: number;
  /** Retries on network errors and 5xx. Default 2. */
  retry?: number;
  /** ms before the first retry, doubling after each. Default 300. */
  retryDelay?: number;
  /** ms during which loaded data is used without asking the server again. Default 60 000. */
  maxAge?: number;
  /** Return a cached copy at once and revalidate in the background. Default true. */
  staleWhileRevalidate?: boolean;
  /** Largest accepted file. Default 20 MB. */
  maxBytes?: number;
  /**
   * Arranges `subscribe()`'s next poll after `ms` and returns what cancels it. Default `setTimeout`;
   * a test passes its own to poll on cue instead of waiting on the clock (`poll` settles when the
   * poll's listeners have been called).
   */
  schedule?: (poll: () => Promise<void>, ms: number) => () => void;
}

const timerSchedule = (poll: () => Promise<void>, ms: number) => {
  const timer = setTimeout(() => void poll(), ms);
  return () => clearTimeout(timer);
};

export interface Loaded<T> {
  data: T;
  /** The kind the file was read as (a file may be one of several kinds asked for). */
  kind: SchemaKind;
  /** When the publisher last updated the dataset (its `updated` field). */
  updated?: string | null;
  url: string;
  /** When the server last confirmed this data (200 or 304). */
  fetchedAt: Date;
  /** True when the latest attempt failed and this is the last good copy. */
  stale: boolean;
  /** Why the latest attempt failed, when `stale`. */
  error?: FeedError;
  /** Validation issues of the data (warnings, and semantic errors a widget may show). */
  issues: ValidationIssue[];
  etag?: string;
}

export type Update<T> = { result: Loaded<T>; error?: undefined } | { result?: undefined; error: FeedError };
export type Listener<T> = (update: Update<T>) => void;

interface Slot {
  /** The kinds this file may be; the file's own `kind` picks one of them. */
  kinds: readonly SchemaKind[];
  url: string;
  /** The dataset id the manifest says lives at this URL: a file holding another is refused. */
  expectId?: string;
  /** The sha256 the manifest lists for this file. */
  sha256?: string;
  entry?: CacheEntry;
  result?: Loaded<unknown>;
  inflight?: Promise<Loaded<unknown>>;
  listeners: Set<Listener<unknown>>;
}

export type Client = ReturnType<typeof createClient>;

export function createClient(options: ClientOptions) {
  const manifestUrl = manifestUrlOf(options.baseUrl);
  const cache = options.cache === false ? memoryCache() : (options.cache ?? defaultCache());
  const maxAge = options.maxAge ?? 60_000;
  const swr = options.staleWhileRevalidate ?? true;
  const schedule = options.schedule ?? timerSchedule;
  const fetchOpts = {
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    retry: options.retry ?? 2,
    retryDelay: options.retryDelay ?? 300,
    maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
  };
  const slots = new Map<string, Slot>();
  /**
   * The last good copy of each dataset, by id, whatever URL it came from: a republished dataset
   * whose new file is missing or cut off (an upload in progress) keeps showing its last good copy.
   */
  const goodById = new Map<string, { result: Loaded<unknown>; entry: CacheEntry }>();
  /** The slot each dataset id is read through now; the slot of its previous file is let go. */
  const slotById = new Map<string, Slot>();
  const cacheKey = (slot: Slot) => (slot.expectId !== undefined ? `${manifestUrl}#${slot.expectId}` : slot.url);

  /** One slot per file and kind: the same URL read as another kind is validated as that kind. */
  function slotFor(url: string, kinds: readonly SchemaKind[]): Slot {
    const key = `${kinds.join('|')} ${url}`;
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { kinds, url, listeners: new Set() }));
    return slot;
  }

  /** Validates a body (a large list a slice at a time, so the page never freezes) and makes it a result. */
  async function accept<K extends SchemaKind>(
    url: string,
    kinds: readonly K[],
    entry: CacheEntry,
    expectId?: string,
  ): Promise<Loaded<DataOf<K>>> {
    const kind = kindOf(entry.body, kinds);
    const v = await validateSliced(kind, entry.body, { dropUnsafeLinks: true });
    if (!v.data) throw new FeedError('schema', url, { issues: v.issues });
    // The feed changed between the manifest and this file (or the file was replaced by another).
    const id = (v.data as { id?: unknown }).id;
    if (expectId !== undefined && id !== expectId)
      throw new FeedError('schema', url, {
        issues: [makeIssue(['id'], 'dataset_id_mismatch', { expected: expectId, actual: String(id) })],
      });
    return {
      data: v.data,
      kind,
      // null: the publication prints no date (unknown, shown as such); none is made up.
      updated: (v.data as { updated?: string | null }).updated ?? null,
      url,
      fetchedAt: new Date(entry.fetchedAt),
      stale: false,
      issues: v.issues,
      etag: entry.etag,
    };
  }

  function notify(slot: Slot, update: Update<unknown>): void {
    for (const l of slot.listeners) l(update);
  }

  /** Asks the server (with the ETag we hold) and settles the slot; never loses a good copy. */
  function revalidate(url: string, slot: Slot): Promise<Loaded<unknown>> {
    slot.inflight ??= (async () => {
      try {
        const opts = { ...fetchOpts, sha256: slot.sha256 };
        let outcome = await fetchJson(url, { ...opts, etag: slot.entry?.url === url ? slot.entry.etag : undefined });
        // A 304 we cannot use (nothing cached): ask again unconditionally; a server that still says
        // 304 has given us nothing to show.
        if (outcome.status === 304 && slot.entry?.url !== url) outcome = await fetchJson(url, opts);
        if (outcome.status === 304 && slot.entry?.url !== url) throw new FeedError('http', url, { status: 304 });
        const entry: CacheEntry =
          outcome.status === 304
            ? { ...slot.entry!, fetchedAt: Date.now() }
            : { url, body: outcome.body, etag: outcome.etag, fetchedAt: Date.now() };
        const result =
          outcome.status === 304 && slot.result
            ? { ...slot.result, fetchedAt: new Date(entry.fetchedAt), stale: false, error: undefined }
            : await accept(url, slot.kinds, entry, slot.expectId);
        slot.entry = entry;
        slot.result = result;
        if (slot.expectId !== undefined) goodById.set(slot.expectId, { result, entry });
        void cache.set(cacheKey(slot), entry).catch(() => undefined); // a full disk must not break the screen
        notify(slot, { result });
        return result;
      } catch (e) {
        const error = e instanceof FeedError ? e : new FeedError('network', url, { cause: e });
        if (!slot.result) {
          notify(slot, { error });
          throw error;
        }
        slot.result = { ...slot.result, stale: true, error };
        notify(slot, { result: slot.result });
        return slot.result;
      } finally {
        slot.inflight = undefined;
      }
    })();
    return slot.inflight;
  }

  async function load<K extends SchemaKind>(
    kinds: readonly K[],
    url: string,
    force = false,
    ref?: { id: string; sha256?: string },
  ): Promise<Loaded<DataOf<K>>> {
    const slot = slotFor(url, kinds);
    if (ref) adopt(slot, ref);
    if (!slot.result) {
      // The last good copy of this dataset: in memory (maybe from its previous file), else the cache.
      const good = slot.expectId !== undefined ? goodById.get(slot.expectId) : undefined;
      const saved = good?.entry ?? (await cache.get(cacheKey(slot)).catch(() => undefined));
      if (saved) {
        try {
          slot.result = await accept(url, kinds, saved, slot.expectId);
          slot.entry = saved;
        } catch {
          // A cached copy from an older, incompatible version: ignore it and fetch.
        }
      }
      if (slot.result && swr && !force) {
        void revalidate(url, slot).catch(() => undefined);
        return slot.result as Loaded<DataOf<K>>;
      }
    }
    const fresh = slot.result && !slot.result.stale && Date.now() - slot.result.fetchedAt.getTime() < maxAge;
    if (fresh && !force) return slot.result as Loaded<DataOf<K>>;
    return (await revalidate(url, slot)) as Loaded<DataOf<K>>;
  }

  /** Makes `slot` the one its dataset is read through, letting go of its previous file's slot. */
  function adopt(slot: Slot, ref: { id: string; sha256?: string }): void {
    slot.expectId = ref.id;
    slot.sha256 = ref.sha256;
    const previous = slotById.get(ref.id);
    if (previous && previous !== slot && previous.listeners.size === 0) {
      for (const [key, s] of slots) if (s === previous) slots.delete(key);
    }
    slotById.set(ref.id, slot);
  }

  const feed = (force = false) => load(['manifest'], manifestUrl, force);
  /** The manifest as last read, without asking the server (undefined when it was never read). */
  const knownFeed = () => slots.get(`manifest ${manifestUrl}`)?.result as Loaded<Manifest> | undefined;

  /**
   * The manifest's datasets of these kinds (only the one with `id`, when given); none is an error naming
   * what is missing.
   */
  async function datasetRefs(kinds: readonly string[], id?: string): Promise<[DatasetRef, ...DatasetRef[]]> {
    const m = await feed();
    const refs = m.data.datasets.filter((d) => kinds.includes(d.kind) && (id === undefined || d.id === id));
    if (!refs.length) {
      // What the webmaster needs to mend the tag: the kind the id does name, or the ids there are.
      const namesake = id === undefined ? undefined : m.data.datasets.find((d) => d.id === id);
      throw new FeedError('not-in-feed', manifestUrl, {
        detail: `${kinds.join('/')}${id === undefined ? '' : ` "${id}"`}`,
        found: namesake?.kind,
        available: m.data.datasets.filter((d) => kinds.includes(d.kind)).map((d) => d.id),
      });
    }
    return refs as [DatasetRef, ...DatasetRef[]];
  }

  async function dataset<K extends DatasetKind>(kinds: readonly K[], id: string, force = false) {
    const [ref] = await datasetRefs(kinds, id);
    return load([ref.kind as K], new URL(ref.url, manifestUrl).href, force, ref);
  }

  /**
   * What a page names, read by one rule: a feed (its folder, with or without the trailing slash, or
   * its manifest.json) gives every dataset of `kinds` (or the one with `id`); any other `.json` is one
   * dataset file, read as whichever of `kinds` it declares.
   */
  async function read<K extends DatasetKind>(request: ReadRequest<K>): Promise<ReadResult<K>> {
    const where = locate(request.src);
    let reads: { slot: Slot; id?: string; loaded: Loaded<unknown> }[];
    let unread = 0;
    if (where.file !== undefined) {
      const loaded = await load(request.kinds, where.file, request.force);
      reads = [{ slot: slotFor(where.file, request.kinds), loaded }];
    } else {
      if (where.manifestUrl !== manifestUrl)
        throw new Error(`${request.src} is not this client's feed (${manifestUrl})`);
      const listed = await datasetRefs(request.kinds, request.id);
      const refs = listed.slice(0, request.limit);
      unread = listed.length - refs.length;
      // A manifest may list thousands of datasets: a few requests at a time, not thousands at once.
      reads = await mapLimit(refs, 6, async (ref) => {
        const url = new URL(ref.url, manifestUrl).href;
        const loaded = await load([ref.kind as K], url, request.force, ref);
        return { slot: slotFor(url, [ref.kind as K]), id: ref.id, loaded };
      });
    }
    const sourceOf = (loaded: Loaded<unknown>, id?: string) =>
      toSource(loaded as Loaded<DataOf<K>>, id ?? String((loaded.data as { id?: unknown }).id ?? loaded.url));
    const combine = (loaded: (r: (typeof reads)[number]) => Loaded<unknown>): ReadResult<K> => {
      const result = combineSources(reads.map((r) => sourceOf(loaded(r), r.id)));
      return unread ? { ...result, unread } : result;
    };
    const result = combine((r) => r.loaded);
    // Copies returned at once from the cache are being checked with the server: when that settles,
    // `revalidated` gives what is known then (fresh, or the same data marked stale), without fetching.
    const pending = reads.map((r) => r.slot.inflight).filter((p) => p !== undefined);
    if (pending.length) {
      result.revalidated = Promise.allSettled(pending).then(() => combine((r) => r.slot.result ?? r.loaded));
    }
    return result;
  }

  /** Finds one record by its id across every dataset of a kind in the feed. */
  async function findRecord<K extends 'service-guide' | 'process', R extends { id: string }>(
    kind: K,
    pick: (d: DataOf<K>) => R[],
    id: string,
  ): Promise<Loaded<R>> {
    const m = await feed();
    for (const ref of m.data.datasets.filter((d) => d.kind === kind)) {
      const loaded = await load([kind], new URL(ref.url, manifestUrl).href, false, ref);
      const found = pick(loaded.data).find((r) => r.id === id);
      if (found) return { ...loaded, data: found };
    }
    throw new FeedError('not-in-feed', manifestUrl, { detail: `${kind} "${id}"` });
  }

  /** Resolves what a target names to its URL and kind: 'feed' or a dataset id. */
  async function target(name: string): Promise<{ url: string; kind: SchemaKind }> {
    if (name === 'feed') return { url: manifestUrl, kind: 'manifest' };
    const m = await feed();
    const ref = m.data.datasets.find((d) => d.id === name);
    if (!ref || ref.kind === 'manifest' || !isSchemaKind(ref.kind))
      throw new FeedError('not-in-feed', manifestUrl, { detail: `"${name}"` });
    return { url: new URL(ref.url, manifestUrl).href, kind: ref.kind };
  }

  return {
    manifestUrl,
    feed,
    knownFeed,
    datasetRefs,
    read,
    budget: (id: string, force?: boolean) => dataset(['budget'], id, force),
    finalAccount: (id: string, force?: boolean) => dataset(['final-account'], id, force),
    threePublic: (id: string, force?: boolean) => dataset(['three-public'], id, force),
    fees: (id: string, force?: boolean) => dataset(['fee-list'], id, force),
    guides: (id: string, force?: boolean) => dataset(['service-guide'], id, force),
    processes: (id: string, force?: boolean) => dataset(['process'], id, force),
    /** One service guide by its own id, from whichever guide dataset holds it (with the list's `updated`). */
    guide: (guideId: string) => findRecord('service-guide', (d) => d.guides, guideId) as Promise<Loaded<ServiceGuide>>,
    /** One process by its own id, from whichever process dataset holds it (with the list's `updated`). */
    process: (processId: string) => findRecord('process', (d) => d.processes, processId) as Promise<Loaded<Process>>,
    /** A file of a known kind at any URL (relative to the feed), e.g. a fee list published on its own. */
    file: <K extends SchemaKind>(kind: K, url: string, force = false) =>
      load([kind], new URL(url, manifestUrl).href, force),
    /** Any dataset listed in the manifest, by id, whatever its kind. */
    async dataset(id: string, force = false): Promise<Loaded<DataOf<DatasetKind>>> {
      const t = await target(id);
      return load([t.kind as DatasetKind], t.url, force, { id });
    },
    /** Asks the server again for everything loaded so far (304 when unchanged). */
    async refresh(): Promise<void> {
      await Promise.all([...slots.values()].map((slot) => revalidate(slot.url, slot).catch(() => undefined)));
    },
    /**
     * Calls `listener` with the current data, then after every poll and background revalidation.
     * For screens that stay up all day. Returns a function that stops it.
     */
    subscribe(name: 'feed' | (string & {}), listener: Listener<unknown>, { interval = 300_000 } = {}): () => void {
      let stopped = false;
      let cancel: (() => void) | undefined;
      let slot: Slot | undefined;
      const tick = async (force: boolean) => {
        try {
          const t = await target(name);
          if (stopped) return;
          if (!slot) {
            const result = await load([t.kind], t.url, force);
            if (stopped) return;
            slot = slotFor(t.url, [t.kind]);
            slot.listeners.add(listener);
            listener({ result });
          } else await revalidate(t.url, slot);
        } catch (e) {
          if (!slot?.listeners.has(listener))
            listener({ error: e instanceof FeedError ? e : new FeedError('network', name, { cause: e }) });
        }
        if (!stopped) cancel = schedule(() => tick(true), interval);
      };
      void tick(false);
      return () => {
        stopped = true;
        cancel?.();
        slot?.listeners.delete(listener);
      };
    },
  };
}

/** The kind a file is read as: the one it declares when that is among `kinds`, else the first asked for. */
function kindOf<K extends SchemaKind>(body: unknown, kinds: readonly K[]): K {
  const declared = body !== null && typeof body === 'object' ? (body as { kind?: unknown }).kind : undefined;
  return kinds.find((k) => k === declared) ?? kinds[0]!;
}

function toSource<K extends DatasetKind>(loaded: Loaded<DataOf<K>>, id: string): Source<K> {
  const { data, url, stale, error } = loaded;
  const issues = loaded.issues.map((issue): ValidationIssue => ({ ...issue, file: id }));
  return { kind: loaded.kind as K, id, url, data, updated: loaded.updated, stale, error, issues };
}
