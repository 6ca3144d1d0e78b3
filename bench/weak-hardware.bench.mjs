// Weak hardware (issue 30): the hall page (examples/hall.html) and the portrait kiosk
// (examples/kiosk/portrait.html) in Chromium 72 (an Android-box WebView of that era, the legacy set)
// with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), and the same in today's Chromium for
// comparison. Measured from navigation start:
// - first screen: every widget defined, with its data, rendered, and a frame painted after that;
// - touch (kiosk): from the touch on the first home tile to the frame after its panel shows content.
// Each run is a cold load in a fresh incognito context; engines and pages are interleaved. CPU time is
// the renderer's main-thread task time (Performance.getMetrics), beside the wall time.
// Aim: first screen ≤ 2 s, touch ≤ 100 ms.
import os from 'node:os';
import { launchChromium } from '../scripts/chromium.mjs';
import { launchOldChromium } from '../scripts/old-engines.mjs';
import { STRICT_CSP, createStaticServer, listen, rootDir } from '../scripts/serve.mjs';
import { spread } from './browser-harness.mjs';
import { machine, writeSection } from './results-file.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const SLOWDOWN = 4;
const TIMEOUT = 120_000;

/** In the page from its first script on: stamps the first frame after every widget is ready. */
const WATCH = `(() => {
  const ready = () => {
    const els = Array.prototype.filter.call(document.querySelectorAll('*'), (e) => /^gk-/.test(e.localName));
    return els.length > 0 && els.every((e) =>
      customElements.get(e.localName) && e.shadowRoot && e.shadowRoot.childElementCount &&
      (!('loadStatus' in e) || e.loadStatus === 'ready'));
  };
  const frame = () => {
    if (ready()) requestAnimationFrame(() => { window.__gkFirstScreen = performance.now(); });
    else setTimeout(() => requestAnimationFrame(frame), 20);
  };
  requestAnimationFrame(frame);
  // The touch's own time stamp, taken by the page at the event (not when the driver sent it).
  document.addEventListener('touchstart', (e) => { window.__gkTouch = performance.now(); }, { capture: true });
})();`;

const PAGES = [
  { name: 'hall page', path: '/examples/hall.html', viewport: { width: 1366, height: 768 } },
  {
    name: 'portrait kiosk',
    path: '/examples/kiosk/portrait.html',
    viewport: { width: 1080, height: 1920, hasTouch: true },
    touch: true,
  },
];

const ENGINES = [
  { name: 'Chromium 72 (legacy set)', launch: () => launchOldChromium(72) },
  { name: `today's Chromium (modern set)`, launch: () => launchChromium() },
];

/** The renderer's main-thread task time so far, in ms; the older protocol lacks TaskDuration: summed parts. */
async function metrics(cdp) {
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const script = (m.ScriptDuration ?? 0) * 1000;
  const layout = ((m.LayoutDuration ?? 0) + (m.RecalcStyleDuration ?? 0)) * 1000;
  return { cpu: 'TaskDuration' in m ? m.TaskDuration * 1000 : script + layout, script, layout };
}
const cpuMs = async (cdp) => (await metrics(cdp)).cpu;

