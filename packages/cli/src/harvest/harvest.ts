/**
 * `gongkai harvest registry.json --out aggregate/`: every publisher's feed into one aggregate.
 * Each manifest and dataset is fetched with conditional GET, checked against its sha256 and
 * validated; a copy that fails is replaced by the last good one (and reported), a dataset taken out
 * of a feed is recorded as removed (and kept), and the whole aggregate is published in one rename.
 */
import { link, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MODEL_VERSION, Registry, mapLimit, type CatalogueEntry, type HarvestReport } from '@gongkai/sdk';
import type { DatasetState, Problem } from './dataset.js';
import type { DerivedProblem } from './derived-problem.js';
import { Fetcher } from './fetcher.js';
import { collectGarbage } from './collect-garbage.js';
import { DEFAULT_EXPECTED } from '@gongkai/sdk';
import { writeParquet } from './parquet.js';
import { MAX_DATASETS_PER_PUBLISHER, harvestPublisher } from './publisher.js';
import { policyFor } from './fetch-policy.js';
import { writeSearch } from './search-pages.js';
import { Release } from './release.js';
import { reportHtml } from './report-html.js';

export interface HarvestOptions {
  out: string;
  concurrency?: number;
  perHost?: number;
  timeoutMs?: number;
  /** A request with no answer after this long is sent once more (default 3 s; 0: never). */
  hedgeMs?: number;
  /** Search pages per Pagefind index (the indexer's memory grows with it): see search-pages.ts. */
  pagesPerIndex?: number;
  /** Where each search page links: the widget view that shows the item (see search-pages.ts). */
  view?: string;
  now?: Date;
  /** At most this many datasets of one manifest are fetched (default MAX_DATASETS_PER_PUBLISHER). */
  maxDatasetsPerPublisher?: number;
  onPublisher?: (done: number, of: number) => void;
}

/**
 * What each publisher's harvest left: its datasets, and what deriving the search index and the
 * Parquet tables from them said (kept, so a harvest that links the previous ones in says it again).
 */
type State = Record<string, { datasets: Record<string, DatasetState>; derived?: Problem[] }>;

