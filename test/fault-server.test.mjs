// Every widget, inside the kiosk, against a feed server that misbehaves: latency, 5xx, a connection
// reset mid-body, 304 without a cached copy, and a feed that changes between manifest and dataset.
// Each must keep its last good state and say honestly that it is stale, then recover.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen, rootDir } from '../scripts/serve.mjs';

const SAMPLE = fileURLToPath(new URL('../examples/feeds/shili-county/', import.meta.url));
const file = (rel) => readFileSync(SAMPLE + rel);
let mode = 'ok';
let feed;
let feedBase;
let site;
let browser;

before(async () => {
  feed = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/feed\//, '');
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag',
      ETag: `"${path}-v1"`,
      'Access-Control-Allow-Headers': '*',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
    let body;
    try {
      body = file(path);
    } catch {
      return void res.writeHead(404, headers).end();
    }
    const isData = path.startsWith('data/');
    switch (mode) {
      case 'latency':
        return void setTimeout(() => res.writeHead(200, headers).end(body), 1500);
      case '5xx':
        return void res.writeHead(503, headers).end('Service Unavailable');
      case 'reset':
        res.writeHead(200, { ...headers, 'Content-Length': body.length });
        res.write(body.subarray(0, Math.floor(body.length / 3)));
        return void setTimeout(() => res.destroy(), 20);
      case '304':
        return void res.writeHead(304, headers).end();
      case 'changed':
        // The manifest still lists the files, but a dataset URL now serves something else.
        return void res.writeHead(200, headers).end(isData ? file('data/budget-2025-ca.json') : body);
      default:
        if (req.headers['if-none-match'] === headers.ETag) return void res.writeHead(304, headers).end();
        return void res.writeHead(200, headers).end(body);
    }
  });
  feedBase = `http://127.0.0.1:${await listen(feed, 8760)}/feed/`;
  site = createStaticServer(rootDir, { served: ['packages/widgets/dist', 'test'] });
  const sitePort = await listen(site, 8765);
  site.base = `http://127.0.0.1:${sitePort}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  feed?.close();
  feed?.closeAllConnections();
  site?.close();
});

/** The state of every panel: loaded, stale, and a fingerprint of what it shows. */
const snapshot = (page) =>
  page.evaluate(() =>
    [...document.querySelector('gk-kiosk').children].map((w) => ({
      tag: w.localName,
      status: w.loadStatus,
      stale: Boolean(w.loadState?.stale),
      staleMark: Boolean(w.shadowRoot.querySelector('.gk-stale')),
      shown: w.shadowRoot.textContent
        .replace(/\s+/g, ' ')
        .replace(/网络异常[^。]*?数据|数据更新于 \S+/g, '')
        .trim()
        .slice(0, 400),
    })),
  );

describe('widgets against a failing feed server', () => {
  it('keep their last good state with an honest stale mark through every fault, and recover', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.base}/test/fault-page.html?feed=${encodeURIComponent(feedBase)}`);
    // Loaded and fully drawn (the flowchart's layout chunk arrives a moment after its data).
    await page.waitForFunction(
      () =>
        [...(document.querySelector('gk-kiosk')?.children ?? [])].every(
          (w) => w.loadStatus === 'ready' && !w.shadowRoot.querySelector('[aria-busy="true"]'),
        ),
      { timeout: 15_000 },
    );
    const good = await snapshot(page);
    assert.ok(good.every((p) => p.status === 'ready' && !p.stale));

    for (const [fault, staleExpected] of [
      ['latency', false],
      ['5xx', true],
      ['reset', true],
      ['changed', true],
      ['304', false],
    ]) {
      mode = fault;
      await page.evaluate(() => document.querySelector('gk-kiosk').refreshNow());
      const now = await snapshot(page);
      for (const [i, p] of now.entries()) {
        assert.equal(p.status, 'ready', `${fault}: ${p.tag} left its last good state`);
        assert.equal(p.shown, good[i].shown, `${fault}: ${p.tag} changed what it shows`);
        assert.equal(p.stale, staleExpected, `${fault}: ${p.tag} stale=${p.stale}`);
        assert.equal(p.staleMark, staleExpected, `${fault}: ${p.tag} stale mark`);
      }
      mode = 'ok';
      await page.evaluate(() => document.querySelector('gk-kiosk').refreshNow());
      const back = await snapshot(page);
      assert.ok(
        back.every((p) => p.status === 'ready' && !p.stale && !p.staleMark),
        `${fault}: did not recover`,
      );
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a 304 to a browser that holds nothing is an honest error, not a blank widget', async () => {
    mode = '304';
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/test/fault-page.html?feed=${encodeURIComponent(feedBase)}&panel=gk-fee-table`);
    await page.waitForFunction(() => document.querySelector('gk-fee-table')?.loadStatus === 'error', {
      timeout: 15_000,
    });
    const text = await page.evaluate(() => document.querySelector('gk-fee-table').shadowRoot.textContent);
    assert.match(text, /数据暂时无法显示/);
    mode = 'ok';
    await context.close();
  });
});
