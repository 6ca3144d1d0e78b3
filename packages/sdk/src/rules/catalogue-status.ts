/**
 * The audit of a 政务公开事项标准目录 against its feed: which entries are published, which are linked
 * to nothing, which are late (the information changed, the time limit has run out, and the linked
 * data is still older than the change), and which links point at nothing. Judged against the feed's
 * own dates and an as-of date the caller passes in, never the machine's clock, so a report can be
 * reproduced. One function for the validator, the harvest report and `<gk-catalogue>`.
 */
import type { DisclosureEntry, TimeLimitParsed } from '../model/disclosure-catalogue.js';
import { parseTimeLimit, timeLimitDeadline } from '../helpers/catalogue-time-limit.js';
import type { WorkingCalendar } from '../helpers/dates.js';

/** What the audit knows of a dataset of the feed: its date, and its record ids when they were read. */
export interface CatalogueDatasetFacts {
  updated: string | null;
  records?: ReadonlySet<string>;
}

export type CatalogueState = 'published' | 'unlinked' | 'late';

export interface CatalogueLate {
  dataset: string;
  changed: string;
  deadline: string;
  /** The dataset's own date (YYYY-MM-DD), or null when it prints none. */
  updated: string | null;
}
export interface CatalogueMissing {
  dataset: string;
  /** Set when the dataset exists but this record of it does not. */
  record?: string;
}

export interface CatalogueEntryStatus {
  state: CatalogueState;
  late: CatalogueLate[];
  /** Links to datasets or records the feed does not have (errors in the catalogue itself). */
  missing: CatalogueMissing[];
  /** The time limit the lateness was judged by: the parsed form, or the text read now; absent if neither. */
  limit?: TimeLimitParsed;
}

/** A date-time's calendar day as written (2026-12-04T09:00+08:00 → 2026-12-04). */
const day = (value: string | null): string | null => (value ? value.slice(0, 10) : null);

export function catalogueEntryStatus(
  entry: DisclosureEntry,
  datasets: ReadonlyMap<string, CatalogueDatasetFacts>,
  asOf: string,
  calendar?: WorkingCalendar,
): CatalogueEntryStatus {
  const limit = entry.timeLimit.parsed ?? parseTimeLimit(entry.timeLimit.text);
  const missing: CatalogueMissing[] = [];
  const late: CatalogueLate[] = [];
  const links = entry.links ?? [];
  const deadline = entry.changed && limit ? timeLimitDeadline(entry.changed, limit, calendar) : undefined;
  let found = 0;
  for (const link of links) {
    const facts = datasets.get(link.dataset);
    if (!facts) {
      missing.push({ dataset: link.dataset });
      continue;
    }
    found++;
    for (const record of link.records ?? [])
      if (facts.records && !facts.records.has(record)) missing.push({ dataset: link.dataset, record });
    const updated = day(facts.updated);
    // Late: the change is not in the data yet (or the data has no date), and its time has run out.
    if (deadline && entry.changed && (updated === null || updated < entry.changed) && day(asOf)! > deadline)
      late.push({ dataset: link.dataset, changed: entry.changed, deadline, updated });
  }
  const state: CatalogueState = found === 0 ? 'unlinked' : late.length ? 'late' : 'published';
  return { state, late, missing, ...(limit ? { limit } : {}) };
}

/** Every entry's status, in order, and how many there are of each state. */
export function catalogueStatus(
  entries: readonly DisclosureEntry[],
  datasets: ReadonlyMap<string, CatalogueDatasetFacts>,
  asOf: string,
  calendar?: WorkingCalendar,
): { entries: CatalogueEntryStatus[]; counts: Record<CatalogueState, number> } {
  const counts: Record<CatalogueState, number> = { published: 0, unlinked: 0, late: 0 };
  const out = entries.map((e) => catalogueEntryStatus(e, datasets, asOf, calendar));
  for (const s of out) counts[s.state]++;
  return { entries: out, counts };
}
