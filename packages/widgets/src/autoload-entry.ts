/**
 * The one-tag script (`dist/browser/gongkai.js`): chooses the files this engine can run. An engine
 * that passes the feature test below (tier 1: today's Chromium, Firefox ESR, Chromium 97 and later)
 * loads today's modules from `elements/`; any other loads the legacy set from `legacy/` (transpiled
 * for Chromium 72, with the few runtime features the code uses), which a tier 1 engine never fetches.
 * This file itself is built for Chromium 72, so that an old engine can read it at all.
 */
import { autoload } from './autoload.js';
import { modernEngine } from './legacy/engine.js';
import { showUnavailable } from './legacy/message.js';

const here = import.meta.url;
if (modernEngine()) autoload(here);
else
  import(/* @vite-ignore */ new URL('./legacy/gongkai.js', here).href).catch((e: unknown) => {
    // The legacy set did not load or run: every widget box says so, with its data's address.
    for (const el of document.querySelectorAll(':not(:defined)'))
      if (el.localName.startsWith('gk-')) showUnavailable(el);
    console.error(`Gongkai: the legacy set could not load (${String(e)})`);
  });
