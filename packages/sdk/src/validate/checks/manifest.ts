/** Manifest semantics: dataset ids unique, unknown kinds kept but reported. */
import { DATASET_KINDS, type Manifest } from '../../model/manifest.js';
import type { IssueList } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

const KNOWN = new Set<string>(DATASET_KINDS);

export function checkManifest(data: Manifest, out: IssueList): void {
  checkUniqueIds(data.datasets, 'datasets', out);
  data.datasets.forEach((d, i) => {
    if (!KNOWN.has(d.kind)) out.warn(['datasets', i, 'kind'], 'unknown_kind', { kind: d.kind });
  });
}
