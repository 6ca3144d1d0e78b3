// Shared browser benchmark harness: serves the repo's built bundles and the contenders' npm
// packages from one local server and drives Debian's Chromium (the same one the tests use).
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen, rootDir } from '../scripts/serve.mjs';

const SERVED = [
  'bench/pages',
  'bench/.cache',
  'packages/widgets/dist',
  'packages/sdk/dist',
  'node_modules/gridjs/dist',
  'node_modules/tabulator-tables/dist',
  'node_modules/echarts/dist',
  'node_modules/mermaid/dist',
];

export async function startHarness() {
  const server = createStaticServer(rootDir, { served: SERVED, index: '/bench/pages/' });
  const port = await listen(server, 8790);
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${port}`,
    /** Opens `path` in a fresh page (1280×900), waits for `window.bench`, and returns the page (timeout: each step). */
    async open(path, { timeout = 30_000 } = {}) {
      const page = await browser.newPage();
      // Every puppeteer timeout set here, not left at its default (a loaded machine runs past 30 s).
      page.setDefaultTimeout(timeout);
      page.setDefaultNavigationTimeout(timeout);
      await page.setViewport({ width: 1280, height: 900 });
      page.on('pageerror', (e) => console.error(`${path}: ${e.message}`));
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load', timeout });
      await page.waitForFunction('window.bench !== undefined', { timeout });
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * A reader of `page`'s main-thread task time so far, in ms (Chromium's `TaskDuration` metric): read it
 * before and after a scenario for the CPU the scenario cost, beside its wall time.
 */
export async function taskTimer(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** "min / **median** / max" of a list of figures, for the results tables. */
export function spread(xs, digits = 1) {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0].toFixed(digits)} / **${median(s).toFixed(digits)}** / ${s.at(-1).toFixed(digits)}`;
}

/**
 * Contenders compared page load by page load at each size: `runs` + 1 rounds per size, each contender
 * once a round with the order rotating, so drift on a busy machine falls on all of them alike; the first
 * round warms the browser and the caches and is discarded. `measure(contender, size)` loads a page and
 * returns its figures. Returns size → contender → the figures of each kept round.
 */
export async function interleave(sizes, contenders, runs, measure) {
  const bySize = new Map();
  for (const n of sizes) {
    const results = new Map(contenders.map((c) => [c, []]));
    bySize.set(n, results);
    for (let run = 0; run <= runs; run++) {
      for (let i = 0; i < contenders.length; i++) {
        const c = contenders[(i + run) % contenders.length];
        const r = await measure(c, n);
        if (run > 0) results.get(c).push(r);
        console.log(`${n} ${c.name} run ${run}: ${JSON.stringify(r)}`);
      }
    }
  }
  return bySize;
}

/**
 * Which browser and fonts the figures come from. Without a CJK font Chromium lays out Chinese text
 * through its fallback path, which is slower: kiosks with Noto CJK render faster than these figures.
 */
export function browserNote() {
  let cjk = '';
  try {
    cjk = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).split('\n')[0].split(',')[0].trim();
  } catch {
    // no fontconfig: say nothing about fonts
  }
  return `Debian Chromium (/usr/bin/chromium), ${cjk ? `CJK font ${cjk}` : 'no CJK font installed'}`;
}
