/**
 * The autoloader behind the one-tag script (`dist/browser/gongkai.js`, see autoload-entry.ts, and its
 * legacy twin). It holds no element itself: it watches the page
 * for gk-* tags and loads each element's module (with the shared core) from `elements/` beside it
 * the first time its tag appears, as Shoelace's autoloader does. A page pays for the widgets it
 * shows: a fee table alone loads the fee table, not the flowchart or the budget chart.
 *
 * `gongkai-all.js` (every element in one file) stays for pages that pin one file with
 * Subresource Integrity, and `gongkai.iife.js` for CMSs that cannot load modules.
 */
import { claimTag, warnNotUsed, type Copy } from './base/claim.js';
import { VERSION } from './base/version.js';

import { showUnavailable } from './legacy/message.js';

/** The elements the page can use; each is `elements/gongkai-<name>.js` (see rollup.config.mjs). */
export const ELEMENT_NAMES = [
  'feed',
  'kiosk',
  'fee-table',
  'budget-viewer',
  'three-public',
  'service-guide',
  'process-flow',
  'power-list',
  'department',
  'results',
  'service-rules',
  'supervision',
  'annual-report',
  'request-guide',
  'feed-status',
  'search',
  'catalogue',
] as const;

/** Elements that provide a feed to the widgets inside them: defined first, so those find it on upgrade. */
const PROVIDERS = new Set(['gk-feed', 'gk-kiosk']);
const known = new Set<string>(ELEMENT_NAMES.map((n) => `gk-${n}`));
const loading = new Map<string, Promise<void>>();
/** Where this copy's element files are, and which tags it owns (see claim.ts). */
interface Loader {
  here: string;
  copy: Copy;
  owners: Map<string, Copy>;
}

function load(tag: string, { here, copy, owners }: Loader): Promise<void> {
  if (!known.has(tag) || customElements.get(tag)) return Promise.resolve();
  if (owners.get(tag)!.url !== copy.url) return Promise.resolve(); // another copy came first and provides it
  let done = loading.get(tag);
  if (!done) {
    const url = new URL(`./elements/gongkai-${tag.slice(3)}.js`, here).href;
    done = import(/* @vite-ignore */ url).then(
      () => undefined,
      (e: unknown) => {
        loading.delete(tag); // offline for now: the next time the tag appears, try again
        for (const el of document.querySelectorAll(tag)) if (!customElements.get(tag)) showUnavailable(el);
        console.error(
          `<${tag}> 的脚本无法加载（${url}），请确认 elements/ 目录与 gongkai.js 一同上传 / ` +
            `could not load <${tag}> from ${url}: upload the elements/ folder beside gongkai.js (${String(e)})`,
        );
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/** Loads every element used in `root` that is not defined yet, the feed providers first. */
async function discover(root: Element | Document, loader: Loader): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && known.has(root.localName)) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (known.has(el.localName)) tags.add(el.localName);
  const all = [...tags];
  await Promise.all(all.filter((t) => PROVIDERS.has(t)).map((t) => load(t, loader)));
  await Promise.all(all.filter((t) => !PROVIDERS.has(t)).map((t) => load(t, loader)));
}

/** Defines the page's gk-* elements now and as they appear, from `elements/` beside `here`. */
export function autoload(here: string): void {
  /**
   * This copy, named as its elements' shared base chunk names itself (base/define.ts): the loader
   * claims every tag when it starts, so a copy loaded after it defines none of them, even while its
   * own element code is still on the way.
   */
  const copy: Copy = { url: new URL('./elements/gongkai-base.js', here).href, version: VERSION };
  const owners = new Map([...known].map((tag) => [tag, claimTag(tag, copy)]));
  const first = [...owners.values()].find((owner) => owner.url !== copy.url);
  if (first) warnNotUsed(copy, first);
  const loader: Loader = { here, copy, owners };
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) void discover(node, loader);
  }).observe(document.documentElement, { childList: true, subtree: true });
  void discover(document, loader);
}
