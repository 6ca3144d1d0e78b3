/**
 * One publisher of the registry: its manifest, then its datasets a few at a time (as many as the
 * fetcher's per-host limit, so a publisher listing 100,000 datasets takes its turn in the host's
 * queue with the others instead of filling it), each served as fetched, or from the last good copy
 * when the new one fails or is invalid, or recorded as removed when the feed no longer lists it.
 * Invalid data is never served. A manifest that names another 统一社会信用代码 than the registry
 * is refused. Ends with the publisher's mirrored manifest and its line of the report.
 */
import { join } from 'node:path';
import {
  MODEL_VERSION,
  formatIssue,
  mapLimit,
  validate,
  type PublisherReport,
  type RegistryPublisher,
} from '@gongkai/sdk';
import { FetchFailure, type Fetcher } from './fetcher.js';
import type { FetchPolicy } from './fetch-policy.js';
import { harvestDataset, type DatasetState, type ManifestDataset, type Problem, type Servable } from './dataset.js';
import { missingKinds, publisherStatus, staleDatasets, type DatasetFacts } from '@gongkai/sdk';
import type { Release } from './release.js';
import { publisherCatalogueAudit } from './catalogue-audit.js';

/** Datasets fetched per publisher by default; the rest of a longer manifest is reported, not fetched. */
export const MAX_DATASETS_PER_PUBLISHER = 5000;

export interface PublisherContext {
  fetcher: Fetcher;
  /** Where this publisher's feed may be fetched from. */
  policy: FetchPolicy;
  /** Datasets of this publisher fetched at once. */
  parallel: number;
  /** At most this many datasets of one manifest are fetched. */
  maxDatasets: number;
  release: Release;
  previous: Record<string, DatasetState>;
  previousRoot: string;
  stamp: string;
  now: Date;
  checker: string;
  expected: readonly string[];
  rules: Parameters<typeof staleDatasets>[1];
}

interface Manifest {
  updated?: string | null;
  publisher?: { name?: string; creditCode?: string };
  datasets?: ManifestDataset[];
}

