// `gongkai harvest` at province scale: 2,000 publishers, each a variant of the sample feed (its own
// county name in every text), served from 250 loopback hosts with 50–200 ms latency and faults on
// 2% of requests (5xx, a hang past the timeout, a truncated body). Measures the full harvest (wall,
// CPU, peak RSS), an unchanged re-harvest (304s), what no fault may cost (datasets lost), the
// Pagefind index and Parquet sizes, a DuckDB query, and the first search result on a cold page in
// Chromium. Usage: node bench/harvest.bench.mjs [publishers]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer as createStatic, listen } from '../packages/cli/dist/static-server.js';
import { machine, writeSection } from './results-file.mjs';

const PUBLISHERS = Number(process.argv[2] ?? 2000);
const HOSTS = 250;
const FEED = new URL('../examples/feeds/shili-county/', import.meta.url);
const DATASETS = ['fees-nr', 'guides-nr', 'budget-2026-nr', 'three-public-2025-nr'];
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FEED), 'utf8'));
const files = Object.fromEntries(DATASETS.map((id) => [id, readFileSync(new URL(`data/${id}.json`, FEED), 'utf8')]));

const county = (i) => `第${i}县`;
const creditCode = (i) => `1133${String(i).padStart(4, '0')}MB0000001X`;
const hash = (s) => createHash('sha1').update(s).digest('hex');

/** The body of a publisher's file; every text names its own county, so no two feeds are alike. */
function body(i, rel) {
  if (rel === 'manifest.json') {
    const m = structuredClone(manifest);
    m.datasets = m.datasets.filter((d) => DATASETS.includes(d.id));
    m.publisher.creditCode = creditCode(i);
    return JSON.stringify(m).replaceAll('示例县', county(i));
  }
  const id = rel.match(/^data\/(.+)\.json$/)?.[1];
  return id && files[id] ? files[id].replaceAll('示例县', county(i)) : undefined;
}

let round = 0;
const stats = { requests: 0, faults: 0 };
const server = createServer((req, res) => {
  stats.requests++;
  const [, p, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
  const b = body(Number(p), rest.join('/'));
  if (b === undefined) return res.writeHead(404).end();
  // 2% of requests fail, a different 2% each round (so a failure meets a last good copy).
  const roll = parseInt(hash(`${round}:${req.url}`).slice(0, 8), 16) % 1000;
  setTimeout(
    () => {
      if (roll < 7) return (stats.faults++, res.writeHead(503).end());
      if (roll < 13) return stats.faults++; // hangs: the harvest's deadline must end it
      if (roll < 20) {
        stats.faults++;
        res.writeHead(200, { 'content-length': Buffer.byteLength(b) });
        return res.end(b.slice(0, 100)); // truncated
      }
      const etag = `"${hash(b).slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, { etag, 'content-type': 'application/json' }).end(b);
    },
    50 + (parseInt(hash(req.url).slice(8, 12), 16) % 151),
  );
});
await new Promise((r) => server.listen(0, '0.0.0.0', r));
const port = server.address().port;

const dir = mkdtempSync(join(tmpdir(), 'gongkai-harvest-bench-'));
const registry = join(dir, 'registry.json');
writeFileSync(
  registry,
  JSON.stringify({
    name: '基准测试省平台',
    // The publishers are on loopback, which a harvest refuses unless the registry allows it.
    allowPrivateAddresses: true,
    publishers: Array.from({ length: PUBLISHERS }, (_, i) => ({
      creditCode: creditCode(i),
      name: `${county(i)}自然资源局`,
      region: county(i),
      feed: `http://127.0.0.${1 + (i % HOSTS)}:${port}/${i}/`,
    })),
  }),
);
const out = join(dir, 'aggregate');

/** The resident memory (kB) of `pid` and every process below it, from /proc (each thread's children). */
function treeRss(pid) {
  const children = (p) => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) =>
        readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
    } catch {
      return []; // gone meanwhile
    }
  };
  let sum = 0;
  let largest = 0;
  for (const queue = [pid]; queue.length;) {
    const p = queue.pop();
    queue.push(...children(p));
    try {
      const kb = Number(readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
      sum += kb;
      largest = Math.max(largest, kb);
    } catch {
      // gone meanwhile
    }
  }
  return { sum, largest };
}

