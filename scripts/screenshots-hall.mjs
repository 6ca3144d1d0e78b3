// Screenshots of the hall screens, for people to look at: the portrait kiosk (attract loop, home
// screen, a panel with the on-screen keyboard) and the wall TV. `node scripts/screenshots-hall.mjs`
// after a build; PNGs go to .tmp/shots/.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { createStaticServer, listen, rootDir } from './serve.mjs';

const out = `${rootDir}/.tmp/shots`;
mkdirSync(out, { recursive: true });
const server = createStaticServer(rootDir);
const base = `http://127.0.0.1:${await listen(server, 8796)}`;
const browser = await launchChromium();
const settle = (page) =>
  page.waitForFunction(
    () => [...document.querySelector('gk-kiosk').children].every((c) => c.loadStatus !== 'loading'),
    { timeout: 30_000 },
  );
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.goto(`${base}/examples/kiosk/portrait.html`, { waitUntil: 'networkidle0' });
  await settle(page);
  await page.screenshot({ path: `${out}/hall-kiosk-attract.png` });
  await page.evaluate(() => document.querySelector('gk-kiosk').dispatchEvent(new PointerEvent('pointerdown')));
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: `${out}/hall-kiosk-home.png` });
  await page.evaluate(async () => {
    const k = document.querySelector('gk-kiosk');
    k.open(1);
    await k.updateComplete;
    k.children[1].shadowRoot.querySelector('input[type=search]').focus();
  });
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: `${out}/hall-kiosk-keyboard.png` });
  await page.evaluate(async () => {
    const k = document.querySelector('gk-kiosk');
    k.home();
    await k.updateComplete;
    k.open(0);
  });
  await new Promise((r) => setTimeout(r, 1500));
  await page.screenshot({ path: `${out}/hall-kiosk-guide.png` });

  const tv = await browser.newPage();
  await tv.setViewport({ width: 1920, height: 1080 });
  await tv.goto(`${base}/examples/kiosk/tv.html`, { waitUntil: 'networkidle0' });
  await settle(tv);
  await new Promise((r) => setTimeout(r, 1500));
  await tv.screenshot({ path: `${out}/hall-tv-1.png` });
  await tv.evaluate(() => document.querySelector('gk-kiosk').next());
  await new Promise((r) => setTimeout(r, 1500));
  await tv.screenshot({ path: `${out}/hall-tv-2.png` });
  await tv.evaluate(() => document.querySelector('gk-kiosk').goToPage(1));
  await new Promise((r) => setTimeout(r, 500));
  await tv.screenshot({ path: `${out}/hall-tv-2b.png` });
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}`);