export async function harvestPublisher(p: RegistryPublisher, ctx: PublisherContext) {
  const problems: Problem[] = [];
  const requests = { notModified: 0, fetched: 0, failed: 0 };
  const datasets: Record<string, DatasetState> = {};
  const lastGood: string[] = [];
  // The publisher's 标准目录, when this harvest fetched one: audited against what is served.
  let catalogue: { id: string; bytes: Uint8Array } | undefined;
  const base = `feeds/${p.creditCode}`;
  const problem = (severity: Problem['severity'], code: string, message: string, dataset?: string) =>
    problems.push({ ...(dataset ? { dataset } : {}), severity, code, message });
  const get = async (url: string) => {
    try {
      const r = await ctx.fetcher.get(url, ctx.policy);
      requests[r.status === 304 ? 'notModified' : 'fetched']++;
      return r.body;
    } catch (e) {
      requests.failed++;
      throw e;
    }
  };
  /** The previous release's copy of a dataset, served again (last good); false when there is none. */
  const keepPrevious = async (id: string, why: string): Promise<boolean> => {
    const prev = ctx.previous[id];
    if (!prev || prev.state === 'removed') return false;
    try {
      await ctx.release.linkFrom(join(ctx.previousRoot, prev.path), prev.path);
    } catch {
      return false;
    }
    datasets[id] = { ...prev, state: 'last-good' };
    lastGood.push(id);
    problem('warning', 'last_good', `${why}；继续提供 ${prev.harvested} 抓取的上一份有效版本`, id);
    return true;
  };
  const serve = async (s: Servable) => {
    if (s.unchanged) await ctx.release.linkFrom(join(ctx.previousRoot, s.state.path), s.state.path);
    else await ctx.release.write(s.state.path, s.bytes);
    datasets[s.state.id] = s.state;
  };

  const manifestUrl = /\.json(\?.*)?$/i.test(p.feed) ? p.feed : `${p.feed.replace(/\/?$/, '/')}manifest.json`;
  let manifest: Manifest | undefined;
  try {
    const v = validate('manifest', JSON.parse((await get(manifestUrl)).toString('utf8')));
    for (const i of v.issues) problem(i.severity, i.code, formatIssue(i));
    manifest = v.data as Manifest | undefined;
  } catch (e) {
    const message = e instanceof FetchFailure ? e.message : `${manifestUrl}：无法解析：${(e as Error).message}`;
    problem('error', 'feed_unreadable', message);
  }
  // A feed speaks for the publisher the registry lists, never for another department.
  const claimed = manifest?.publisher;
  if (manifest && claimed?.creditCode && claimed.creditCode !== p.creditCode) {
    const says = `数据源 ${manifestUrl} 自称“${claimed.name ?? ''}”（统一社会信用代码 ${claimed.creditCode}）`;
    problem('error', 'publisher_mismatch', `${says}，与名录登记的“${p.name}”（${p.creditCode}）不符，未采用`);
    manifest = undefined;
  } else if (manifest && claimed?.name && claimed.name !== p.name) {
    const says = `数据源自称“${claimed.name}”，名录登记为“${p.name}”`;
    problem('warning', 'publisher_name', `${says}；按名录登记的发布单位归档`);
  }
  if (!manifest) {
    // The feed cannot be read this time: every dataset of the last harvest is served as it was.
    for (const [id, prev] of Object.entries(ctx.previous)) {
      if (prev.state === 'removed') datasets[id] = prev;
      else await keepPrevious(id, '数据源无法读取或未被采用');
    }
  } else {
    const all = manifest.datasets ?? [];
    const listed = all.slice(0, ctx.maxDatasets);
    if (all.length > listed.length) {
      const cut = `清单列出 ${all.length} 个数据集，超过每个发布单位 ${ctx.maxDatasets} 个的上限`;
      problem(
        'error',
        'too_many_datasets',
        `${cut}：只抓取前 ${ctx.maxDatasets} 个，其余 ${all.length - listed.length} 个未抓取`,
      );
    }
    const outcomes = await mapLimit(listed, ctx.parallel, (d) =>
      harvestDataset(d, manifestUrl, `${base}/data/${d.id}.json`, {
        get,
        previous: ctx.previous[d.id],
        checker: ctx.checker,
        stamp: ctx.stamp,
      }),
    );
    // In the manifest's order, so the catalogue and the report read as the feed does.
    for (const [i, o] of outcomes.entries()) {
      const id = listed[i]!.id;
      if (o.ok && listed[i]!.kind === 'disclosure-catalogue') catalogue ??= { id, bytes: o.served.bytes };
      problems.push(...(o.ok ? o.served.problems : o.problems));
      if (o.ok) await serve(o.served);
      else if (await keepPrevious(id, o.why)) continue;
      // Invalid data is never served: with no last good copy, nothing is.
      else problem('error', o.code, `${o.why}；没有上一份有效版本，本数据集未发布`, id);
    }
    // Still listed but past the cap: not removed, only not fetched this time.
    for (const d of all.slice(listed.length))
      if (ctx.previous[d.id] && !datasets[d.id]) await keepPrevious(d.id, '超过上限，本次未抓取');
    // Taken out of the feed: recorded, and the copy kept, never silently deleted.
    for (const [id, prev] of Object.entries(ctx.previous)) {
      if (datasets[id]) continue;
      const removedPath = `removed/${p.creditCode}/${id}.json`;
      try {
        await ctx.release.linkFrom(join(ctx.previousRoot, prev.path), removedPath);
        datasets[id] = { ...prev, path: removedPath, state: 'removed', removed: prev.removed ?? ctx.stamp };
      } catch {
        problem('warning', 'removed_copy_lost', `已撤下的数据集 ${id} 的保留副本无法读取`, id);
      }
    }
  }
  const served = Object.values(datasets).filter((d) => d.state !== 'removed');
  const audit = catalogue ? publisherCatalogueAudit(catalogue.id, catalogue.bytes, served, ctx.now) : undefined;
  if (audit) problems.push(...audit.problems);
  await ctx.release.writeJson(`${base}/manifest.json`, mirroredManifest(p, manifest, served));
  const report = publisherReport(p, ctx, { manifest, problems, served, lastGood, datasets, requests });
  if (audit) report.catalogue = audit.counts;
  return { report, datasets };
}

/** The publisher's mirrored feed: a manifest listing what is served, with the hashes of those bytes. */
function mirroredManifest(p: RegistryPublisher, manifest: Manifest | undefined, served: DatasetState[]) {
  return {
    modelVersion: MODEL_VERSION,
    // The registry's identity, whatever the feed says of itself (its other fields are kept).
    publisher: { ...manifest?.publisher, name: p.name, creditCode: p.creditCode },
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
  };
}

function publisherReport(
  p: RegistryPublisher,
  ctx: PublisherContext,
  h: {
    manifest: Manifest | undefined;
    problems: Problem[];
    served: DatasetState[];
    lastGood: string[];
    datasets: Record<string, DatasetState>;
    requests: PublisherReport['requests'];
  },
): PublisherReport {
  const facts: DatasetFacts[] = h.served.map((d) => ({
    id: d.id,
    kind: d.kind,
    updated: d.updated,
    ...(d.year ? { year: d.year } : {}),
  }));
  const missing = missingKinds(facts, ctx.expected);
  const stale = staleDatasets(facts, ctx.rules, ctx.now);
  const errors = h.problems.filter((x) => x.severity === 'error').length;
  const warnings = h.problems.length - errors;
  return {
    creditCode: p.creditCode,
    name: p.name,
    ...(p.region ? { region: p.region } : {}),
    feed: p.feed,
    status: publisherStatus({
      readable: h.manifest !== undefined,
      errors,
      warnings,
      missingKinds: missing,
      stale,
      lastGood: h.lastGood,
    }),
    lastUpdated: h.manifest?.updated ?? null,
    lastHarvested: ctx.stamp,
    datasets: h.served.length,
    errors,
    warnings,
    problems: h.problems,
    missingKinds: missing,
    stale,
    lastGood: h.lastGood,
    removed: Object.values(h.datasets)
      .filter((d) => d.state === 'removed')
      .map((d) => d.id),
    requests: h.requests,
  };
}