/**
 * One harvest as its own process under /usr/bin/time: wall s, CPU s, and peak RSS MB — the harvest
 * process's own (it prints it), and the whole process tree's (the Pagefind indexers are children,
 * which the OS counts apart), sampled from /proc every 100 ms.
 */
function harvest() {
  return new Promise((resolve, reject) => {
    // PROFILE=dir: a CPU profile of each harvest in dir (the figures then are not the record's).
    const prof = process.env.PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.PROFILE] : [];
    const args = ['-f', '%e %U %S %M', process.execPath, ...prof, 'packages/cli/dist/bin.js', 'harvest', registry];
    const options = ['--out', out, '--concurrency', '64', '--per-host', '4', '--lang', 'en'];
    const p = spawn('/usr/bin/time', [...args, ...options], { stdio: ['ignore', 'pipe', 'pipe'] });
    let treeMb = 0;
    let largestMb = 0;
    const sampler = setInterval(() => {
      const { sum, largest } = treeRss(p.pid);
      treeMb = Math.max(treeMb, sum / 1024);
      largestMb = Math.max(largestMb, largest / 1024);
    }, 100);
    let err = '';
    let stdout = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => {
      clearInterval(sampler);
      const [wall, user, sys, rss] = err.trim().split('\n').at(-1).split(' ').map(Number);
      if (code !== 0) return reject(new Error(`harvest exited ${code}: ${err.slice(-500)}`));
      const self = Number(stdout.match(/peak memory of this process (\d+) MB/)?.[1]);
      resolve({ wall, cpu: user + sys, rssMb: rss / 1024, selfMb: self, treeMb, largestMb });
    });
  });
}

const current = () => realpathSync(join(out, 'current'));
const report = () => JSON.parse(readFileSync(join(current(), 'report.json'), 'utf8'));
const requests = (r) =>
  r.publishers.reduce(
    (a, p) => ({
      notModified: a.notModified + p.requests.notModified,
      fetched: a.fetched + p.requests.fetched,
      failed: a.failed + p.requests.failed,
    }),
    { notModified: 0, fetched: 0, failed: 0 },
  );
const served = () =>
  new Set(
    JSON.parse(readFileSync(join(current(), 'catalogue.json'), 'utf8'))
      .datasets.filter((d) => d.state !== 'removed')
      .map((d) => `${d.publisher}/${d.id}`),
  );
const du = (path) => {
  let n = 0;
  for (const e of readdirSync(path, { withFileTypes: true }))
    n += e.isDirectory() ? du(join(path, e.name)) : statSync(join(path, e.name)).size;
  return n;
};

round = 1;
const first = await harvest();
const firstRequests = requests(report());
const firstServed = served();
round = 2;
const second = await harvest();
const secondRequests = requests(report());
const secondServed = served();
const lost = [...firstServed].filter((k) => !secondServed.has(k)).length;
const lastGood = report().publishers.reduce((n, p) => n + p.lastGood.length, 0);
// Round 3 meets the same faults as round 2: nothing served changes (the steady state of a platform
// that re-harvests every hour).
const third = await harvest();
const thirdRequests = requests(report());
server.close();

