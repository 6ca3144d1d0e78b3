// Screenshots of the example pages at the four review viewports (desktop, phone, kiosk, TV), for
// people to look at: `node scripts/screenshots.mjs [page …]` after a build; PNGs go to .tmp/shots/.
// `node scripts/screenshots.mjs hall`: the TV and kiosk panels of every kind, for the README's
// "Hall screens" (docs/hall/, committed; see hall-shots.mjs).
import { mkdirSync } from 'node:fs';
import { hallShots } from './hall-shots.mjs';
import { launchChromium } from './chromium.mjs';
import { createStaticServer, listen, rootDir } from './serve.mjs';

const VIEWPORTS = { desktop: [1366, 768], phone: [390, 844], kiosk: [1080, 1920], tv: [1920, 1080] };
if (process.argv[2] === 'hall') {
  await hallShots();
  process.exit(0);
}
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['fee-table', 'budget', 'three-public', 'service-guide', 'process-flow'];
const out = `${rootDir}/.tmp/shots`;
mkdirSync(out, { recursive: true });
const server = createStaticServer(rootDir);
const base = `http://127.0.0.1:${await listen(server, 8790)}`;
const browser = await launchChromium();
try {
  for (const name of pages) {
    for (const [size, [width, height]] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(`${base}/examples/${name}.html`, { waitUntil: 'networkidle0', timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 500)); // lazy chunks and fonts settle
      await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
      await page.close();
      console.log(`${out}/${name}-${size}.png`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
