/**
 * `gongkai harvest` against a local server that publishes two departments' feeds: conditional GET,
 * the last good copy kept when a new one fails, removals recorded, the per-host limit, an aggregate
 * that is never half-written (a harvest killed midway), and the report's staleness rules.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { missingKinds, publisherStatus, staleDatasets } from '@gongkai/sdk';
import { cli, tempDir } from './helpers.js';
import { loadSampleFeed } from '../../sdk/test/sample-feed.js';

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const sample = loadSampleFeed();
const A = '11339999MB0000001X';
const B = '11339999MB0000002X';

/** A publisher's files: path → body; the server gives each an ETag and honours If-None-Match. */
type Site = Map<string, { body: string; status?: number }>;

/** The sample feed's datasets `ids`, published by `creditCode` (the registry's A by default). */
function feedOf(ids: string[], creditCode = A): Site {
  const site: Site = new Map();
  const manifest = structuredClone(sample.manifest);
  manifest.publisher.creditCode = creditCode;
  manifest.datasets = manifest.datasets.filter((d: { id: string }) => ids.includes(d.id));
  site.set('manifest.json', { body: JSON.stringify(manifest) });
  for (const id of ids) site.set(`data/${id}.json`, { body: JSON.stringify(sample.datasets[id]) });
  return site;
}

const sites: Record<string, Site> = {};
let server: Server;
let base = '';
let delayMs = 0;
const seen = { requests: 0, conditional: 0, notModified: 0, active: 0, maxActive: 0 };
/** Every path asked for, in order. */
const asked: string[] = [];

