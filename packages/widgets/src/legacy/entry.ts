/**
 * The legacy one-tag loader (`dist/browser/legacy/gongkai.js`), loaded by `gongkai.js` in engines
 * that fail its feature test: the runtime features the code uses that Chromium 72 lacks, style
 * fallbacks (strict CSP without constructable sheets, container queries), then the autoloader,
 * which loads the transpiled elements from `legacy/elements/` beside this file.
 */
import './polyfills.js';
import './csp-styles.js';
import { autoload } from '../autoload.js';
import { containerFallbackHooks } from './container-fallback.js';

// Before the first element loads: each one reads these when its class is finalized.
(globalThis as { gongkaiLegacy?: unknown }).gongkaiLegacy = containerFallbackHooks();
autoload(import.meta.url);
