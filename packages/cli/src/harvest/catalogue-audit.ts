/**
 * A publisher's 政务公开事项标准目录 against the datasets the harvest serves for it: the counts the
 * report shows and a problem per entry linked to nothing, late, or linked to a dataset the feed does
 * not have — the audit `gongkai validate` runs, judged on the harvest's day (China time).
 */
import { auditCatalogue, catalogueStatus, formatIssue, validate, type CatalogueDatasetFacts } from '@gongkai/sdk';
import type { DatasetState, Problem } from './dataset.js';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export function publisherCatalogueAudit(
  catalogueId: string,
  bytes: Uint8Array,
  served: readonly DatasetState[],
  now: Date,
): { counts: { published: number; unlinked: number; late: number }; problems: Problem[] } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined; // already reported as unreadable by the dataset's own checks
  }
  const r = validate('disclosure-catalogue', data);
  if (!r.data) return undefined;
  const asOf = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  const facts = new Map<string, CatalogueDatasetFacts>(served.map((d) => [d.id, { updated: d.updated }]));
  const { counts } = catalogueStatus(r.data.entries, facts, asOf);
  const problems: Problem[] = auditCatalogue(r.data, served, asOf).map((i) => ({
    dataset: catalogueId,
    severity: i.severity,
    code: i.code,
    message: formatIssue(i),
  }));
  return { counts, problems };
}
