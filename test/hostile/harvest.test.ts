// Hostile feeds against `gongkai harvest`, class by class (issue 37): a manifest or a redirect that
// points at internal addresses (SSRF), a host that never answers, 100,000 datasets in one manifest,
// text that breaks the search or Parquet step, a 100,000-character title, a feed that claims to be
// another department, and invalid data. Every server is on loopback; the "internal" hosts are other
// ports and 127.0.0.2, and they count what they are asked. Each case failed before issue 37.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { harvest, type HarvestOptions } from '../../packages/cli/src/harvest/harvest.js';
import { tempDir } from '../../packages/cli/test/helpers.js';
import { clone, loadSampleFeed } from '../../packages/sdk/test/sample-feed.js';

const sample = loadSampleFeed();
const A = '11339999MB0000001X';
const B = '11339999MB0000002X';
const C = '11339999MB0000003X';
const NAMES: Record<string, string> = { [A]: '示例县自然资源局', [B]: '示例县财政局', [C]: '示例县民政局' };
const MARK = '内部机密';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface Site {
  server: Server;
  base: string;
  routes: Map<string, Handler>;
  /** Every path asked for, in order. */
  asked: string[];
}

async function site(host = '127.0.0.1', fallback?: Handler): Promise<Site> {
  const routes = new Map<string, Handler>();
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const route = routes.get(req.url ?? '') ?? fallback;
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { server, base: `http://${host}:${(server.address() as AddressInfo).port}`, routes, asked };
}

const json =
  (body: unknown): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const redirect =
  (to: string): Handler =>
  (_req, res) =>
    res.writeHead(302, { location: to }).end();

function manifest(
  creditCode: string,
  datasets: { id: string; kind?: string; url: string }[],
  name = NAMES[creditCode],
) {
  return {
    modelVersion: 2,
    publisher: { name, creditCode },
    updated: '2026-11-01T09:00:00+08:00',
    datasets: datasets.map((d) => ({
      kind: d.kind ?? 'fee-list',
      id: d.id,
      title: d.id,
      url: d.url,
      updated: '2026-11-01',
    })),
  };
}
const fees = (over: (f: any) => void = () => {}) => {
  const f = clone(sample.datasets['fees-nr']);
  over(f);
  return f;
};

/** What the internal hosts serve: a valid fee list marked as internal, to any path. */
const secret = json(fees((f) => ((f.title = MARK), (f.items[0].name = `${MARK}收费`))));

let pub: Site;
let internal: Site;
let internal2: Site;
let cdn: Site;
const held: ServerResponse[] = [];

before(async () => {
  pub = await site();
  internal = await site('127.0.0.1', secret);
  internal2 = await site('127.0.0.2', secret);
  cdn = await site('127.0.0.2');
});
after(async () => {
  for (const res of held) res.destroy();
  await Promise.all([pub, internal, internal2, cdn].map((s) => new Promise((r) => s.server.close(r))));
});

function registryFile(publishers: object[], extra: object = { allowPrivateAddresses: true }): string {
  const file = join(tempDir(), 'registry.json');
  writeFileSync(file, JSON.stringify({ name: '示例省政府网站集约化平台', publishers, ...extra }));
  return file;
}
const entry = (creditCode: string, feed: string, over: object = {}) => ({
  creditCode,
  name: NAMES[creditCode],
  feed,
  ...over,
});

async function run(registry: string, opts: Partial<HarvestOptions> = {}) {
  const out = join(tempDir(), 'aggregate');
  const report = await harvest(registry, { out, now: new Date('2026-11-30T00:00:00Z'), hedgeMs: 0, ...opts });
  const read = (rel: string) => JSON.parse(readFileSync(join(out, 'current', rel), 'utf8'));
  return { out, report, read, catalogue: read('catalogue.json') as { datasets: any[] } };
}

/** Every file of the published aggregate, as text. */
function allText(dir: string): string {
  let text = '';
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) text += allText(p);
    else text += readFileSync(p, 'utf8');
  }
  return text;
}

const messages = (report: Awaited<ReturnType<typeof harvest>>, cc: string) =>
  report.publishers
    .find((p) => p.creditCode === cc)!
    .problems.map((p) => `${p.code} ${p.message}`)
    .join('\n');

