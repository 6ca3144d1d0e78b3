/**
 * The change history `gongkai build` keeps beside a feed (out/changes.json): each build that changed
 * a dataset adds one version of it — its content hash, the record-level changes against the version
 * before, as published. The file is kept across builds (the archive keeps old data; this says what
 * changed between them), so the Atom feeds written from it keep their entries and ids.
 */
import { datasetChanges, type Manifest, type RecordChange } from '@gongkai/sdk';

export interface DatasetVersion {
  dataset: string;
  kind: string;
  title: string;
  /** The first 12 hex digits of the new file's sha256: what makes a version, never the build time. */
  version: string;
  previousVersion?: string;
  /** The dataset's own date, as published (null when it prints none). */
  updated: string | null;
  /** When the build that first saw this version ran: only for a dataset that prints no date. */
  recorded: string;
  changes: RecordChange[];
}

export interface ChangeHistory {
  /** Newest first. */
  versions: DatasetVersion[];
}

/** Only so many versions are kept in the file: a feed rebuilt daily for years stays small. */
export const HISTORY_LIMIT = 1000;

export interface Published {
  manifest: Manifest;
  /** Dataset bodies by id, as written. */
  datasets: Record<string, unknown>;
}

/** The versions this build adds: every dataset whose content differs from the previous build's. */
export function newVersions(previous: Published, current: Published, recorded: string): DatasetVersion[] {
  const before = new Map(previous.manifest.datasets.map((d) => [d.id, d]));
  const out: DatasetVersion[] = [];
  for (const ref of current.manifest.datasets) {
    const old = before.get(ref.id);
    if (!old || !(ref.id in current.datasets) || !(ref.id in previous.datasets)) continue;
    if (old.sha256 && old.sha256 === ref.sha256) continue;
    const changes = datasetChanges(ref.kind, previous.datasets[ref.id], current.datasets[ref.id]);
    if (!changes.length) continue;
    out.push({
      dataset: ref.id,
      kind: ref.kind,
      title: ref.title,
      version: (ref.sha256 ?? '').slice(0, 12),
      ...(old.sha256 ? { previousVersion: old.sha256.slice(0, 12) } : {}),
      updated: (current.datasets[ref.id] as { updated?: string | null }).updated ?? ref.updated,
      recorded,
      changes,
    });
  }
  return out;
}

/** The history with this build's versions added (a version already recorded is not added twice). */
export function addVersions(history: ChangeHistory, versions: DatasetVersion[]): ChangeHistory {
  const known = new Set(history.versions.map((v) => `${v.dataset}@${v.version}`));
  const fresh = versions.filter((v) => !known.has(`${v.dataset}@${v.version}`));
  return { versions: [...fresh, ...history.versions].slice(0, HISTORY_LIMIT) };
}

/** A history read back from disk; anything that is not one starts a new history (and says so to the caller). */
export function readHistory(text: string | undefined): ChangeHistory | undefined {
  if (text === undefined) return { versions: [] };
  try {
    const h = JSON.parse(text) as ChangeHistory;
    return Array.isArray(h?.versions) ? h : undefined;
  } catch {
    return undefined;
  }
}
