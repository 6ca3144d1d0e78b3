/**
 * `gongkai harvest registry.json --out aggregate/`: every publisher's feed into one aggregate.
 * Each manifest and dataset is fetched with conditional GET, checked against its sha256 and
 * validated; a copy that fails is replaced by the last good one (and reported), a dataset taken out
 * of a feed is recorded as removed (and kept), and the whole aggregate is published in one rename.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MODEL_VERSION,
  Registry,
  formatIssue,
  isSchemaKind,
  validate,
  type CatalogueEntry,
  type HarvestReport,
  type PublisherReport,
  type RegistryPublisher,
  type SchemaKind,
} from '@gongkai/sdk';
import { FetchFailure, Fetcher } from './fetcher.js';
import { DEFAULT_EXPECTED, missingKinds, publisherStatus, staleDatasets, type DatasetFacts } from './freshness.js';
import { writeParquet } from './parquet.js';
import { writeSearch } from './search-pages.js';
import { Release } from './release.js';
import { reportHtml } from './report-html.js';

export interface HarvestOptions {
  out: string;
  concurrency?: number;
  perHost?: number;
  timeoutMs?: number;
  /** Where each search page links: the widget view that shows the item (see search-pages.ts). */
  view?: string;
  now?: Date;
  onPublisher?: (done: number, of: number) => void;
}

/** What the previous harvest knew of one dataset (kept in state.json of each release). */
interface DatasetState {
  kind: string;
  id: string;
  title?: string;
  year?: number;
  updated: string | null;
  source: string;
  sha256: string;
  /** Path inside a release. */
  path: string;
  harvested: string;
  state: CatalogueEntry['state'];
  removed?: string;
}
type State = Record<string, { datasets: Record<string, DatasetState> }>;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

export class RegistryError extends Error {}

export async function readRegistry(file: string) {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new RegistryError(`${file}: ${(e as Error).message}`);
  }
  const r = Registry.safeParse(data);
  if (!r.success) {
    const where = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new RegistryError(`${file}: ${where}`);
  }
  const seen = new Set<string>();
  for (const p of r.data.publishers) {
    if (seen.has(p.creditCode)) throw new RegistryError(`${file}: ${p.creditCode} (${p.name}) is listed twice`);
    seen.add(p.creditCode);
  }
  return r.data;
}

export async function harvest(registryFile: string, opts: HarvestOptions): Promise<HarvestReport> {
  const registry = await readRegistry(registryFile);
  const now = opts.now ?? new Date();
  const stamp = now.toISOString();
  const previousRoot = join(opts.out, 'current');
  const previous: State = await readFile(join(previousRoot, 'state.json'), 'utf8')
    .then((t) => JSON.parse(t) as State)
    .catch(() => ({}));
  const fetcher = new Fetcher({
    cacheDir: join(opts.out, 'cache'),
    perHost: opts.perHost ?? 4,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxBytes: 50 * 1024 * 1024,
  });
  const release = await Release.open(opts.out, now);
  const reports: PublisherReport[] = new Array(registry.publishers.length);
  const state: State = {};
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < registry.publishers.length; i = next++) {
      const p = registry.publishers[i]!;
      const r = await harvestPublisher(p, {
        fetcher,
        release,
        previous: previous[p.creditCode]?.datasets ?? {},
        previousRoot,
        stamp,
        now,
        expected: p.expect ?? registry.expect ?? DEFAULT_EXPECTED,
        rules: registry.rules,
      });
      reports[i] = r.report;
      state[p.creditCode] = { datasets: r.datasets };
      opts.onPublisher?.(++done, registry.publishers.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));

  const datasets: CatalogueEntry[] = Object.entries(state).flatMap(([cc, s]) => {
    const p = registry.publishers.find((x) => x.creditCode === cc)!;
    return Object.values(s.datasets).map((d) => ({
      publisher: cc,
      publisherName: p.name,
      ...(p.region ? { region: p.region } : {}),
      kind: d.kind,
      id: d.id,
      ...(d.title ? { title: d.title } : {}),
      ...(d.year ? { year: d.year } : {}),
      updated: d.updated,
      path: d.path,
      source: d.source,
      sha256: d.sha256,
      harvested: d.harvested,
      state: d.state,
      ...(d.removed ? { removed: d.removed } : {}),
    }));
  });
  const report: HarvestReport = {
    modelVersion: MODEL_VERSION,
    name: registry.name,
    harvested: stamp,
    publishers: reports,
  };
  await release.write(
    'catalogue.json',
    json({ modelVersion: MODEL_VERSION, name: registry.name, harvested: stamp, datasets }),
  );
  await release.write('report.json', json(report));
  // The Parquet tables and the search index depend only on what is served: when not one dataset
  // changed (an unchanged re-harvest: 304s, last good copies), the previous ones are linked in.
  const sameAsBefore = servedFingerprint(state) === servedFingerprint(previous) && Object.keys(previous).length > 0;
  const reused =
    sameAsBefore &&
    (await linkTree(join(previousRoot, 'parquet'), join(release.dir, 'parquet'))) &&
    (await linkTree(join(previousRoot, 'search'), join(release.dir, 'search')));
  if (!reused) {
    await rm(join(release.dir, 'parquet'), { recursive: true, force: true });
    await rm(join(release.dir, 'search'), { recursive: true, force: true });
    // One Parquet table per kind of record, for analysts (DuckDB, or DuckDB-WASM in a browser).
    await mkdir(join(release.dir, 'parquet'), { recursive: true });
    const readDataset = async (e: CatalogueEntry) => JSON.parse(await readFile(join(release.dir, e.path), 'utf8'));
    await writeParquet(join(release.dir, 'parquet'), datasets, readDataset);
    // One page per item, indexed by Pagefind: search across departments from static files.
    await writeSearch(
      (rel, body) => release.write(rel, body),
      join(release.dir, 'search', 'pagefind'),
      datasets,
      readDataset,
      opts.view,
    );
  }
  await release.write('report.html', reportHtml(report));
  await release.write('state.json', json(state));
  await release.publish();
  return report;
}