/** Names the checks a dataset passed: a new toolkit or model version checks unchanged bytes again. */
async function checkerName(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `gongkai ${pkg.version}, model ${MODEL_VERSION}`;
}

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
  const perHost = opts.perHost ?? 4;
  const fetcher = new Fetcher({
    cacheDir: join(opts.out, 'cache'),
    perHost,
    timeoutMs: opts.timeoutMs ?? 15_000,
    hedgeMs: opts.hedgeMs ?? 3000,
    maxBytes: 50 * 1024 * 1024,
  });
  const release = await Release.open(opts.out, now);
  const checker = await checkerName();
  let done = 0;
  // Publishers served from a last good copy last time (a host that failed or hung) start first: a host
  // that hangs again then waits out its deadline while the others are fetched, not after them all.
  const struggled = registry.publishers.map((p) =>
    Object.values(previous[p.creditCode]?.datasets ?? {}).some((d) => d.state === 'last-good'),
  );
  const all = struggled.map((_, i) => i);
  const order = [...all.filter((i) => struggled[i]), ...all.filter((i) => !struggled[i])];
  const inOrder = await mapLimit(order, Math.max(1, opts.concurrency ?? 8), async (i) => {
    const p = registry.publishers[i]!;
    const r = await harvestPublisher(p, {
      fetcher,
      policy: policyFor(p, registry),
      parallel: perHost,
      maxDatasets: opts.maxDatasetsPerPublisher ?? MAX_DATASETS_PER_PUBLISHER,
      release,
      previous: previous[p.creditCode]?.datasets ?? {},
      previousRoot,
      stamp,
      now,
      checker,
      expected: p.expect ?? registry.expect ?? DEFAULT_EXPECTED,
      rules: registry.rules,
    });
    opts.onPublisher?.(++done, registry.publishers.length);
    return r;
  });
  // Back in registry order, which the catalogue and the report follow.
  const harvested = new Array<(typeof inOrder)[number]>(inOrder.length);
  order.forEach((i, k) => (harvested[i] = inOrder[k]!));
  const reports = harvested.map((r) => r.report);
  const at = new Map(registry.publishers.map((p, i) => [p.creditCode, i]));
  const state: State = Object.fromEntries(
    registry.publishers.map((p, i) => [p.creditCode, { datasets: harvested[i]!.datasets }]),
  );

  const datasets: CatalogueEntry[] = registry.publishers.flatMap((p) => {
    const cc = p.creditCode;
    return Object.values(state[cc]!.datasets).map((d) => ({
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
  await release.writeJson('catalogue.json', {
    modelVersion: MODEL_VERSION,
    name: registry.name,
    harvested: stamp,
    datasets,
  });
  // The Parquet tables and the search index depend only on what is served: when not one dataset
  // changed (an unchanged re-harvest: 304s, last good copies), the previous ones are linked in.
  const sameAsBefore = servedFingerprint(state) === servedFingerprint(previous) && Object.keys(previous).length > 0;
  const reused =
    sameAsBefore &&
    (await linkTree(join(previousRoot, 'parquet'), join(release.dir, 'parquet'))) &&
    (await linkTree(join(previousRoot, 'search'), join(release.dir, 'search')));
  const derived: DerivedProblem[] = [];
  if (reused) {
    for (const [cc, s] of Object.entries(previous))
      for (const problem of s.derived ?? []) if (at.has(cc)) derived.push({ publisher: cc, problem });
  } else {
    await rm(join(release.dir, 'parquet'), { recursive: true, force: true });
    await rm(join(release.dir, 'search'), { recursive: true, force: true });
    const readDataset = async (e: CatalogueEntry) => JSON.parse(await readFile(join(release.dir, e.path), 'utf8'));
    // The search index first, then the Parquet tables: the memory DuckDB takes stays with this process
    // after it closes, and the Pagefind indexer (a process of its own) should not be running beside it.
    collectGarbage();
    // Each step isolates what one publisher's data does to it (reported in `derived`); what is left
    // to fail here (a full disk, an indexer that will not start) is said in every report, and the
    // feeds are published all the same.
    const step = async (what: string, run: () => Promise<{ problems: DerivedProblem[] }>) => {
      try {
        derived.push(...(await run()).problems);
      } catch (e) {
        const message = `${what}未能生成：${(e as Error).message.slice(0, 300)}`;
        for (const p of registry.publishers)
          derived.push({ publisher: p.creditCode, problem: { severity: 'warning', code: 'derived_failed', message } });
      }
    };
    // One page per item, indexed by Pagefind: search across departments from static files.
    await step('跨部门检索', () =>
      writeSearch(
        (rel, body) => release.write(rel, body),
        join(release.dir, 'search'),
        datasets,
        readDataset,
        opts.view,
        opts.pagesPerIndex,
        { name: registry.name, site: registry.site },
      ),
    );
    // One Parquet table per kind of record, for analysts (DuckDB, or DuckDB-WASM in a browser).
    await step('Parquet 表', async () => {
      await mkdir(join(release.dir, 'parquet'), { recursive: true });
      return writeParquet(join(release.dir, 'parquet'), datasets, readDataset);
    });
  }
  for (const d of derived) {
    const i = at.get(d.publisher);
    if (i === undefined) continue;
    addProblem(reports[i]!, d.problem);
    (state[d.publisher]!.derived ??= []).push(d.problem);
  }
  await release.writeJson('report.json', report);
  await release.write('report.html', reportHtml(report, registry.site));
  await release.writeJson('state.json', state);
  await release.publish();
  return report;
}

/** A problem added to a publisher's report after its harvest: counted, and its status raised to match. */
function addProblem(r: HarvestReport['publishers'][number], problem: Problem): void {
  r.problems.push(problem);
  if (problem.severity === 'error') {
    r.errors++;
    r.status = 'red';
  } else {
    r.warnings++;
    if (r.status === 'green') r.status = 'amber';
  }
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
 * its files is safe, and deleting the old release keeps them), many at a time: a province's search
 * pages are tens of thousands of files. False when `from` is missing.
 */
async function linkTree(from: string, to: string): Promise<boolean> {
  const files: [string, string][] = [];
  const walk = async (a: string, b: string): Promise<boolean> => {
    let entries;
    try {
      entries = await readdir(a, { withFileTypes: true });
    } catch {
      return false;
    }
    await mkdir(b, { recursive: true });
    for (const e of entries) {
      if (!e.isDirectory()) files.push([join(a, e.name), join(b, e.name)]);
      else if (!(await walk(join(a, e.name), join(b, e.name)))) return false;
    }
    return true;
  };
  if (!(await walk(from, to))) return false;
  await mapLimit(files, 32, ([a, b]) => link(a, b));
  return true;
}