describe('hostile feeds against the harvest (issue 37)', () => {
  it('SSRF: dataset urls and redirects off the registered origin are refused, asked nothing, published nothing', async () => {
    internal.asked.length = 0;
    internal2.asked.length = 0;
    cdn.asked.length = 0;
    const adminUrl = `${internal.base}/admin/fees.json`;
    pub.routes.set(
      '/ssrf/manifest.json',
      json(
        manifest(A, [
          { id: 'fees-ok', url: 'data/fees.json' },
          { id: 'meta', url: `${internal2.base}/latest/meta-data/iam/security-credentials` },
          { id: 'admin', url: adminUrl },
          { id: 'redir', url: 'data/redirect.json' },
          { id: 'redir2', url: 'data/hop1.json' },
          { id: 'cdn', url: `${cdn.base}/fees.json` },
        ]),
      ),
    );
    pub.routes.set('/ssrf/data/fees.json', json(fees()));
    pub.routes.set('/ssrf/data/redirect.json', redirect(adminUrl));
    pub.routes.set('/ssrf/data/hop1.json', redirect('/ssrf/data/hop2.json'));
    pub.routes.set('/ssrf/data/hop2.json', redirect(`${internal2.base}/admin`));
    cdn.routes.set('/fees.json', json(fees()));
    const { out, report, catalogue } = await run(
      registryFile([entry(A, `${pub.base}/ssrf/`, { allowOrigins: [cdn.base] })]),
    );
    assert.deepEqual(internal.asked, [], 'nothing asked of the internal host on another port');
    assert.deepEqual(internal2.asked, [], 'nothing asked of the internal host 127.0.0.2');
    assert.deepEqual(cdn.asked, ['/fees.json'], 'an origin the registry allows is fetched');
    assert.deepEqual(catalogue.datasets.map((d) => d.id).sort(), ['cdn', 'fees-ok']);
    assert.doesNotMatch(allText(join(out, 'current')), new RegExp(MARK));
    const said = messages(report, A);
    for (const id of ['meta', 'admin', 'redir', 'redir2']) assert.match(said, new RegExp(`${id}|拒绝`));
    assert.match(said, new RegExp(`拒绝.*${adminUrl.replace(/[.]/g, '\\.')}|${adminUrl.replace(/[.]/g, '\\.')}.*拒绝`));
    assert.equal((said.match(/拒绝/g) ?? []).length >= 4, true, said);
  });

  it('SSRF: loopback addresses are refused after DNS (localhost too) unless the registry allows them', async () => {
    internal.asked.length = 0;
    const port = new URL(internal.base).port;
    const { report, catalogue } = await run(
      registryFile(
        [entry(A, `http://localhost:${port}/manifest.json`), entry(B, `http://127.0.0.1:${port}/feed/`)],
        {},
      ),
    );
    assert.deepEqual(internal.asked, [], 'not one request reached the internal host');
    assert.equal(catalogue.datasets.length, 0);
    for (const cc of [A, B]) assert.match(messages(report, cc), /回环地址/);
    assert.equal(report.publishers[0]!.status, 'red');
  });

  it('slow loris: a host past its deadline twice is not asked again in this run; each dataset is reported', async () => {
    const slow = await site();
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    slow.routes.set(
      '/manifest.json',
      json(
        manifest(
          A,
          ids.map((id) => ({ id, url: `data/${id}.json` })),
        ),
      ),
    );
    for (const id of ids) slow.routes.set(`/data/${id}.json`, (_req, res) => void held.push(res));
    pub.routes.set('/ok/manifest.json', json(manifest(B, [{ id: 'fees-ok', url: 'data/fees.json' }])));
    pub.routes.set('/ok/data/fees.json', json(fees()));
    try {
      const { report, catalogue } = await run(
        registryFile([entry(A, `${slow.base}/`), entry(B, `${pub.base}/ok/`)]),
        // A short deadline (injected), so the test does not wait long; it counts requests, not time.
        { timeoutMs: 300, perHost: 1 },
      );
      const data = slow.asked.filter((p) => p.startsWith('/data/'));
      assert.equal(data.length, 2, 'two deadlines in a row, then the host is not asked again');
      const said = messages(report, A);
      for (const id of ids) assert.match(said, new RegExp(`\\b${id}\\b`), `${id} is reported`);
      assert.deepEqual(
        catalogue.datasets.map((d) => d.id),
        ['fees-ok'],
        'the other department is harvested',
      );
    } finally {
      await new Promise((r) => slow.server.close(r));
    }
  });

  it('100,000 datasets in one manifest: capped per publisher, reported, and the other departments go first', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ id: `f${i}`, url: `data/f${i}.json` }));
    pub.routes.set('/many/manifest.json', json(manifest(A, many)));
    pub.routes.set('/few/manifest.json', json(manifest(B, [{ id: 'fees-b', url: 'data/fees.json' }])));
    pub.routes.set('/few/data/fees.json', json(fees()));
    pub.asked.length = 0;
    const { report, catalogue } = await run(
      registryFile([entry(A, `${pub.base}/many/`), entry(B, `${pub.base}/few/`)]),
      { perHost: 1, concurrency: 2, maxDatasetsPerPublisher: 50 },
    );
    const data = pub.asked.filter((p) => p.includes('/data/'));
    assert.equal(data.filter((p) => p.startsWith('/many/')).length, 50, 'no more than the cap is fetched');
    assert.ok(
      data.indexOf('/few/data/fees.json') < 5,
      `B waits behind A's queue: at ${data.indexOf('/few/data/fees.json')}`,
    );
    assert.match(messages(report, A), /100000.*50|100,000.*50/);
    assert.ok(catalogue.datasets.some((d) => d.id === 'fees-b'));
  });

  it('one department’s text that breaks the search or Parquet step does not stop the others', async () => {
    const surrogate = fees((f) => (f.items[0].name = '不动产\ud800登记费'));
    const guides = clone(sample.datasets['guides-nr']);
    guides.guides[0].visits = 3_000_000_000;
    pub.routes.set('/sur/manifest.json', json(manifest(A, [{ id: 'fees-a', url: 'data/fees.json' }])));
    pub.routes.set('/sur/data/fees.json', json(surrogate));
    pub.routes.set(
      '/big/manifest.json',
      json(manifest(B, [{ id: 'guides-b', kind: 'service-guide', url: 'data/guides.json' }])),
    );
    pub.routes.set('/big/data/guides.json', json(guides));
    pub.routes.set('/good/manifest.json', json(manifest(C, [{ id: 'fees-c', url: 'data/fees.json' }])));
    pub.routes.set('/good/data/fees.json', json(fees()));
    const { out, catalogue } = await run(
      registryFile([entry(A, `${pub.base}/sur/`), entry(B, `${pub.base}/big/`), entry(C, `${pub.base}/good/`)]),
    );
    assert.deepEqual(catalogue.datasets.map((d) => d.id).sort(), ['fees-a', 'fees-c', 'guides-b']);
    assert.ok(existsSync(join(out, 'current', `search/items/${C}/fees-c/fee-bdc-house.html`)));
    assert.ok(existsSync(join(out, 'current', 'search/pagefind/pagefind.js')));
    assert.ok(existsSync(join(out, 'current', 'parquet/fees.parquet')));
    assert.ok(existsSync(join(out, 'current', 'parquet/guides.parquet')));
  });

  it('a 100,000-character title is cut for indexing, and the cut is reported', async () => {
    const long = fees((f) => (f.items[0].name = '长'.repeat(100_000)));
    pub.routes.set('/long/manifest.json', json(manifest(A, [{ id: 'fees-long', url: 'data/fees.json' }])));
    pub.routes.set('/long/data/fees.json', json(long));
    const { out, report } = await run(registryFile([entry(A, `${pub.base}/long/`)]));
    const page = join(out, 'current', `search/items/${A}/fees-long/fee-bdc-house.html`);
    assert.ok(statSync(page).size < 50_000, `the page holds ${statSync(page).size} bytes`);
    assert.match(messages(report, A), /截断/);
  });

  it('a feed that names another department is refused and never filed under that department', async () => {
    pub.routes.set('/claim/manifest.json', json(manifest(B, [{ id: 'fees-claim', url: 'data/fees.json' }])));
    pub.routes.set('/claim/data/fees.json', json(fees()));
    pub.routes.set('/b/manifest.json', json(manifest(B, [{ id: 'fees-b', url: 'data/fees.json' }])));
    pub.routes.set('/b/data/fees.json', json(fees()));
    const { out, report, catalogue } = await run(
      registryFile([entry(A, `${pub.base}/claim/`), entry(B, `${pub.base}/b/`)]),
    );
    assert.deepEqual(
      catalogue.datasets.map((d) => [d.publisher, d.id]),
      [[B, 'fees-b']],
    );
    assert.equal(existsSync(join(out, 'current', `feeds/${B}/data/fees-claim.json`)), false);
    assert.match(messages(report, A), new RegExp(B));
    assert.match(messages(report, A), /统一社会信用代码/);
    assert.equal(report.publishers[0]!.status, 'red');
  });

  it('a dataset with validation errors is never served when there is no last good copy', async () => {
    pub.routes.set('/bad/manifest.json', json(manifest(A, [{ id: 'fees-bad', url: 'data/fees.json' }])));
    pub.routes.set(
      '/bad/data/fees.json',
      json(fees((f) => (f.items = [{ id: 'x', name: '', standard: { type: 'fixed', amount: 'eighty' } }]))),
    );
    const { out, report, catalogue } = await run(registryFile([entry(A, `${pub.base}/bad/`)]));
    assert.equal(catalogue.datasets.length, 0);
    assert.equal(existsSync(join(out, 'current', `feeds/${A}/data/fees-bad.json`)), false);
    assert.match(messages(report, A), /未发布/);
  });

  it('a results file listed under a made-up kind is checked as results, and its plain ID never served', async () => {
    const results = clone(sample.datasets['results-ca']);
    results.kind = 'gongshi';
    results.results[0].applicant = { name: '陶建国', kind: 'person', idNumber: '339999199001011234' };
    pub.routes.set(
      '/kind/manifest.json',
      json(manifest(A, [{ id: 'gongshi', kind: 'gongshi', url: 'data/gongshi.json' }])),
    );
    pub.routes.set('/kind/data/gongshi.json', json(results));
    const { out, catalogue } = await run(registryFile([entry(A, `${pub.base}/kind/`)]));
    assert.equal(catalogue.datasets.length, 0);
    assert.doesNotMatch(allText(join(out, 'current')), /339999199001011234/);
  });
});
