// The example sites end to end, in Debian's Chromium, as a visitor and a kiosk would see them:
// served by the project's own static server (the embed page under a strict CSP header).
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/chromium.mjs';
import { STRICT_CSP, createStaticServer, listen, rootDir } from '../scripts/serve.mjs';

let server;
let browser;
let base;

before(async () => {
  // The CMS page and the kiosk (between them every widget) are served under the strict policy.
  server = createStaticServer(rootDir, {
    headers: (path) => (/^\/examples\/(embed|kiosk)\//.test(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  base = `http://127.0.0.1:${await listen(server, 8700)}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * An upper bound, not a measure: the department page reads every kind of dataset of the feed before
 * its first section loads (1.5 s on an idle machine). Node test files run side by side, and on a
 * busy 2-core machine the harvest tests' indexer shares the cores with this page: 30 s once ran out.
 */
const SLOW_PAGE = 90_000;

/**
 * Opens a page, recording uncaught errors and CSP violations. (Every waitForFunction below reads the
 * page null-safely: a predicate that throws — an element not yet upgraded on a busy machine — ends
 * puppeteer's polling, and the wait then runs out however soon the page is ready.)
 */
async function open(path, context) {
  const page = await (context ?? browser).newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Text inside a widget's shadow root, once it contains `selector`. */
async function shadowText(page, host, selector, timeout = 8000) {
  await page.waitForFunction(
    (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s),
    { timeout },
    host,
    selector,
  );
  return page.evaluate((h, s) => document.querySelector(h).shadowRoot.querySelector(s).textContent, host, selector);
}

describe('example sites', () => {
  it('embed: a CMS page with only the script tag shows the sample data under a strict CSP with Trusted Types, untouched by the page’s CSS', async () => {
    const { page, problems } = await open('/examples/embed/');
    const res = await page.goto(`${base}/examples/embed/`);
    assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
    assert.match(
      await shadowText(page, 'gk-fee-table', 'tbody tr.fee'),
      /遗体接运费|婚姻登记费|遗体火化费|骨灰寄存费|收养登记费/,
    );
    assert.match(await shadowText(page, 'gk-three-public', 'tfoot'), /合计/);
    assert.match(await shadowText(page, 'gk-budget-viewer', '.total'), /万元/);
    assert.match(await shadowText(page, 'gk-service-guide', 'h2'), /最低生活保障对象认定/);
    await page.waitForFunction(
      () =>
        document
          .querySelector('gk-service-guide')
          .shadowRoot.querySelector('gk-process-flow')
          ?.shadowRoot?.querySelector('svg.chart'),
      { timeout: 8000 },
    );
    // The CMS stylesheet paints every td pink with a red table border; none of it reaches the widgets.
    const td = await page.evaluate(
      () => getComputedStyle(document.querySelector('gk-fee-table').shadowRoot.querySelector('td')).backgroundColor,
    );
    assert.notEqual(td, 'rgb(255, 238, 238)');
    assert.deepEqual(await page.evaluate(() => window.__csp ?? []), [], 'no CSP violation');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('kiosk: the hall kiosk shows its first panel full screen, and every panel renders under the strict CSP', async () => {
    const { page, problems } = await open('/examples/kiosk/');
    assert.match(await shadowText(page, 'gk-fee-table', 'tbody tr.fee'), /不动产登记费/);
    const active = await page.evaluate(() =>
      [...document.querySelector('gk-kiosk').children].findIndex((c) => c.hasAttribute('data-gk-active')),
    );
    assert.equal(active, 0);
    // Show every panel once (lazy layout and QR chunks included) and check nothing was blocked.
    for (let i = 1; i <= 5; i++) {
      await page.evaluate(() => document.querySelector('gk-kiosk').next());
      await new Promise((r) => setTimeout(r, 400));
    }
    await page.waitForFunction(
      () => document.querySelector('gk-process-flow')?.shadowRoot?.querySelector('svg.chart'),
      {
        timeout: 8000,
      },
    );
    await page.waitForFunction(() => document.querySelector('gk-service-guide')?.shadowRoot?.querySelector('svg.qr'), {
      timeout: 8000,
    });
    assert.deepEqual(await page.evaluate(() => window.__csp ?? []), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** In the page: whether the client's IndexedDB cache holds the fee list yet (never creates the database). */
  const cachedFeeList = async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'gongkai-feeds')) return false;
    return new Promise((resolve) => {
      const open = indexedDB.open('gongkai-feeds');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('files')) return void (db.close(), resolve(false));
        const keys = db.transaction('files').objectStore('files').getAllKeys();
        keys.onsuccess = () => (db.close(), resolve(keys.result.some((k) => String(k).includes('fees-nr'))));
        keys.onerror = () => (db.close(), resolve(false));
      };
    });
  };

  it('kiosk: with the feed server gone it still shows the last good data after a reload, marked stale, and recovers', async () => {
    const context = await browser.createBrowserContext();
    const { page } = await open('/examples/kiosk/', context);
    await shadowText(page, 'gk-fee-table', 'tbody tr.fee');
    // Wait for the cache write to land (IndexedDB holds the fee list), not for a guessed time.
    await page.waitForFunction(cachedFeeList, { timeout: 8000, polling: 100 });
    let offline = true;
    await page.setRequestInterception(true);
    page.on('request', (req) =>
      offline && req.url().includes('/examples/feeds/') ? req.abort('connectionrefused') : req.continue(),
    );
    await page.reload({ waitUntil: 'load' });
    const rows = await page.waitForFunction(
      () => document.querySelector('gk-fee-table')?.shadowRoot?.querySelectorAll('tbody tr.fee').length,
      { timeout: 8000 },
    );
    assert.equal(await rows.jsonValue(), 10, 'the last good data, from the browser cache');
    await page.evaluate(() => document.querySelector('gk-kiosk').refreshNow());
    await page.waitForFunction(() => document.querySelector('gk-kiosk')?.shadowRoot?.querySelector('footer .stale'), {
      timeout: 8000,
    });
    assert.ok(
      await page.evaluate(() => document.querySelector('gk-fee-table').shadowRoot.querySelector('.gk-stale')),
      'the panel says its data may be old',
    );
    offline = false;
    await page.evaluate(() => document.querySelector('gk-kiosk').refreshNow());
    await page.waitForFunction(
      () =>
        document.querySelector('gk-kiosk')?.shadowRoot &&
        !document.querySelector('gk-kiosk').shadowRoot.querySelector('footer .stale'),
      {
        timeout: 8000,
      },
    );
    await context.close();
  });

  it("department page: one tag shows a department's 一权三收四办; a menu link opens a section by hash", async () => {
    // A fresh browser profile: what the kiosk pages before it left in the feed cache is not this test's.
    const context = await browser.createBrowserContext();
    const { page, problems } = await open('/examples/department.html?department=示例县民政局#fees', context);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} HTTP ${r.status()}`));
    const inner = (section) =>
      page
        .waitForFunction(
          (tag) => document.querySelector('gk-department')?.shadowRoot?.querySelector(tag)?.shadowRoot?.textContent,
          { timeout: SLOW_PAGE },
          section,
        )
        .catch(async (e) => {
          // Say what the page shows, so a failure here can be chased.
          const shown = await page.evaluate(() => {
            const d = document.querySelector('gk-department');
            const defined = ['gk-department', 'gk-fee-table'].map((t) => `${t}: ${!!customElements.get(t)}`);
            return `${defined.join(', ')}; loadStatus ${d?.loadStatus}; shows: ${d?.shadowRoot?.innerHTML.slice(0, 800)}`;
          });
          throw new Error(
            `${e.message}\n${shown}\nfailed requests: ${failed.join('; ') || 'none'}\n${problems.join('\n')}`,
          );
        });
    await inner('gk-fee-table');
    const tabs = await page.evaluate(() =>
      [...document.querySelector('gk-department').shadowRoot.querySelectorAll('[role=tab]')].map((t) => [
        t.textContent.trim(),
        t.getAttribute('aria-selected'),
      ]),
    );
    assert.deepEqual(tabs, [
      ['职权', 'false'],
      ['收费', 'true'],
      ['办事', 'false'],
      ['预决算', 'false'],
      ['三公经费', 'false'],
      ['结果公示', 'false'],
    ]);
    await page.click('nav.sections a[href="#powers"]');
    await inner('gk-power-list');
    await page.waitForFunction(
      () =>
        document
          .querySelector('gk-department')
          ?.shadowRoot?.querySelector('gk-power-list')
          ?.shadowRoot?.querySelector('.summary')
          ?.textContent.includes('共 36 项职权'),
      { timeout: SLOW_PAGE },
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('npm-app: the Vite app built from the workspace packages shows the sample data', async () => {
    const { page, problems } = await open('/examples/npm-app/dist/');
    await page.waitForFunction(() => document.getElementById('summary').textContent.includes('合计'), {
      timeout: 8000,
    });
    assert.match(await page.$eval('#summary', (e) => e.textContent), /示例县自然资源局 2026 年预算合计 .* 万元/);
    assert.match(await shadowText(page, 'gk-fee-table', 'tbody tr.fee'), /不动产登记费/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the examples index links every example and still lists the feed', async () => {
    const { page, problems } = await open('/examples/');
    await page.waitForFunction(() => document.querySelectorAll('#datasets tbody tr').length > 10, { timeout: 8000 });
    const links = await page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of [
      './embed/',
      './kiosk/',
      './npm-app/dist/',
      './fee-table.html',
      './department.html',
      './power-list.html',
    ])
      assert.ok(links.includes(href), href);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('on a phone, the examples index and the npm app keep their columns readable and off the edges (issue 16)', async () => {
    const { page, problems } = await open('/examples/');
    await page.setViewport({ width: 390, height: 844 });
    await page.waitForFunction(() => document.querySelectorAll('#datasets tbody tr').length > 10, { timeout: 8000 });
    // The title column keeps at least a few characters a line (it was squeezed to one).
    const width = await page.$eval('#datasets tbody tr td:nth-child(2)', (td) => td.getBoundingClientRect().width);
    assert.ok(width > 60, `the title column is ${width}px wide`);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1),
      'no sideways page scroll',
    );
    await page.goto(new URL('/examples/npm-app/dist/', page.url()).href);
    await page.waitForFunction(() => document.getElementById('summary').textContent.includes('合计'), {
      timeout: 8000,
    });
    const left = await page.$eval('h1', (h) => h.getBoundingClientRect().left);
    assert.ok(left >= 12, `the npm app's heading sits ${left}px from the edge`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