async function run(browser, base, spec) {
  // puppeteer 1.x names it createIncognitoBrowserContext; today's, createBrowserContext.
  const context = await (browser.createBrowserContext ?? browser.createIncognitoBrowserContext).call(browser);
  const page = await context.newPage();
  const cdp = await page.target().createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await cdp.send('Performance.enable');
  await page.setViewport(spec.viewport);
  await page.evaluateOnNewDocument(WATCH);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const m0 = await metrics(cdp);
  const cpu0 = m0.cpu;
  await page.goto(base + spec.path, { waitUntil: 'load', timeout: TIMEOUT });
  await page.waitForFunction('window.__gkFirstScreen !== undefined', { timeout: TIMEOUT, polling: 100 });
  const first = await page.evaluate('window.__gkFirstScreen');
  const m1 = await metrics(cdp);
  // What the first screen's CPU went to: script, and style + layout.
  const out = { first, firstCpu: m1.cpu - cpu0, script: m1.script - m0.script, layout: m1.layout - m0.layout, errors };
  if (spec.touch) {
    // Wake the attract loop to the home screen; tap the first tile once it stands still.
    await page.touchscreen.tap(spec.viewport.width / 2, spec.viewport.height / 2);
    await page.waitForFunction(
      () => {
        const t = document.querySelector('gk-kiosk').shadowRoot.querySelector('.tile');
        const r = t && JSON.stringify(t.getBoundingClientRect());
        const still = r && window.__gkTile === r && t.getBoundingClientRect().width > 0;
        window.__gkTile = r;
        return still;
      },
      { timeout: TIMEOUT, polling: 200 },
    );
    const tile = await page.evaluate(() => {
      const r = document.querySelector('gk-kiosk').shadowRoot.querySelector('.tile').getBoundingClientRect();
      window.__gkPanel = undefined;
      // The first frame after the tile's panel (the kiosk's first child) is shown with content.
      const panel = document.querySelector('gk-kiosk').firstElementChild;
      const frame = () => {
        const shown = panel.hasAttribute('data-gk-active') && panel.getBoundingClientRect().height > 0;
        if (shown && panel.shadowRoot.childElementCount)
          requestAnimationFrame(() => {
            window.__gkPanel = performance.now();
          });
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const cpu1 = await cpuMs(cdp);
    await page.touchscreen.tap(tile.x, tile.y);
    await page.waitForFunction('window.__gkPanel !== undefined', { timeout: TIMEOUT, polling: 50 });
    out.touch = await page.evaluate('window.__gkPanel - window.__gkTouch');
    out.touchCpu = (await cpuMs(cdp)) - cpu1;
  }
  await context.close();
  return out;
}

const server = createStaticServer(rootDir, {
  headers: (path) => (/^\/examples\/(embed|kiosk)\//.test(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
});
const base = `http://127.0.0.1:${await listen(server, 8795)}`;
const browsers = await Promise.all(ENGINES.map((e) => e.launch()));
const results = new Map();
for (let i = 0; i < RUNS; i++) {
  for (const [e, engine] of ENGINES.entries()) {
    for (const spec of PAGES) {
      const r = await run(browsers[e], base, spec);
      const key = `${engine.name}|${spec.name}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(r);
      if (r.errors.length) console.error(`${key}: ${r.errors.join('; ')}`);
      console.log(
        `${key} run ${i + 1}: first screen ${r.first.toFixed(0)} ms (CPU ${r.firstCpu.toFixed(0)} ms)` +
          `, script ${r.script.toFixed(0)} ms, style+layout ${r.layout.toFixed(0)} ms` +
          (r.touch !== undefined ? `, touch ${r.touch.toFixed(0)} ms (CPU ${r.touchCpu.toFixed(0)} ms)` : ''),
      );
    }
  }
}
await Promise.all(browsers.map((b) => b.close()));
server.close();

const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const rows = [...results].map(([key, rs]) => {
  const [engine, page] = key.split('|');
  const col = (f) =>
    rs[0][f] === undefined
      ? '—'
      : spread(
          rs.map((r) => r[f]),
          0,
        );
  return `| ${engine} | ${page} | ${col('first')} | ${col('firstCpu')} | ${col('script')} | ${col('layout')} | ${col('touch')} | ${col('touchCpu')} |`;
});
writeSection(
  'weak-hardware',
  `## Weak hardware: Chromium 72 with the CPU slowed ${SLOWDOWN}× (issue 30)

\`node bench/weak-hardware.bench.mjs\` — ${await machine()}; load average at the end (1/5/15 min): ${load}.
Both engines with the CPU slowed ${SLOWDOWN}× (CDP Emulation.setCPUThrottlingRate), ${RUNS} cold loads each (fresh
incognito context), engines and pages interleaved. ms, min / **median** / max. *First screen*: navigation
start to the frame after every widget is defined, has its data and is rendered. *Touch*: the touch on the
kiosk's first home tile (the page's own event time) to the frame after its panel shows. CPU: the renderer's
main-thread task time over the same span (Performance.getMetrics TaskDuration: parsing, GC, paint and this bench's
own readiness poll included, so it exceeds script + style/layout). On a loaded machine wall time runs well past CPU
time: compare CPU columns across runs. Aim: first screen ≤ 2,000 ms, touch ≤ 100 ms.

| engine | page | first screen | its CPU | of it script | of it style + layout | touch | its CPU |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`,
);
