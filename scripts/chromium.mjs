// Debian's Chromium for the node-side browser tests, benchmarks and screenshots: one set of launch
// flags (root needs --no-sandbox; this machine's closed network needs the background requests off).
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches headless Chromium; `options` are puppeteer's (extra args are added to ours). */
export function launchChromium(options = {}) {
  const { args = [], ...rest } = options;
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, ...rest, args: [...CHROMIUM_ARGS, ...args] });
}
