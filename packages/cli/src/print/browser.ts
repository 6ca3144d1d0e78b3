/**
 * The Chromium that renders posters: the system's (Debian's /usr/bin/chromium, or CHROME_PATH);
 * never a downloaded build. It resolves no host name (only our loopback server, by address, is
 * reachable) and makes none of its own background requests; each tab also intercepts requests
 * (request-guard.ts).
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function launchBrowser() {
  const executablePath = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));
  if (!executablePath)
    throw new Error(
      '找不到 Chromium：请安装（Debian：apt-get install chromium），或用 CHROME_PATH 指定 / ' +
        'no Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH',
    );
  return puppeteer.launch({
    executablePath,
    headless: true,
    // Starting is slow on a busy machine; a browser that does not start at all fails within this.
    timeout: 120_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
