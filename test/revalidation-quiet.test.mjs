// A kiosk polls its feed all day; an unchanged feed answers 304. A 304 is a success: the browser must
// not report it as a failed request (`net::ERR_ABORTED` lines by the hundred in a kiosk's console
// hide the real failures from whoever maintains it).
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen, rootDir } from '../scripts/serve.mjs';

const POLLS = 5;

let server;
let base;
let browser;
before(async () => {
  server = createStaticServer(rootDir);
  base = `http://127.0.0.1:${await listen(server, 8760)}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('feed revalidation in the browser', () => {
  it(`a kiosk refreshing ${POLLS} times against an unchanged feed gets 304s and logs no failed request`, async () => {
    const page = await browser.newPage();
    const failed = [];
    const errors = [];
    let notModified = 0;
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() === 304 && notModified++);
    await page.goto(`${base}/examples/kiosk/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        // Defined first: before the upgrade the panels are the page's plain-HTML fallback, with no loadStatus.
        const panels = [...document.querySelectorAll('gk-kiosk > *')].filter((p) => p.localName.startsWith('gk-'));
        return (
          !!customElements.get('gk-kiosk') &&
          panels.length > 0 &&
          panels.every((p) => customElements.get(p.localName) && (!('loadStatus' in p) || p.loadStatus === 'ready'))
        );
      },
      { timeout: 60_000 },
    );
    for (let i = 0; i < POLLS; i++) await page.evaluate(() => document.querySelector('gk-kiosk').refreshNow());
    // A response nobody reads is cancelled when it is collected: collect, then one more round trip so
    // the network events of everything before it have arrived (they come in order).
    const client = await page.target().createCDPSession();
    await client.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => fetch('/examples/index.html', { cache: 'no-store' }).then((r) => r.text()));
    await page.close();
    assert.ok(notModified >= POLLS, `the feed answered ${notModified} times 304, expected at least ${POLLS}`);
    assert.deepEqual(failed, [], 'requests reported as failed');
    assert.deepEqual(errors, [], 'console errors');
  });
});