// Parquet, and a query over it.
const { DuckDBInstance } = await import('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const q = `SELECT department, sum(actual) FROM '${join(current(), 'parquet', 'three_public.parquet')}' WHERE category = 'total' GROUP BY 1`;
let t = performance.now();
await c.runAndReadAll(q);
const queryFirst = performance.now() - t;
t = performance.now();
await c.runAndReadAll(q);
const queryWarm = performance.now() - t;
c.closeSync();

// The first search result on a cold page: engine, index and fragments fetched from the static tree.
const stat = createStatic({ mounts: { '/aggregate/': current() }, index: '/aggregate/report.html' });
const sport = await listen(stat, 8797);
const browser = await launchChromium();
const searches = [];
try {
  for (let i = 0; i < 3; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`http://127.0.0.1:${sport}/aggregate/report.html`);
    searches.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        // As <gk-search> does: the first index answers first; the others of a split index load into an engine
        // of their own once it has answered, and then both answer, ranked together by score.
        const { bundles } = await fetch('/aggregate/search/bundles.json').then((r) => r.json());
        const first = await import('/aggregate/search/pagefind/pagefind.js');
        await first.init();
        const r = await first.search('bdc');
        await r.results[0].data();
        const ms = performance.now() - t0;
        const rest = (async () => {
          if (bundles.length < 2) return undefined;
          const pf = await import('/aggregate/search/pagefind/pagefind.js?rest');
          await pf.options({ basePath: `/aggregate/search/${bundles[1]}` });
          await Promise.all(bundles.slice(2).map((b) => pf.mergeIndex(`/aggregate/search/${b}`)));
          await pf.init();
          return pf;
        })();
        const others = await rest;
        const all = [...r.results, ...(others ? (await others.search('bdc')).results : [])];
        await all.sort((x, y) => y.score - x.score)[0].data();
        return { ms, all: performance.now() - t0, results: all.length, indexes: bundles.length };
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  stat.close();
}
const searchMs = searches.map((s) => s.ms).sort((a, b) => a - b);

const mb = (b) => (b / 1e6).toFixed(1);
const total = (r) => r.notModified + r.fetched + r.failed;
const row = (name, h, r, aim) =>
  `| ${name} | ${h.wall.toFixed(1)} s | ${h.cpu.toFixed(1)} s | ${h.selfMb} MB | ${h.largestMb.toFixed(0)} MB | ` +
  `${h.treeMb.toFixed(0)} MB | ${total(r)} | ${r.notModified} | ${r.failed} | ${aim} |`;
const lines = [
  `## gongkai harvest (${PUBLISHERS.toLocaleString('en')} publishers)`,
  '',
  `${await machine()}. ${PUBLISHERS} publishers × (manifest + ${DATASETS.length} datasets) on ${HOSTS} loopback hosts,`,
  `50–200 ms latency per answer, 2% of requests faulty (503, a hang past the 15 s deadline, a truncated body),`,
  `a different 2% in rounds 1 and 2, round 2's again in round 3. \`--concurrency 64 --per-host 4\`. Wall and CPU from /usr/bin/time. Peak RSS:`,
  `the harvest process's own (DuckDB runs inside it), and, sampled from /proc every 100 ms, the largest single process`,
  `of its tree and the tree's sum (the Pagefind indexers are child processes, one index at a time).`,
  '',
  '| run | wall | CPU | peak RSS: harvest process | largest process | all processes together | requests | 304 | failed | aim |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  row('full harvest', first, firstRequests, 'RSS ≤ 500 MB'),
  row('re-harvest, new faults (index rebuilt)', second, secondRequests, 'no feed lost'),
  row('re-harvest, nothing changed', third, thirdRequests, '≤ 60 s, mostly 304'),
  '',
  `- Datasets lost to a fault in the re-harvest: **${lost}** (aim 0); served from their last good copy: ${lastGood}.`,
  `- Pagefind: ${searches[0].indexes} indexes of ≤ 3,000 pages, ${mb(du(join(current(), 'search')) - du(join(current(), 'search', 'items')))} MB on disk for ${readdirSync(join(current(), 'search', 'items')).length} publishers' pages;`,
  `  first search result for "bdc" on a cold page (engine, index and fragments over HTTP; from the first index, as <gk-search> shows it before the others load): ${searchMs.map((m) => `${m.toFixed(0)} ms`).join(' / ')} (aim ≤ 300 ms); every index searched: ${searches.map((s) => `${s.all.toFixed(0)} ms`).join(' / ')}.`,
  `- Parquet: ${mb(du(join(current(), 'parquet')))} MB; DuckDB \`sum(actual) GROUP BY department\` over the 三公 table: ${queryFirst.toFixed(0)} ms first, ${queryWarm.toFixed(0)} ms warm.`,
];
if (!process.env.PROFILE) writeSection('harvest', lines.join('\n'));
console.log(lines.join('\n'));
