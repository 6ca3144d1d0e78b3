// Writes examples/aggregate/: what a province platform gets from `gongkai harvest`, for three
// invented counties. 示例县 publishes the whole sample feed; 样例县 a part of it under its own
// names; 演示区 a part with one dataset whose server is down (the report shows it red). A local
// server plays the three counties' web sites; the built CLI harvests them. Run after the build
// (`npm run build` runs it); the output is generated, not committed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { rootDir } from './serve.mjs';

const FEED = join(rootDir, 'examples/feeds/shili-county');
const work = join(rootDir, '.tmp/sample-harvest');
const out = join(rootDir, 'examples/aggregate');

/** Each county: which datasets it publishes, the name it uses for 示例县, and what is broken. */
const COUNTIES = {
  a: { region: '示例县', creditCode: '11339999MB0000001X', datasets: null },
  b: {
    region: '样例县',
    creditCode: '11339998MB0000001X',
    datasets: ['fees-nr', 'guides-nr', 'powers-nr', 'budget-2026-nr', 'three-public-2025-nr', 'processes-county'],
  },
  c: {
    region: '演示区',
    creditCode: '11339997MB0000001X',
    datasets: ['fees-catalogue', 'guides-ca', 'powers-ca', 'budget-2025-ca'],
    down: 'guides-ca',
  },
};

const manifest = JSON.parse(readFileSync(join(FEED, 'manifest.json'), 'utf8'));
function body(county, rel) {
  const c = COUNTIES[county];
  const rename = (text) => text.replaceAll('示例县', c.region);
  if (rel === 'manifest.json') {
    const m = structuredClone(manifest);
    if (c.datasets) m.datasets = m.datasets.filter((d) => c.datasets.includes(d.id));
    m.publisher.creditCode = c.creditCode;
    return rename(JSON.stringify(m));
  }
  const id = rel.match(/^data\/(.+)\.json$/)?.[1];
  if (!id || (c.datasets && !c.datasets.includes(id))) return undefined;
  if (c.down === id) return null;
  return rename(readFileSync(join(FEED, rel), 'utf8'));
}

const server = createServer((req, res) => {
  const [, county, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
  const b = COUNTIES[county] ? body(county, rest.join('/')) : undefined;
  if (b === undefined) return res.writeHead(404).end();
  if (b === null) return res.writeHead(503).end('down');
  res.writeHead(200, { 'content-type': 'application/json' }).end(b);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const registry = join(work, 'registry.json');
writeFileSync(
  registry,
  JSON.stringify({
    name: '示例省政府网站集约化平台',
    // The counties are played by a server on 127.0.0.1, which a harvest refuses unless allowed.
    allowPrivateAddresses: true,
    expect: ['budget', 'three-public', 'fee-list', 'service-guide', 'power-list'],
    rules: { budgetApproved: { 2026: '2026-02-01' } },
    publishers: Object.entries(COUNTIES).map(([key, c]) => ({
      creditCode: c.creditCode,
      name: `${c.region}人民政府`,
      region: c.region,
      feed: `${base}/${key}/`,
    })),
  }),
);
// The harvest runs as its own process (the CLI as installed); this one keeps serving meanwhile.
const harvest = await new Promise((resolve) => {
  // Small indexes, as a province's would be split: the example searches several together.
  const args = [join(rootDir, 'packages/cli/dist/bin.js'), 'harvest', registry, '--out', join(work, 'aggregate')];
  args.push('--pages-per-index', '30');
  spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', resolve);
});
server.close();
if (harvest !== 0) {
  console.error(`sample aggregate: harvest exited ${harvest}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync(realpathSync(join(work, 'aggregate', 'current')), out, { recursive: true });
console.log(`sample aggregate: ${out}`);
