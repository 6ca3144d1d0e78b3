// 24 simulated hours in Chromium of a portrait touch kiosk (attract loop, a visitor every hour: home
// screen, a panel, the on-screen keyboard, idle reset) and a wall TV paging its panels, both refreshing
// every 5 minutes against the local feed server (ETag → 304); JS heap measured after GC.
// Aim: heap growth after the warm-up hour < 5 MB.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen, rootDir } from '../scripts/serve.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';
import { browserNote } from './browser-harness.mjs';

const HOURS = Number(process.env.SOAK_HOURS ?? 24);
const server = createStaticServer(rootDir, { served: ['bench/pages', 'examples', 'packages/widgets/dist'] });
const port = await listen(server, 8795);
const browser = await launchChromium({ args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
let result;
const t0 = Date.now();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`http://127.0.0.1:${port}/bench/pages/kiosk/soak.html`);
  await page.waitForFunction('window.bench !== undefined');
  result = await page.evaluate(`window.bench.run(${HOURS})`, { timeout: 0 });
} finally {
  await browser.close();
  server.close();
}
const mb = (b) => (b / 1024 / 1024).toFixed(2);
const growth = result.end - result.start;
const wall = ((Date.now() - t0) / 1000).toFixed(0);
console.log(
  `heap after warm-up ${mb(result.start)} MB, after ${HOURS} h ${mb(result.end)} MB, growth ${mb(growth)} MB (${wall} s wall)`,
);
const size = (f) =>
  gzipSync(readFileSync(new URL(`../packages/widgets/dist/browser/${f}`, import.meta.url)), { level: 9 }).length / 1024;
writeSection(
  'kiosk',
  `## <gk-kiosk>: ${HOURS} simulated hours, and the one-tag bundle

${await machine()}; ${browserNote()}, a portrait kiosk (five panels) and a 1080p wall TV (five panels, paged), 20 s a panel, a refresh every
5 minutes against the local feed server (ETag, 304 when unchanged), a visitor every hour (touch, home screen, a panel,
the on-screen keyboard, a pinyin search, idle reset).
Simulated with the kiosk's controllable clock (${wall} s of wall time); heap = \`usedJSHeapSize\` after a forced GC.

| measure | value | aim |
| --- | --- | --- |
| JS heap after the warm-up hour | ${mb(result.start)} MB | — |
| JS heap after ${HOURS} more hours | ${mb(result.end)} MB | — |
| **growth** | **${mb(growth)} MB** | < 5 MB |
| hourly heap (MB) | ${result.samples.map(([h, b]) => `${h}h ${mb(b)}`).join(', ')} | — |
| the one tag \`gongkai.js\` (the loader), min+gzip | **${size('gongkai.js').toFixed(1)} kB** | ≤ 60 kB |
| a kiosk page with five widgets through it (loader, core, the five elements) | ${(gzSize(...new Set(['kiosk', 'fee-table', 'three-public', 'budget-viewer', 'service-guide'].flatMap(pageFiles))) / 1024).toFixed(1)} kB | — |
| every element in one file, \`gongkai-all.js\` | ${size('gongkai-all.js').toFixed(1)} kB | — |
| lazily loaded: layout / QR / pinyin / issue messages | ${size('gongkai-layout.js').toFixed(1)} / ${size('gongkai-qr.js').toFixed(1)} / ${size('gongkai-pinyin.js').toFixed(1)} / ${size('gongkai-messages.js').toFixed(1)} kB | not counted |`,
);
