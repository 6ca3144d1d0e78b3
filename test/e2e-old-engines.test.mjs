// Every example page in the engines of the support tiers (README: Browser support): Chromium 72
// (tier 2, the legacy set), Chromium 88 and Firefox ESR (tier 1). Each widget must be defined,
// rendered with its data and free of page errors; the kiosk must answer touch in Chromium 72.
// The engines come from test/old-engines (npm) and Debian's firefox-esr: scripts/old-engines.mjs.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/chromium.mjs';
import { launchFirefox, launchOldChromium } from '../scripts/old-engines.mjs';
import { STRICT_CSP, createStaticServer, listen, rootDir } from '../scripts/serve.mjs';
import { EXAMPLE_PAGES, PAGE_TIMEOUT, widgetsReady } from './example-pages.mjs';

let server;
let base;
before(async () => {
  server = createStaticServer(rootDir, {
    headers: (path) => (/^\/examples\/(embed|kiosk)\//.test(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  base = `http://127.0.0.1:${await listen(server, 8760)}`;
});
after(() => server?.close());

/** Opens `path`, recording uncaught errors; returns the page and the list of problems. */
async function open(browser, path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
  // A widget that degrades (a chart it cannot draw, a module it cannot load) says so in the console.
  // (An old engine also reports the policy's directives newer than itself: the engine's, not the page's.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Unrecognized Content-Security-Policy directive/.test(m.text()))
      problems.push(`console error: ${m.text().slice(0, 300)}`);
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(base + path, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
  return { page, problems };
}

const ENGINES = [
  { name: 'Chromium 72 (tier 2)', launch: () => launchOldChromium(72) },
  { name: 'Chromium 88 (tier 1)', launch: () => launchOldChromium(88) },
  { name: 'Firefox ESR (tier 1)', launch: () => launchFirefox() },
];

for (const engine of ENGINES) {
  describe(`example pages in ${engine.name}`, () => {
    let browser;
    before(async () => {
      browser = await engine.launch();
    });
    after(() => browser?.close());

    for (const path of EXAMPLE_PAGES) {
      it(`${path}: every widget defined and rendered with its data, no page error`, async () => {
        const { page, problems } = await open(browser, path);
        const notReady = await widgetsReady(page);
        await page.close();
        assert.deepEqual([...notReady, ...problems], [], `${path} in ${engine.name}`);
      });
    }
  });
}

describe('the hall kiosk by touch in Chromium 72 (tier 2)', () => {
  let browser;
  before(async () => {
    browser = await launchOldChromium(72);
  });
  after(() => browser?.close());

  /** The centre of what `selector` finds in the kiosk's (or one of its panels') shadow root. */
  const centre = (page, selector, host = 'gk-kiosk') =>
    page.evaluate(
      (h, s) => {
        const el = document.querySelector(h).shadowRoot.querySelector(s);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      host,
      selector,
    );

  it('a touch opens the home screen, a tile opens its topic, and the fee search finds a fee', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
    await page.setViewport({ width: 1920, height: 1080, hasTouch: true });
    await page.goto(`${base}/examples/kiosk/`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    assert.deepEqual(await widgetsReady(page), []);

    // The attract loop: a touch anywhere opens the home screen of tiles; tap once they stand still
    // (the same place at two polls), not while the screen is still changing.
    await page.touchscreen.tap(960, 540);
    await page.waitForFunction(
      () => {
        const t = document.querySelector('gk-kiosk').shadowRoot.querySelector('.tile');
        const r = t && JSON.stringify(t.getBoundingClientRect());
        const still = r && window.__gkTile === r && t.getBoundingClientRect().width > 0;
        window.__gkTile = r;
        return still;
      },
      { timeout: 10_000, polling: 200 },
    );
    // The first tile is the fee table's (the kiosk's first panel).
    const tile = await centre(page, '.tile');
    await page.touchscreen.tap(tile.x, tile.y);
    await page.waitForFunction(
      () => {
        const fees = document.querySelector('gk-fee-table');
        return fees.hasAttribute('data-gk-active') && fees.getBoundingClientRect().height > 0;
      },
      { timeout: 10_000 },
    );
    // Search: touch the fee table's search box and type (the kiosk's keyboard or the system's).
    const box = await centre(page, 'input[type=search]', 'gk-fee-table');
    assert.ok(box, 'the fee table shows a search box once its panel is opened');
    await page.touchscreen.tap(box.x, box.y);
    await page.keyboard.type('不动产');
    await page.waitForFunction(
      () => {
        const rows = document.querySelector('gk-fee-table').shadowRoot.querySelectorAll('tbody tr.fee');
        return rows.length > 0 && Array.prototype.every.call(rows, (r) => /不动产/.test(r.textContent));
      },
      { timeout: 10_000 },
    );
    await page.close();
    assert.deepEqual(problems, []);
  });
});

// Chromium before 105 has no container queries: the widgets' narrow layouts must still apply there
// (container-fallback.ts keys them on the width the host measures).
for (const version of [88, 72]) {
  describe(`narrow layouts without container queries, Chromium ${version}`, () => {
    let browser;
    before(async () => {
      browser = await launchOldChromium(version);
    });
    after(() => browser?.close());

    it('on a phone the fee table shows each fee as a card, and the page does not scroll sideways', async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 375, height: 800 });
      await page.goto(`${base}/examples/fee-table.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
      assert.deepEqual(await widgetsReady(page), []);
      await page.waitForFunction(
        () => document.querySelector('gk-fee-table').shadowRoot.querySelector('tbody tr.fee'),
        { timeout: 10_000 },
      );
      const shown = await page.evaluate(() => {
        const row = document.querySelector('gk-fee-table').shadowRoot.querySelector('tbody tr.fee');
        const doc = document.scrollingElement;
        return { display: getComputedStyle(row).display, sideways: doc.scrollWidth - doc.clientWidth };
      });
      await page.close();
      assert.equal(shown.display, 'block', 'a fee row is a card (a block), not a table row');
      assert.ok(shown.sideways <= 1, `the page scrolls ${shown.sideways}px sideways`);
    });
  });
}

describe('tier 3: a widget whose script cannot load', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('says so in its box, in the page’s language, with a link to its data, instead of a blank', async () => {
    const page = await browser.newPage();
    // The element modules blocked (a proxy, a filter, a folder not uploaded); the loader itself loads.
    await page.setRequestInterception(true);
    page.on('request', (req) => (req.url().includes('/elements/') ? req.abort('blockedbyclient') : req.continue()));
    await page.goto(`${base}/examples/fee-table.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    await page.waitForFunction(() => document.querySelector('gk-fee-table .gk-unavailable'), { timeout: 10_000 });
    const shown = await page.evaluate(() => {
      const note = document.querySelector('gk-fee-table .gk-unavailable');
      const r = note.getBoundingClientRect();
      return { text: note.textContent, href: note.querySelector('a')?.getAttribute('href'), height: r.height };
    });
    await page.close();
    assert.match(shown.text, /未能在本浏览器中加载/);
    assert.equal(shown.href, './feeds/shili-county/');
    assert.ok(shown.height > 0, 'the message is visible');
  });
});

/**
 * Every example page carries the plain-HTML rendering `gongkai embed` writes inside its elements
 * (the aggregate's, which `gongkai harvest` builds, by hand): a text of the data each must show.
 * Names of people appear only masked (结果公示).
 */
const READABLE = {
  '/examples/aggregate.html': ['示例县人民政府', '演示区人民政府', '汇聚报告'],
  '/examples/budget.html': ['社会保障和就业支出', '单位：万元', '6,503.35'],
  '/examples/department.html': ['建设项目用地预审与选址意见书核发', '不动产登记费（住宅）', '33.71'],
  '/examples/fee-table.html': ['居民身份证工本费', '20 元/证'],
  '/examples/hall.html': ['首位接待的工作人员负责解答或引导办理', '0999-1234599', '2,032', '非常满意'],
  '/examples/power-list.html': ['人力资源服务许可', '3399990101001', '行政许可'],
  '/examples/process-flow.html': ['受理审查', '综合受理窗口'],
  '/examples/results.html': ['陶*国', '示市监处罚〔2026〕1号', '罚款人民币 5000 元'],
  '/examples/service-guide.html': ['不动产首次登记', '申请材料', '承诺时限：5 个工作日'],
  '/examples/three-public.html': ['单位：万元', '33.71', '−7.81%', '8.28'],
  '/examples/embed/': ['6,503.35', '5.26', '最低生活保障对象认定'],
  '/examples/kiosk/': ['不动产登记费（住宅）', '80 元/件', '申请人提交申请', '2,059.50', '8.28'],
  '/examples/kiosk/portrait.html': [
    '建设项目用地预审与选址意见书核发',
    '陶*国',
    '首位接待的工作人员负责解答或引导办理',
    '33.71',
  ],
  '/examples/kiosk/tv.html': ['首位接待的工作人员负责解答或引导办理', '示市监处罚〔2026〕1号', '0999-1234599'],
};

/** The page's text as shown: the light DOM's visible text, and each upgraded widget's shadow text. */
const shownText = (page) =>
  page.evaluate(() => {
    const widgets = Array.prototype.slice.call(document.querySelectorAll('*')).filter((e) => /^gk-/.test(e.localName));
    return [document.body.innerText, ...widgets.map((w) => (w.shadowRoot ? w.shadowRoot.textContent : ''))].join('\n');
  });

for (const [name, launch, setup] of [
  ['today’s Chromium with JavaScript disabled', () => launchChromium(), (page) => page.setJavaScriptEnabled(false)],
  ['Chromium 65', () => launchOldChromium(65), async () => {}],
]) {
  describe(`tier 3: the data is readable as text in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(() => browser?.close());

    it('every example page has its texts to check', () =>
      assert.deepEqual(Object.keys(READABLE).sort(), [...EXAMPLE_PAGES].sort()));

    for (const [path, texts] of Object.entries(READABLE))
      it(`${path} shows its data`, async () => {
        const page = await browser.newPage();
        await setup(page);
        await page.goto(base + path, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
        const text = await shownText(page);
        await page.close();
        for (const t of texts) assert.ok(text.includes(t), `${path} in ${name}: “${t}” is not shown`);
      });
  });
}

describe('the one tag chooses the files the engine runs', () => {
  /** The script files a page with a fee table requests, by folder. */
  async function scripts(browser) {
    const page = await browser.newPage();
    const urls = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${base}/examples/fee-table.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    assert.deepEqual(await widgetsReady(page), []);
    await page.close();
    const js = urls.filter((u) => u.endsWith('.js'));
    return {
      legacy: js.filter((u) => u.includes('/browser/legacy/')),
      modern: js.filter((u) => u.includes('/browser/elements/')),
    };
  }

  it('today’s Chromium (tier 1) loads today’s modules and nothing of the legacy set', async () => {
    const browser = await launchChromium();
    try {
      const { legacy, modern } = await scripts(browser);
      assert.deepEqual(legacy, []);
      assert.ok(
        modern.some((u) => u.endsWith('/gongkai-fee-table.js')),
        modern.join(),
      );
    } finally {
      await browser.close();
    }
  });

  it('Chromium 72 (tier 2) loads the legacy set and none of today’s modules', async () => {
    const browser = await launchOldChromium(72);
    try {
      const { legacy, modern } = await scripts(browser);
      assert.deepEqual(modern, []);
      assert.ok(
        legacy.some((u) => u.endsWith('/legacy/elements/gongkai-fee-table.js')),
        legacy.join(),
      );
    } finally {
      await browser.close();
    }
  });
});
