// The hall screens of every panel kind for the README: each kind alone in a <gk-kiosk>, on a
// 1920×1080 wall TV and a 1080×1920 portrait kiosk, from the sample county, at a fixed date (the
// footer's staleness is judged against it, so the pictures do not change with the day they are
// taken). Run through `node scripts/screenshots.mjs hall` after a build; PNGs go to docs/hall/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { SERVED, createStaticServer, listen, rootDir } from './serve.mjs';

/** [file name, element, attributes]: one panel of each kind, with the sample's own datasets. */
export const HALL_PANELS = [
  ['service-guide', 'gk-service-guide', 'guide="guide-dibao"'],
  ['process-flow', 'gk-process-flow', 'process="proc-dibao"'],
  ['fee-table', 'gk-fee-table', 'dataset="fees-nr"'],
  ['power-list', 'gk-power-list', 'department="示例县自然资源局"'],
  ['results', 'gk-results', 'dataset="results-ca" type="case"'],
  ['service-rules', 'gk-service-rules', ''],
  ['supervision', 'gk-supervision', ''],
  ['budget', 'gk-budget-viewer', 'dataset="budget-2026-nr"'],
  ['three-public', 'gk-three-public', 'dataset="three-public-2025-nr"'],
];
const SCREENS = {
  tv: { width: 1920, height: 1080, attrs: 'mode="tv" preset="1080p"' },
  kiosk: { width: 1080, height: 1920, attrs: 'preset="portrait"' },
};
/** The date the pictures are taken "on": a few days after the sample's newest dataset. */
const NOW = '2026-12-07T10:00:00+08:00';

const page = (screen, [, tag, attrs]) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/examples/kiosk/kiosk.css" />
    <script type="module" src="/packages/widgets/dist/browser/gongkai.js"></script>
  </head>
  <body>
    <gk-kiosk ${SCREENS[screen].attrs} src="/examples/feeds/shili-county/" department="示例县政务服务中心" manual-clock>
      <${tag} ${attrs}></${tag}>
    </gk-kiosk>
  </body>
</html>
`;

export async function hallShots() {
  const out = join(rootDir, 'docs/hall');
  const pages = join(rootDir, '.tmp/hall-pages');
  mkdirSync(out, { recursive: true });
  mkdirSync(pages, { recursive: true });
  const server = createStaticServer(rootDir, { served: [...SERVED, '.tmp/hall-pages'] });
  const base = `http://127.0.0.1:${await listen(server, 0)}`;
  const browser = await launchChromium();
  try {
    for (const [screen, { width, height }] of Object.entries(SCREENS))
      for (const panel of HALL_PANELS) {
        const file = `${screen}-${panel[0]}`;
        writeFileSync(join(pages, `${file}.html`), page(screen, panel));
        const tab = await browser.newPage();
        await tab.setViewport({ width, height });
        // The clock is fixed before the kiosk first draws: the date and staleness it shows are NOW's.
        await tab.evaluateOnNewDocument((now) => {
          customElements.whenDefined('gk-kiosk').then(() => {
            for (const k of document.querySelectorAll('gk-kiosk')) k.now = () => new Date(now);
          });
        }, NOW);
        await tab.goto(`${base}/.tmp/hall-pages/${file}.html`, { waitUntil: 'networkidle0', timeout: 120_000 });
        await tab.waitForFunction(
          () => {
            const k = document.querySelector('gk-kiosk');
            const p = k?.firstElementChild;
            return p && p.loadStatus && p.loadStatus !== 'loading' && p.loadStatus !== 'idle';
          },
          { timeout: 120_000, polling: 100 },
        );
        // A kiosk opens on its home screen: open the panel, as a visitor's touch would.
        await tab.evaluate(async (kiosk) => {
          const k = document.querySelector('gk-kiosk');
          k.advance(0);
          // The TV clock reads the machine's time (not `now`): show NOW's, so pictures do not change.
          if (k.mode === 'tv') k.clock = '10:00';
          if (kiosk) k.open(0);
          await k.updateComplete;
          k.repaginate?.();
          await k.updateComplete;
          await document.fonts.ready;
        }, screen === 'kiosk');
        await tab.screenshot({ path: join(out, `${file}.png`) });
        await tab.close();
        console.log(join('docs/hall', `${file}.png`));
      }
  } finally {
    await browser.close();
    server.close();
    rmSync(pages, { recursive: true, force: true });
  }
}