before(async () => {
  sites.a = feedOf(['fees-nr', 'guides-nr', 'budget-2026-nr', 'three-public-2025-nr']);
  sites.b = feedOf(['fees-catalogue', 'powers-hrss'], B);
  server = createServer(async (req, res) => {
    seen.requests++;
    asked.push(req.url ?? '');
    seen.active++;
    seen.maxActive = Math.max(seen.maxActive, seen.active);
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    seen.active--;
    const [, site, ...rest] = (req.url ?? '').split('/');
    const file = sites[site!]?.get(rest.join('/'));
    if (!file) return res.writeHead(404).end();
    if (file.status) return res.writeHead(file.status).end('down');
    const etag = `"${createHash('sha256').update(file.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match']) seen.conditional++;
    if (req.headers['if-none-match'] === etag) {
      seen.notModified++;
      return res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { etag, 'content-type': 'application/json' }).end(file.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

function registry(dir: string, extra: object = {}): string {
  const file = join(dir, 'registry.json');
  writeFileSync(
    file,
    JSON.stringify({
      name: '示例省政府网站集约化平台',
      expect: ['fee-list'],
      // Every feed of these tests is on 127.0.0.1, which a harvest refuses unless told otherwise.
      allowPrivateAddresses: true,
      publishers: [
        { creditCode: A, name: '示例县自然资源局', region: '示例县', feed: `${base}/a/` },
        { creditCode: B, name: '示例县财政局', region: '示例县', feed: `${base}/b/manifest.json` },
      ],
      ...extra,
    }),
  );
  return file;
}

const read = (out: string, rel: string) => JSON.parse(readFileSync(join(out, 'current', rel), 'utf8'));
const reset = () => Object.assign(seen, { requests: 0, conditional: 0, notModified: 0, active: 0, maxActive: 0 });

describe('gongkai harvest', () => {
  const dir = tempDir();
  const out = join(dir, 'aggregate');
  let firstProblems: unknown[] = [];

  it('mirrors every feed, validated, with a catalogue and a report', async () => {
    reset();
    const r = await cli('harvest', registry(dir), '--out', out, '--per-host', '2');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /2 个发布单位/);
    const catalogue = read(out, 'catalogue.json');
    assert.equal(catalogue.datasets.length, 6);
    const fees = catalogue.datasets.find((d: { id: string }) => d.id === 'fees-nr');
    assert.equal(fees.publisher, A);
    assert.equal(fees.state, 'current');
    assert.equal(fees.path, `feeds/${A}/data/fees-nr.json`);
    const mirrored = readFileSync(join(out, 'current', fees.path));
    assert.equal(createHash('sha256').update(mirrored).digest('hex'), fees.sha256);
    const manifest = read(out, `feeds/${A}/manifest.json`);
    assert.equal(manifest.datasets.length, 4);
    const report = read(out, 'report.json');
    firstProblems = report.publishers.map((p: { problems: unknown[] }) => p.problems);
    assert.deepEqual(
      report.publishers.map((p: { name: string }) => p.name),
      ['示例县自然资源局', '示例县财政局'],
    );
    assert.ok(readFileSync(join(out, 'current', 'report.html'), 'utf8').includes('示例县自然资源局'));
    assert.ok(seen.maxActive <= 2, `at most 2 requests at once to one host, saw ${seen.maxActive}`);
  });

  it('exports every kind to Parquet with the publisher’s columns, and DuckDB reads it back', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const pq = (t: string) => `'${join(out, 'current', 'parquet', `${t}.parquet`)}'`;
    try {
      const fees = (
        await c.runAndReadAll(`SELECT publisher_name, count(*) AS n FROM ${pq('fees')} GROUP BY 1 ORDER BY 1`)
      ).getRowObjects();
      const count = (id: string) => sample.datasets[id].items.length;
      assert.deepEqual(
        fees.map((r) => [r.publisher_name, Number(r.n)]),
        [
          ['示例县自然资源局', count('fees-nr')],
          ['示例县财政局', count('fees-catalogue')],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const bdc = (
        await c.runAndReadAll(`SELECT region, standard FROM ${pq('fees')} WHERE name = '不动产登记费（住宅）'`)
      ).getRowObjects();
      assert.deepEqual(bdc, [{ region: '示例县', standard: '80 元/件' }]);
      const total = (
        await c.runAndReadAll(
          `SELECT year, actual FROM ${pq('three_public')} WHERE category = 'total' AND publisher = '${A}'`,
        )
      ).getRowObjects();
      const printed = sample.datasets['three-public-2025-nr'].lines.find(
        (l: { category: string }) => l.category === 'total',
      );
      assert.deepEqual(total, [{ year: 2025, actual: printed.actual }]);
      const blank = (
        await c.runAndReadAll(`SELECT count(*) AS n FROM ${pq('budget_lines')} WHERE total IS NULL`)
      ).getRowObjects();
      assert.equal(Number(blank[0]!.n), 0, 'the sample prints every total: no blank became 0 or NULL by mistake');
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });

  it('writes a search page per item with JSON-LD and a link back to the department view, indexed by Pagefind', () => {
    const page = join(out, 'current', `search/items/${A}/fees-nr/fee-bdc-house.html`);
    const text = readFileSync(page, 'utf8');
    const ld = JSON.parse(text.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    assert.deepEqual(
      [ld['@type'], ld.name, ld.provider['@type'], ld.provider.name],
      ['GovernmentService', '不动产登记费（住宅）', 'GovernmentOrganization', '示例县自然资源局'],
    );
    assert.match(text, /data-pagefind-filter="region">示例县</);
    assert.match(text, /<p class="pinyin">bdcdjfzz /);
    const href = text.match(/<a href="([^"]+)">在公开页中查看/)![1]!.replace(/&amp;/g, '&');
    const view = new URL(href, `file://${page}`);
    assert.equal(view.pathname, `${out}/department.html`, 'the department page beside the served aggregate (current/)');
    assert.equal(
      view.searchParams.get('src'),
      `aggregate/feeds/${A}/`,
      'the feed, for an aggregate served at aggregate/',
    );
    assert.equal(view.hash, '#fees');
    assert.ok(existsSync(join(out, 'current', 'search/pagefind/pagefind.js')));
  });

  it('escapes feed text into the pages: a name cannot close the JSON-LD script or add markup', async () => {
    const { itemPage, itemsOf } = await import('../src/harvest/search-pages.js');
    const entry = read(out, 'catalogue.json').datasets.find((d: { id: string }) => d.id === 'fees-nr');
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const [item] = itemsOf(entry, {
      items: [{ id: 'x', name: evil, department: evil, category: 'administrative', basis: [] }],
    });
    const html = itemPage(item!, entry, 'x');
    assert.equal(html.match(/<script/g)!.length, 1, 'only the JSON-LD script');
    assert.doesNotMatch(html, /<img/);
  });

  it('re-harvests an unchanged registry with conditional GET: every request answered 304', async () => {
    reset();
    const r = await cli('harvest', registry(dir), '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(seen.requests, 8, '2 manifests and 6 datasets');
    assert.equal(seen.conditional, 8);
    assert.equal(seen.notModified, 8);
    const report = read(out, 'report.json');
    assert.deepEqual(
      report.publishers.map((p: { requests: object }) => p.requests),
      [
        { notModified: 5, fetched: 0, failed: 0 },
        { notModified: 3, fetched: 0, failed: 0 },
      ],
    );
    assert.equal(read(out, 'catalogue.json').datasets.length, 6);
    // The same bytes keep their checks: the report says what the first harvest said.
    assert.deepEqual(
      report.publishers.map((p: { problems: unknown[] }) => p.problems),
      firstProblems,
    );
    assert.ok(
      firstProblems.flat().some((p) => (p as { dataset?: string }).dataset),
      'the sample has dataset warnings to keep',
    );
    // Nothing served changed: the search index and Parquet tables are the previous ones, linked in.
    assert.ok(existsSync(join(out, 'current', 'search/pagefind/pagefind.js')));
    assert.ok(existsSync(join(out, 'current', 'parquet/fees.parquet')));
    assert.ok(existsSync(join(out, 'current', `search/items/${A}/fees-nr/fee-bdc-house.html`)));
  });

  it('checks unchanged bytes again when the checks that passed them were another version’s', async () => {
    const stateFile = join(out, 'current', 'state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    const three = state[A].datasets['three-public-2025-nr'];
    three.checked = { by: 'gongkai 0.0.1, model 1', problems: [] };
    writeFileSync(stateFile, JSON.stringify(state));
    const r = await cli('harvest', registry(dir), '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.deepEqual(read(out, 'report.json').publishers[0].problems, firstProblems[0], 'checked anew, not emptied');
    assert.notEqual(read(out, 'state.json')[A].datasets['three-public-2025-nr'].checked.by, 'gongkai 0.0.1, model 1');
  });

  it('keeps the last good copy when a new one fails, and says so in the report', async () => {
    const good = readFileSync(join(out, 'current', `feeds/${A}/data/fees-nr.json`), 'utf8');
    sites.a!.set('data/fees-nr.json', { body: '{"kind": "fee-list", "id": "fees-nr", "truncat' });
    sites.a!.set('data/guides-nr.json', { body: '', status: 503 });
    const r = await cli('harvest', registry(dir), '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(readFileSync(join(out, 'current', `feeds/${A}/data/fees-nr.json`), 'utf8'), good);
    const catalogue = read(out, 'catalogue.json');
    const state = (id: string) => catalogue.datasets.find((d: { id: string }) => d.id === id).state;
    assert.equal(state('fees-nr'), 'last-good');
    assert.equal(state('guides-nr'), 'last-good');
    const a = read(out, 'report.json').publishers[0];
    assert.deepEqual(a.lastGood.sort(), ['fees-nr', 'guides-nr']);
    assert.equal(a.status, 'amber');
    assert.ok(a.problems.some((p: { message: string }) => /HTTP 503/.test(p.message)));
    sites.a = feedOf(['fees-nr', 'guides-nr', 'budget-2026-nr', 'three-public-2025-nr']);
  });

  it('records a dataset taken out of a feed as removed, keeping its copy', async () => {
    sites.b = feedOf(['fees-catalogue'], B);
    const r = await cli('harvest', registry(dir), '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const removed = read(out, 'catalogue.json').datasets.find((d: { id: string }) => d.id === 'powers-hrss');
    assert.equal(removed.state, 'removed');
    assert.ok(removed.removed);
    assert.ok(existsSync(join(out, 'current', removed.path)));
    assert.deepEqual(read(out, 'report.json').publishers[1].removed, ['powers-hrss']);
    assert.equal(read(out, `feeds/${B}/manifest.json`).datasets.length, 1, 'no longer served in the feed');
  });

  it('never leaves a half-written aggregate: a harvest killed midway changes nothing, the next one completes', async () => {
    const before = readlinkSync(join(out, 'current'));
    const catalogue = readFileSync(join(out, 'current', 'catalogue.json'), 'utf8');
    sites.a!.set('data/fees-nr.json', { body: JSON.stringify({ ...sample.datasets['fees-nr'], title: '已更新' }) });
    reset();
    delayMs = 300;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', BIN, 'harvest', registry(dir), '--out', out],
      {
        stdio: 'ignore',
      },
    );
    // Each answer waits 300 ms and the harvest needs three rounds of them: killed on the third
    // request's arrival, it cannot have finished (no clock is raced: the server holds the answers).
    while (seen.requests < 3 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    assert.equal(child.exitCode, null, 'the harvest was still running when killed');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    delayMs = 0;
    assert.equal(readlinkSync(join(out, 'current')), before, 'current still points at the last complete harvest');
    assert.equal(readFileSync(join(out, 'current', 'catalogue.json'), 'utf8'), catalogue);
    const name = (link: string) => link.split('/').pop()!;
    const partial = readdirSync(join(out, 'releases')).filter((n) => n > name(before));
    assert.equal(partial.length, 1, 'the killed run left a release nobody points at');
    const r = await cli('harvest', registry(dir), '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.notEqual(readlinkSync(join(out, 'current')), before);
    assert.deepEqual(
      readdirSync(join(out, 'releases')).sort(),
      [name(before), name(readlinkSync(join(out, 'current')))].sort(),
      'the partial one is gone; the replaced one stays until the next harvest (a reader may be in it)',
    );
    const fees = JSON.parse(readFileSync(join(out, 'current', `feeds/${A}/data/fees-nr.json`), 'utf8'));
    assert.equal(fees.title, '已更新');
  });

  it('starts with the publishers that had to be served from a last good copy last time', async () => {
    const order = join(dir, 'order');
    sites.b = feedOf(['fees-catalogue', 'powers-hrss'], B);
    let r = await cli('harvest', registry(dir), '--out', order, '--concurrency', '1');
    assert.equal(r.code, 0, r.out + r.err);
    sites.b!.set('data/powers-hrss.json', { body: '', status: 503 });
    asked.length = 0;
    r = await cli('harvest', registry(dir), '--out', order, '--concurrency', '1');
    assert.equal(r.code, 0, r.out + r.err);
    // One at a time, in registry order: A's manifest, then B's.
    const manifests = () => asked.filter((u) => u.endsWith('manifest.json') || u === '/a/');
    assert.deepEqual(manifests().slice(0, 2), ['/a/manifest.json', '/b/manifest.json']);
    asked.length = 0;
    sites.b = feedOf(['fees-catalogue', 'powers-hrss'], B);
    r = await cli('harvest', registry(dir), '--out', order, '--concurrency', '1');
    assert.equal(r.code, 0, r.out + r.err);
    assert.deepEqual(manifests().slice(0, 2), ['/b/manifest.json', '/a/manifest.json']);
    // The catalogue still follows the registry.
    assert.deepEqual(
      [...new Set(read(order, 'catalogue.json').datasets.map((d: { publisher: string }) => d.publisher))],
      [A, B],
    );
  });

  it('refuses a registry that lists a publisher twice, in words, with exit code 2', async () => {
    const file = join(dir, 'twice.json');
    const p = { creditCode: A, name: '示例县自然资源局', feed: `${base}/a/` };
    writeFileSync(file, JSON.stringify({ name: '平台', publishers: [p, p] }));
    const r = await cli('harvest', file, '--out', join(dir, 'x'));
    assert.equal(r.code, 2);
    assert.match(r.err, /listed twice/);
  });
});

describe('the report’s freshness rules', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const d = (id: string, kind: string, updated: string | null, year?: number) => ({
    id,
    kind,
    updated,
    ...(year ? { year } : {}),
  });

  it('flags a guide not touched for a year, and a dataset with no date as unknown', () => {
    const stale = staleDatasets(
      [d('g', 'service-guide', '2025-02-01'), d('f', 'fee-list', '2026-01-15'), d('n', 'power-list', null)],
      {},
      now,
    );
    assert.deepEqual(
      stale.map((s) => [s.dataset, s.rule, s.ageDays]),
      [
        ['g', 'max-age-365', 393],
        ['n', 'updated-unknown', null],
      ],
    );
    assert.deepEqual(
      staleDatasets([d('g', 'service-guide', '2025-02-01')], { maxAgeDays: { 'service-guide': 400 } }, now),
      [],
    );
  });

  it('judges a yearly kind by its newest year only: last year’s 预算 is not stale, a missing new one is', () => {
    const old = [d('b25', 'budget', '2025-02-18', 2025), d('b26', 'budget', '2026-02-18', 2026)];
    assert.deepEqual(staleDatasets(old, {}, now), []);
    const stale = staleDatasets([d('b24', 'budget', '2024-02-18', 2024)], {}, now);
    assert.deepEqual(
      stale.map((s) => s.dataset),
      ['b24'],
    );
  });

  it('flags a 预算 not public within 20 days of its approval, or published late', () => {
    const rules = { budgetApproved: { '2026': '2026-01-25' } };
    assert.equal(staleDatasets([], rules, now)[0]!.rule, 'budget-2026-within-20-days-of-2026-01-25');
    assert.deepEqual(staleDatasets([d('b', 'budget', '2026-02-10', 2026)], rules, now), []);
    const late = staleDatasets([d('b', 'budget', '2026-02-20', 2026)], rules, now);
    assert.equal(late[0]!.dataset, 'b');
    assert.deepEqual(staleDatasets([], rules, new Date('2026-02-10T00:00:00Z')), [], 'not yet due');
  });

  it('sums a publisher up as red, amber or green', () => {
    const ok = { readable: true, errors: 0, warnings: 0, missingKinds: [], stale: [], lastGood: [] };
    assert.equal(publisherStatus(ok), 'green');
    assert.equal(publisherStatus({ ...ok, lastGood: ['x'] }), 'amber');
    assert.equal(publisherStatus({ ...ok, missingKinds: missingKinds([], ['budget']) }), 'red');
    assert.equal(publisherStatus({ ...ok, readable: false }), 'red');
  });
});
