// The layout checks of test/browser/layout (no sideways scroll, no clipped text, no text under 12 px,
// flowchart nodes apart) on every example page at the four screen sizes, in the old engines of the
// support tiers (README: Browser support): Chromium 88 (tier 1: the layout as in today's Chromium)
// and Chromium 72 (tier 2: a simpler layout, but nothing clipped or overlapping). The geometry code is
// the one web-test-runner runs (geometry.ts), bundled for Chromium 72 and evaluated in each page.
// One browser per engine and one tab per engine, navigated from page to page.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchOldChromium } from '../scripts/old-engines.mjs';
import { STRICT_CSP, createStaticServer, listen, rootDir } from '../scripts/serve.mjs';
import { VIEWPORTS } from './browser/layout/geometry.ts';
import { EXAMPLE_PAGES, PAGE_TIMEOUT, widgetsReady } from './example-pages.mjs';

/** Every widget of the page checked; an expression that evaluates to the list of problems found. */
const CHECK = `
import { flowProblems, layoutProblems, unseen } from './geometry.ts';
export function pageProblems() {
  const out = [];
  const els = Array.prototype.slice.call(document.querySelectorAll('*')).filter((e) => /^gk-/.test(e.localName));
  for (const el of els) {
    for (const p of layoutProblems(el)) out.push(p.what + ' — <' + el.localName + '> ' + p.where);
    // A flowchart in a hidden kiosk panel has no geometry to check (its boxes measure 0).
    const svg = el.localName === 'gk-process-flow' && !unseen(el) && el.shadowRoot.querySelector('svg');
    if (svg) for (const p of flowProblems(svg)) out.push(p.what + ' — <gk-process-flow> ' + p.where);
  }
  return out.filter((p, i) => out.indexOf(p) === i);
}`;

let server;
let base;
let check;
before(async () => {
  server = createStaticServer(rootDir, {
    headers: (path) => (/^\/examples\/(embed|kiosk)\//.test(path) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  base = `http://127.0.0.1:${await listen(server, 8780)}`;
  const out = await build({
    stdin: { contents: CHECK, resolveDir: `${rootDir}/test/browser/layout`, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'gkLayoutCheck',
    target: 'chrome65',
  });
  // Evaluated by the protocol (not a script tag), so a page's strict CSP does not block it.
  check = `${out.outputFiles[0].text};gkLayoutCheck.pageProblems()`;
});
after(() => server?.close());

for (const version of [88, 72]) {
  describe(`layout of the example pages at four sizes, Chromium ${version}`, () => {
    let browser;
    let page;
    const errors = [];
    before(async () => {
      browser = await launchOldChromium(version);
      page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(`page error: ${e.message ?? e}`));
    });
    after(() => browser?.close());

    for (const v of VIEWPORTS) {
      for (const path of EXAMPLE_PAGES) {
        it(`${path} at ${v.name} ${v.width}×${v.height}`, { timeout: PAGE_TIMEOUT * 2 }, async () => {
          errors.length = 0;
          await page.setViewport({ width: v.width, height: v.height });
          await page.goto(base + path, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
          assert.deepEqual(await widgetsReady(page), [], `${path}: widgets not ready`);
          // Two frames, so that the width controllers' size classes have applied.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const problems = await page.evaluate(check);
          assert.deepEqual([...problems, ...errors], [], `${path} at ${v.width}×${v.height} in Chromium ${version}`);
        });
      }
    }
  });
}
