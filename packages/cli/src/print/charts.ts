/**
 * The flowcharts of a sheet, drawn by <gk-process-flow> on a page of their own (the one tab of the
 * print browser that runs script: ours alone, see chartPage) and exported as SVG in both directions,
 * for the sheet to choose from. The sheet itself is then printed with JavaScript off.
 */
import type { Browser } from 'puppeteer-core';
import { guardRequests } from './request-guard.js';
import type { Sheet } from './poster-html.js';

export type Direction = 'lr' | 'tb';
/** A process's chart in each direction, or undefined when the widget shows no chart (an error). */
export type FrozenCharts = Map<string, Record<Direction, string> | undefined>;

/**
 * How long the charts may take at most. Only a backstop against a browser that hangs: the wait ends
 * as soon as every widget has drawn or given up, and at once when our script cannot be loaded.
 */
export const CHART_DEADLINE_MS = 300_000;

export async function drawCharts(
  browser: Browser,
  origin: string,
  pagePath: string,
  ids: readonly string[],
  sheet: Sheet,
): Promise<{ charts: FrozenCharts; blocked: string[] }> {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(CHART_DEADLINE_MS);
  const guard = await guardRequests(tab, origin, [pagePath, '/gongkai/', '/feed/']);
  await tab.setViewport({ ...(sheet.screen ?? { width: 1000, height: 1400 }), deviceScaleFactor: 1 });
  if (!sheet.screen) await tab.emulateMediaType('print');
  // Our own script failing to load would leave the widgets undefined: say so now, not at the deadline.
  let rejectLoad: (e: Error) => void = () => {};
  const loadFailed = new Promise<never>((_, reject) => (rejectLoad = reject));
  loadFailed.catch(() => {});
  const scriptFailed = (url: string, why: string) =>
    url.startsWith(`${origin}/gongkai/`) && rejectLoad(new Error(`${url.slice(origin.length)}: ${why}`));
  tab.on('response', (r) => r.status() >= 400 && scriptFailed(r.url(), `HTTP ${r.status()}`));
  tab.on('requestfailed', (r) => scriptFailed(r.url(), r.failure()?.errorText ?? 'failed'));
  await Promise.race([tab.goto(`${origin}${pagePath}`, { waitUntil: 'load' }), loadFailed]);
  // Settled: a chart, an error, the data's problems, or the text version the widget shows past
  // MAX_CHART_NODES or when the layout fails (a status that is no longer busy).
  await Promise.race([
    tab.waitForFunction(
      (n: number) => {
        const flows = [...document.querySelectorAll<HTMLElement & { loadStatus?: string }>('gk-process-flow')];
        return (
          flows.length === n &&
          flows.every(
            (f) =>
              customElements.get('gk-process-flow') &&
              (f.loadStatus === 'error' ||
                (f.loadStatus === 'ready' &&
                  f.shadowRoot?.querySelector('svg.chart, .problems, .gk-status:not([aria-busy])'))),
          )
        );
      },
      { polling: 100 },
      ids.length,
    ),
    loadFailed,
  ]);
  const drawn = await tab.evaluate(async () => {
    type Flow = HTMLElement & {
      orientation: string;
      updateComplete: Promise<unknown>;
      exportSvg(o: { download: boolean }): string;
    };
    const out: [string, Record<string, string> | undefined][] = [];
    for (const f of document.querySelectorAll<Flow>('gk-process-flow')) {
      const svgs: Record<string, string> = {};
      for (const orientation of ['lr', 'tb']) {
        f.orientation = orientation;
        await f.updateComplete;
        svgs[orientation] = f.exportSvg({ download: false });
      }
      out.push([f.getAttribute('process') ?? '', svgs.lr && svgs.tb ? svgs : undefined]);
    }
    return out;
  });
  await tab.close();
  return { charts: new Map(drawn as [string, Record<Direction, string> | undefined][]), blocked: guard.blocked };
}