/** What the aggregate serves, as one string: each dataset's publisher, id, sha256, and whether removed. */
function servedFingerprint(state: State): string {
  return Object.entries(state)
    .flatMap(([cc, s]) =>
      Object.values(s.datasets).map((d) => `${cc}/${d.id}/${d.state === 'removed' ? 'removed' : 'served'}/${d.sha256}`),
    )
    .sort()
    .join('\n');
}

/**
 * Hard-links every file of `from` into `to` (a release is never changed once published, so sharing
 * its files is safe, and deleting the old release keeps them). False when `from` is missing.
 */
async function linkTree(from: string, to: string): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch {
    return false;
  }
  await mkdir(to, { recursive: true });
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!(await linkTree(join(from, e.name), join(to, e.name)))) return false;
    } else await link(join(from, e.name), join(to, e.name));
  }
  return true;
}

interface PublisherContext {
  fetcher: Fetcher;
  release: Release;
  previous: Record<string, DatasetState>;
  previousRoot: string;
  stamp: string;
  now: Date;
  expected: readonly string[];
  rules: Parameters<typeof staleDatasets>[1];
}

async function harvestPublisher(p: RegistryPublisher, ctx: PublisherContext) {
  const problems: PublisherReport['problems'] = [];
  const requests = { notModified: 0, fetched: 0, failed: 0 };
  const datasets: Record<string, DatasetState> = {};
  const lastGood: string[] = [];
  const base = `feeds/${p.creditCode}`;
  const problem = (severity: 'error' | 'warning', code: string, message: string, dataset?: string) =>
    problems.push({ ...(dataset ? { dataset } : {}), severity, code, message });
  const get = async (url: string) => {
    try {
      const r = await ctx.fetcher.get(url);
      requests[r.status === 304 ? 'notModified' : 'fetched']++;
      return r.body;
    } catch (e) {
      requests.failed++;
      throw e;
    }
  };
  /** The previous release's copy of a dataset, served again (last good), or undefined. */
  const keepPrevious = async (id: string, why: string) => {
    const prev = ctx.previous[id];
    if (!prev || prev.state === 'removed') return undefined;
    try {
      const bytes = await readFile(join(ctx.previousRoot, prev.path));
      await ctx.release.write(prev.path, bytes);
      datasets[id] = { ...prev, state: 'last-good' };
      lastGood.push(id);
      problem('warning', 'last_good', `${why}; the last good copy of ${prev.harvested} is served`, id);
      return bytes;
    } catch {
      return undefined;
    }
  };

  const manifestUrl = /\.json(\?.*)?$/i.test(p.feed) ? p.feed : `${p.feed.replace(/\/?$/, '/')}manifest.json`;
  let manifest:
    | {
        updated?: string | null;
        publisher?: unknown;
        datasets?: {
          kind: string;
          id: string;
          url: string;
          title?: string;
          year?: number;
          updated: string | null;
          sha256?: string;
        }[];
      }
    | undefined;
  try {
    const v = validate('manifest', JSON.parse((await get(manifestUrl)).toString('utf8')));
    for (const i of v.issues) problem(i.severity, i.code, formatIssue(i));
    manifest = v.data;
  } catch (e) {
    problem(
      'error',
      'feed_unreadable',
      e instanceof FetchFailure ? e.message : `${manifestUrl}: ${(e as Error).message}`,
    );
  }
  if (!manifest) {
    // The feed cannot be read this time: every dataset of the last harvest is served as it was.
    for (const id of Object.keys(ctx.previous)) {
      if (ctx.previous[id]!.state === 'removed') datasets[id] = ctx.previous[id]!;
      else await keepPrevious(id, 'the feed could not be read');
    }
  } else {
    for (const d of manifest.datasets ?? []) {
      const url = new URL(d.url, manifestUrl).href;
      const path = `${base}/data/${d.id}.json`;
      const facts = { kind: d.kind, id: d.id, source: url, path, harvested: ctx.stamp };
      let bytes: Buffer;
      try {
        bytes = await get(url);
      } catch (e) {
        if (!(await keepPrevious(d.id, (e as Error).message)))
          problem('error', 'dataset_unreadable', (e as Error).message, d.id);
        continue;
      }
      const hash = sha256(bytes);
      if (d.sha256 && d.sha256 !== hash) {
        const why = `sha256 ${hash.slice(0, 12)}… is not the manifest's ${d.sha256.slice(0, 12)}…`;
        if (!(await keepPrevious(d.id, why))) problem('error', 'hash_mismatch', why, d.id);
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(bytes.toString('utf8'));
      } catch (e) {
        if (!(await keepPrevious(d.id, `not JSON: ${(e as Error).message}`)))
          problem('error', 'dataset_unreadable', `not JSON: ${(e as Error).message}`, d.id);
        continue;
      }
      if (isSchemaKind(d.kind)) {
        const v = validate(d.kind as SchemaKind, data);
        const errors = v.issues.filter((i) => i.severity === 'error');
        for (const i of v.issues.slice(0, 20)) problem(i.severity, i.code, formatIssue(i), d.id);
        if (errors.length > 0) {
          if (await keepPrevious(d.id, `${errors.length} validation errors`)) continue;
        }
      } else
        problem('warning', 'unknown_kind', `kind "${d.kind}" is not one this version knows; mirrored as it is`, d.id);
      await ctx.release.write(path, bytes);
      datasets[d.id] = {
        ...facts,
        ...(d.title ? { title: d.title } : {}),
        ...(d.year ? { year: d.year } : {}),
        updated: d.updated ?? null,
        sha256: hash,
        state: 'current',
      };
    }
    // Taken out of the feed: recorded, and the copy kept, never silently deleted.
    for (const [id, prev] of Object.entries(ctx.previous)) {
      if (datasets[id]) continue;
      const removedPath = `removed/${p.creditCode}/${id}.json`;
      try {
        await ctx.release.write(removedPath, await readFile(join(ctx.previousRoot, prev.path)));
        datasets[id] = { ...prev, path: removedPath, state: 'removed', removed: prev.removed ?? ctx.stamp };
      } catch {
        problem('warning', 'removed_copy_lost', `the kept copy of removed dataset ${id} could not be read`, id);
      }
    }
  }
  // The publisher's mirrored feed: a manifest listing what is served, with the hashes of those bytes.
  const served = Object.values(datasets).filter((d) => d.state !== 'removed');
  await ctx.release.write(
    `${base}/manifest.json`,
    json({
      modelVersion: MODEL_VERSION,
      publisher: manifest?.publisher ?? { name: p.name, creditCode: p.creditCode },
      updated: manifest?.updated ?? null,
      datasets: served.map((d) => ({
        kind: d.kind,
        id: d.id,
        title: d.title ?? d.id,
        ...(d.year ? { year: d.year } : {}),
        url: `data/${d.id}.json`,
        updated: d.updated,
        sha256: d.sha256,
      })),
    }),
  );
  const facts: DatasetFacts[] = served.map((d) => ({
    id: d.id,
    kind: d.kind,
    updated: d.updated,
    ...(d.year ? { year: d.year } : {}),
  }));
  const missing = missingKinds(facts, ctx.expected);
  const stale = staleDatasets(facts, ctx.rules, ctx.now);
  const errors = problems.filter((x) => x.severity === 'error').length;
  const warnings = problems.length - errors;
  const report: PublisherReport = {
    creditCode: p.creditCode,
    name: p.name,
    ...(p.region ? { region: p.region } : {}),
    feed: p.feed,
    status: publisherStatus({
      readable: manifest !== undefined,
      errors,
      warnings,
      missingKinds: missing,
      stale,
      lastGood,
    }),
    lastUpdated: manifest?.updated ?? null,
    lastHarvested: ctx.stamp,
    datasets: served.length,
    errors,
    warnings,
    problems,
    missingKinds: missing,
    stale,
    lastGood,
    removed: Object.values(datasets)
      .filter((d) => d.state === 'removed')
      .map((d) => d.id),
    requests,
  };
  return { report, datasets };
}
