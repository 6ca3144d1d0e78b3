/**
 * A 政务公开事项标准目录 against the feed it sits in (see rules/catalogue-status.ts): entries linked
 * to nothing and entries whose linked data is late are warnings (the feed is still publishable, and the
 * 公开办 sees what to chase); a link to a dataset or record that is not there is an error in the catalogue.
 */
import type { DisclosureCatalogue } from '../../model/disclosure-catalogue.js';
import type { DatasetRef } from '../../model/manifest.js';
import { catalogueEntryStatus, type CatalogueDatasetFacts } from '../../rules/catalogue-status.js';
import { IssueList, type ValidationIssue } from '../issue.js';

export function checkCatalogueAgainstFeed(
  catalogue: DisclosureCatalogue,
  refs: readonly DatasetRef[],
  recordIds: ReadonlyMap<string, ReadonlySet<string>>,
  asOf: string | null,
  out: IssueList,
): void {
  const facts = new Map<string, CatalogueDatasetFacts>();
  for (const ref of refs) facts.set(ref.id, { updated: ref.updated, records: recordIds.get(ref.id) });
  catalogue.entries.forEach((entry, i) => {
    // Without any date to judge by (a manifest that prints none), nothing is called late.
    const status = catalogueEntryStatus(entry, facts, asOf ?? '0000-00-00');
    const name = entry.level2 ?? entry.level1;
    const linkAt = (dataset: string) => (entry.links ?? []).findIndex((l) => l.dataset === dataset);
    for (const m of status.missing) {
      const j = linkAt(m.dataset);
      if (m.record === undefined)
        out.error(['entries', i, 'links', j, 'dataset'], 'catalogue_dataset_missing', { ref: m.dataset });
      else
        out.error(
          ['entries', i, 'links', j, 'records', entry.links![j]!.records!.indexOf(m.record)],
          'catalogue_record_missing',
          {
            ref: m.record,
            dataset: m.dataset,
          },
        );
    }
    if (status.state === 'unlinked' && status.missing.length === 0)
      out.warn(['entries', i], 'catalogue_unpublished', { entry: name, domain: entry.domain });
    for (const l of status.late)
      out.warn(['entries', i, 'links', linkAt(l.dataset)], 'catalogue_late', {
        entry: name,
        dataset: l.dataset,
        changed: l.changed,
        deadline: l.deadline,
        updated: l.updated ?? undefined,
        limit: entry.timeLimit.text,
        asOf: (asOf ?? '').slice(0, 10),
      });
  });
}

/**
 * The same audit for a catalogue read apart from its feed (a platform's harvest): the feed's datasets
 * with their dates, and record ids where known. Issues point into the catalogue, as the validator's do.
 */
export function auditCatalogue(
  catalogue: DisclosureCatalogue,
  refs: readonly Pick<DatasetRef, 'id' | 'updated'>[],
  asOf: string | null,
  recordIds: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): ValidationIssue[] {
  const out = new IssueList();
  checkCatalogueAgainstFeed(catalogue, refs as DatasetRef[], recordIds, asOf, out);
  return out.items;
}
