/**
 * `gongkai harvest` audits a publisher's 政务公开事项标准目录 against what it serves: the report counts
 * entries published, linked to nothing and late, judged on the harvest's day (injected), and lists
 * each as a problem — the same findings as `gongkai validate` on the feed.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { harvest } from '../src/harvest/harvest.js';
import { metaOf, tempDir } from './helpers.js';
import { loadSampleFeed } from '../../sdk/test/sample-feed.js';

const sample = loadSampleFeed();
const A = '11339999MB0000001X';
let server: Server;
let base = '';

before(async () => {
  const files = new Map<string, string>([['/manifest.json', JSON.stringify(sample.manifest)]]);
  for (const d of sample.manifest.datasets) files.set(`/${d.url}`, JSON.stringify(sample.datasets[d.id]));
  server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

async function harvestOn(now: string) {
  const dir = tempDir();
  const registry = join(dir, 'registry.json');
  writeFileSync(
    registry,
    JSON.stringify({
      name: '示例省政府网站集约化平台',
      site: { name: '示例省人民政府门户网站', domain: 'www.shili-sheng.gov.cn', idCode: '3300000001' },
      allowPrivateAddresses: true,
      publishers: [{ creditCode: A, name: '示例县人民政府', region: '示例县', feed: `${base}/` }],
    }),
  );
  const out = join(dir, 'aggregate');
  await harvest(registry, { out, now: new Date(now) });
  const report = JSON.parse(readFileSync(join(out, 'current', 'report.json'), 'utf8'));
  return Object.assign(report.publishers[0], { out: join(out, 'current') });
}

describe('gongkai harvest: the publisher’s disclosure catalogue', () => {
  it('counts and lists the entry linked to nothing and the late one, as of the harvest', async () => {
    const p = await harvestOn('2026-12-04T02:00:00Z');
    assert.deepEqual(p.catalogue, { published: 5, unlinked: 1, late: 1 });
    const found = p.problems
      .filter((x: { dataset?: string }) => x.dataset === 'catalogue-county')
      .map((x: { code: string }) => x.code)
      .sort();
    assert.deepEqual(found, ['catalogue_late', 'catalogue_unpublished']);
    assert.ok(p.problems.some((x: { message: string }) => /行政处罚决定.*已逾期/.test(x.message)));
  });

  it('judges on the harvest’s day in China time: the last day on time is not late', async () => {
    // 2026-11-25T15:00Z is 23:00 on the 25th in China: the entry's last day, still on time.
    const p = await harvestOn('2026-11-25T15:00:00Z');
    assert.deepEqual(p.catalogue, { published: 6, unlinked: 1, late: 0 });
  });

  it('writes the platform’s page metadata into the report and every item page', async () => {
    const p = await harvestOn('2026-12-04T02:00:00Z');
    const report = metaOf(readFileSync(join(p.out, 'report.html'), 'utf8'));
    assert.equal(report.SiteName, '示例省人民政府门户网站');
    assert.equal(report.SiteDomain, 'www.shili-sheng.gov.cn');
    assert.equal(report.SiteIDCode, '3300000001');
    assert.equal(report.PubDate, '2026-12-04 10:00');
    const dir = join(p.out, 'search', 'items', A, 'fees-nr');
    const page = readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8');
    const meta = metaOf(page);
    assert.equal(meta.SiteName, '示例省人民政府门户网站');
    assert.equal(meta.ColumnName, '收费');
    assert.equal(meta.PubDate, '2026-03-02 09:00');
    assert.equal(meta.ContentSource, '示例县自然资源局');
    assert.ok(meta.ArticleTitle);
  });
});
