/**
 * Before a feed is published, every `results` dataset in it is de-identified by the SDK (names of
 * natural persons, ID and mobile numbers, addresses), so no publisher has to remember to.
 */
import { deidentifyResults, validate } from '@gongkai/sdk';
import type { FeedFiles } from './feed-reader.js';

/** Masks the results datasets of `feed` in place; returns the ids of those it changed. */
export function deidentifyFeed(feed: FeedFiles): string[] {
  const changed: string[] = [];
  const manifest = validate('manifest', feed.manifest).data;
  for (const ref of manifest?.datasets ?? []) {
    if (ref.kind !== 'results' || !Object.hasOwn(feed.datasets, ref.id)) continue;
    // Only a dataset of the right shape can be masked field by field; one that is not is refused
    // by the validation that follows, with its issues.
    const shaped = validate('results', feed.datasets[ref.id]).data;
    if (!shaped) continue;
    const masked = deidentifyResults(shaped);
    if (JSON.stringify(masked) !== JSON.stringify(shaped)) changed.push(ref.id);
    feed.datasets[ref.id] = masked;
  }
  return changed;
}
