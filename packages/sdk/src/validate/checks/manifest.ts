/** Manifest semantics: dataset ids unique, unknown kinds kept but reported, no dataset newer than the manifest. */
import { DATASET_KINDS, type Manifest } from '../../model/manifest.js';
import type { IssueList } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

const KNOWN = new Set<string>(DATASET_KINDS);

export function checkManifest(data: Manifest, out: IssueList): void {
  checkUniqueIds(data.datasets, 'datasets', out);
  data.datasets.forEach((d, i) => {
    if (!KNOWN.has(d.kind)) out.warn(['datasets', i, 'kind'], 'unknown_kind', { kind: d.kind });
    if (manifestOlderThan(data.updated, d.updated))
      out.warn(['updated'], 'manifest_older', {
        id: d.id,
        updated: d.updated ?? undefined,
        manifest: data.updated ?? '',
      });
  });
}

/** A manifest's `updated` is the newest of its datasets' at least. */
export function manifestOlderThan(manifestUpdated: string | null, datasetUpdated: string | null): boolean {
  if (!manifestUpdated || !datasetUpdated) return false;
  const m = Date.parse(manifestUpdated);
  const d = Date.parse(datasetUpdated);
  return !Number.isNaN(m) && !Number.isNaN(d) && d > m;
}
