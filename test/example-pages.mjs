// The example pages with widgets, and the wait for their widgets, shared by the tests that open them
// in old engines (e2e-old-engines.test.mjs, e2e-old-layout.test.mjs). Plain ES2017 in the page: the
// check runs in Chromium 65 and 72 too.

/**
 * The example pages with widgets. Left out: the Vite app (its JavaScript is the app author's build,
 * with the targets they choose) and the index's feed inspector, a developer's tool on the SDK's
 * browser bundle, which is tier 1 only (README: Browser support).
 */
export const EXAMPLE_PAGES = [
  '/examples/aggregate.html',
  '/examples/budget.html',
  '/examples/department.html',
  '/examples/fee-table.html',
  '/examples/hall.html',
  '/examples/power-list.html',
  '/examples/process-flow.html',
  '/examples/results.html',
  '/examples/service-guide.html',
  '/examples/three-public.html',
  '/examples/embed/',
  '/examples/kiosk/',
  '/examples/kiosk/portrait.html',
  '/examples/kiosk/tv.html',
];

/** An upper bound for a page on a busy 2-core machine (old engines start slower), not a measure. */
export const PAGE_TIMEOUT = 60_000;

/**
 * Waits until every gk-* element of the page (those inside another's light DOM too) is defined,
 * has read its data (a data element's `loadStatus`), and shows something in its shadow root.
 * Resolves to the elements that never got there, with why; empty when all did.
 */
export async function widgetsReady(page) {
  const check = () => {
    // Constructable sheets (today's engines) or sheets of <style>/<link> elements that were applied.
    const styled = (root) =>
      (root.adoptedStyleSheets || []).length > 0 ||
      Array.prototype.some.call(root.styleSheets, (s) => s.cssRules && s.cssRules.length > 0);
    const els = Array.prototype.slice.call(document.querySelectorAll('*')).filter((e) => /^gk-/.test(e.localName));
    const notReady = [];
    for (const e of els) {
      const why = !customElements.get(e.localName)
        ? 'not defined'
        : !e.shadowRoot || !e.shadowRoot.childElementCount
          ? 'nothing rendered'
          : 'loadStatus' in e && e.loadStatus !== 'ready'
            ? `data ${e.loadStatus}`
            : !styled(e.shadowRoot)
              ? 'unstyled (its style sheets blocked or missing)'
              : '';
      if (why) notReady.push(`<${e.localName}>: ${why}`);
    }
    return els.length > 0 && notReady.length === 0 ? [] : notReady.length ? notReady : ['no gk-* element'];
  };
  try {
    // Polled from the page (puppeteer 1.x has no shadow-piercing selectors): an empty list is done.
    await page.waitForFunction(`(${check})().length === 0`, { timeout: PAGE_TIMEOUT, polling: 250 });
    return [];
  } catch {
    return page.evaluate(check);
  }
}
