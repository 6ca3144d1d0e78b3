/**
 * `gongkai harvest <registry.json> --out <aggregate>`: prints what it harvested and where the
 * report is. Exit 0 when the aggregate was written (a red publisher is in the report, not a failure
 * of the harvest), 2 when the registry cannot be read.
 */
import { join } from 'node:path';
import type { Output } from '../output.js';
import { RegistryError, harvest } from '../harvest/harvest.js';

export interface HarvestCommandOptions {
  out: string;
  concurrency?: number;
  perHost?: number;
  pagesPerIndex?: number;
  maxDatasetsPerPublisher?: number;
  view?: string;
}

export async function harvestCommand(registry: string, opts: HarvestCommandOptions, o: Output): Promise<number> {
  let report;
  try {
    report = await harvest(registry, {
      ...opts,
      onPublisher: (done, of) =>
        o.progress(o.t(`已抓取 ${done}/${of} 个发布单位…`, `harvested ${done}/${of} publishers…`)),
    });
  } catch (e) {
    if (!(e instanceof RegistryError)) throw e;
    o.err(o.t(`无法读取发布单位名录 ${e.message}`, `cannot read the registry ${e.message}`));
    return 2;
  }
  const n = (s: string) => report.publishers.filter((p) => p.status === s).length;
  const sum = (k: 'notModified' | 'fetched' | 'failed') => report.publishers.reduce((a, p) => a + p.requests[k], 0);
  o.out(
    o.t(
      `✔ ${report.publishers.length} 个发布单位：需整改 ${n('red')}，需关注 ${n('amber')}，正常 ${n('green')}` +
        `（请求：未变 ${sum('notModified')}，更新 ${sum('fetched')}，失败 ${sum('failed')}）`,
      `✔ ${report.publishers.length} publishers: ${n('red')} red, ${n('amber')} amber, ${n('green')} green` +
        ` (requests: ${sum('notModified')} not modified, ${sum('fetched')} fetched, ${sum('failed')} failed)`,
    ),
  );
  // This process's own peak (the Pagefind indexer is a child process, counted apart by the OS).
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  o.out(o.t(`本进程内存峰值 ${peak} MB`, `peak memory of this process ${peak} MB`));
  o.out(
    o.t(`报告：${join(opts.out, 'current', 'report.html')}`, `report: ${join(opts.out, 'current', 'report.html')}`),
  );
  return 0;
}
