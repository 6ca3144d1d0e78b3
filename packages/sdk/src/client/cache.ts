/**
 * Where the client keeps the last good copy of each file. In a browser it lives in IndexedDB so a
 * kiosk that reloads with the network down still shows data; elsewhere it lives in memory.
 */
import { createStore, get, set } from 'idb-keyval';

export interface CacheEntry {
  /** The URL the body came from (a dataset's file name changes when it is republished). */
  url?: string;
  etag?: string;
  /** ms since epoch of the last successful fetch or 304 revalidation. */
  fetchedAt: number;
  /** The file's parsed JSON, validated again when read back. */
  body: unknown;
}

/** Keyed by dataset (`<manifest URL>#<dataset id>`) or, for files outside a manifest, by URL: one copy each. */
export interface FeedCache {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
}

export function memoryCache(): FeedCache {
  const map = new Map<string, CacheEntry>();
  return {
    get: async (url) => map.get(url),
    set: async (url, entry) => void map.set(url, entry),
  };
}

export function indexedDbCache(dbName = 'gongkai-feeds'): FeedCache {
  const store = createStore(dbName, 'files');
  return {
    get: (url) => get<CacheEntry>(url, store),
    set: (url, entry) => set(url, entry, store),
  };
}

/** IndexedDB when the platform has it, memory otherwise. */
export function defaultCache(): FeedCache {
  return typeof indexedDB === 'undefined' ? memoryCache() : indexedDbCache();
}
