/**
 * The legacy one-tag loader (`dist/browser/legacy/gongkai.js`), loaded by `gongkai.js` in engines
 * that fail its feature test: the runtime features the code uses that Chromium 72 lacks, style
 * fallbacks (strict CSP without constructable sheets, container queries, late CSS), then the autoloader,
 * which loads the transpiled elements from `legacy/elements/` beside this file.
 */
import './polyfills.js';
import './csp-styles.js';
import { autoload } from '../autoload.js';
import type { LegacyHooks } from '../base/legacy-hooks.js';
import { containerFallbackHooks } from './container-fallback.js';
import { detectLateSupport, lateStyles } from './late-css.js';

// Before the first element loads: each one reads these when its class is finalized. Late CSS first
// (`:is()` spelled out), so that the container rewrite scopes plain selectors.
const containers = containerFallbackHooks();
const late = detectLateSupport();
const hooks: LegacyHooks = {
  styles: (elementClass, styles) => containers.styles(elementClass, lateStyles(styles, late)),
  host: (element) => containers.host(element),
};
(globalThis as { gongkaiLegacy?: unknown }).gongkaiLegacy = hooks;
autoload(import.meta.url);
