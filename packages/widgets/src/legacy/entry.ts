/**
 * The legacy one-tag loader (`dist/browser/legacy/gongkai.js`), loaded by `gongkai.js` in engines
 * that fail its feature test: the runtime features the code uses that Chromium 72 lacks, then the
 * autoloader, which loads the transpiled elements from `legacy/elements/` beside this file.
 */
import './polyfills.js';
import './csp-styles.js';
import { autoload } from '../autoload.js';

autoload(import.meta.url);
