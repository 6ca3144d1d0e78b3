/**
 * Before a feed is published, every dataset holding `results` records — of kind `results` or listed
 * under any other kind string — has them de-identified by the SDK (names of natural persons,
 * personal numbers in any written form, addresses), so no publisher has to remember to.
 */
import { deidentifyRecord } from '@gongkai/sdk';
import type { FeedFiles } from './feed-reader.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Masks the results records of `feed`'s datasets in place; returns the ids of the datasets it changed. */
export function deidentifyFeed(feed: FeedFiles): string[] {
  const changed: string[] = [];
  for (const [id, data] of Object.entries(feed.datasets)) {
    if (!isObject(data) || !Array.isArray(data.results)) continue;
    // Record by record, whatever their shape: what is not a record of the right shape is still
    // masked, and then refused by the validation that follows, with its issues.
    const results = data.results.map((r: unknown) => (isObject(r) ? deidentifyRecord(r) : r));
    if (results.some((r, i) => r !== (data.results as unknown[])[i])) changed.push(id);
    feed.datasets[id] = { ...data, results };
  }
  return changed;
}
