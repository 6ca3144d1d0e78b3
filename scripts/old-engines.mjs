// The old browser engines the support tiers are tested in (README: Browser support). The Chromium builds
// come inside npm packages (test/old-engines/, installed by .ci/run), brotli-compressed: each is
// unpacked once into node_modules/.cache and driven by the puppeteer-core that speaks its protocol.
// Firefox ESR is Debian's, driven by today's puppeteer-core over WebDriver BiDi.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engines = join(root, 'test', 'old-engines');
const cache = join(root, 'node_modules', '.cache', 'gongkai-old-engines');
const requireEngine = createRequire(join(engines, 'package.json'));

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Each old Chromium: the npm package carrying it and the puppeteer-core that drives it. */
const CHROMIUMS = {
  65: { pkg: 'chromium-65', driver: 'puppeteer-core-v1' },
  72: { pkg: 'chromium-72', driver: 'puppeteer-core-v1' },
  88: { pkg: 'chromium-88', driver: 'puppeteer-core' },
};

const INSTALL = 'run `npm ci --prefix test/old-engines` (as .ci/run does)';

/** The unpacked binary of Chromium `version`, unpacking it on first use. */
export function oldChromiumPath(version) {
  const engine = CHROMIUMS[version];
  if (!engine) throw new Error(`no Chromium ${version} among the old engines (${Object.keys(CHROMIUMS).join(', ')})`);
  const bin = join(engines, 'node_modules', engine.pkg, 'bin');
  if (!existsSync(bin)) throw new Error(`Chromium ${version} is not installed (${bin} missing): ${INSTALL}`);
  const packed = readdirSync(bin).find((f) => /^chromium.*\.br$/.test(f));
  if (!packed) throw new Error(`Chromium ${version}: no chromium*.br in ${bin}`);
  const target = join(cache, String(version), 'chromium');
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    // Written beside and renamed: test files run side by side and may unpack the same engine at once.
    const part = `${target}.${process.pid}.part`;
    writeFileSync(part, brotliDecompressSync(readFileSync(join(bin, packed))), { mode: 0o755 });
    renameSync(part, target);
  }
  return target;
}

/** Launches headless Chromium `version` (65, 72 or 88); `options` are its puppeteer's launch options. */
export function launchOldChromium(version, options = {}) {
  const { args = [], ...rest } = options;
  const driver = requireEngine(CHROMIUMS[version]?.driver ?? 'puppeteer-core');
  return driver.launch({
    executablePath: oldChromiumPath(version),
    headless: true,
    ...rest,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/** Launches headless Firefox ESR (Debian's) through WebDriver BiDi. */
export function launchFirefox(options = {}) {
  if (!existsSync(FIREFOX))
    throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, ...options });
}
