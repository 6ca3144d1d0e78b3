// Every widget with the sample feed at the four viewports, default and elderly themes: the layout
// checks of check-layout.ts. (The flowchart has its own file: it checks its geometry too.)
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit/static-html.js';
import '../../../packages/widgets/src/index.js';
import { THEMES, VIEWPORTS, layoutProblems, viewport } from './check-layout.js';
import { describeLayouts } from './describe-layouts.js';

const FEED = '/examples/feeds/shili-county/';
const WIDGETS: [string, string][] = [
  ['gk-fee-table', 'dataset="fees-nr"'],
  ['gk-budget-viewer', 'dataset="budget-2026-hrss" compare="previous"'],
  ['gk-three-public', 'dataset="three-public-2025-nr"'],
  ['gk-service-guide', 'guide="guide-property-first"'],
];

describe('<gk-kiosk> layout', function () {
  this.timeout(30_000);
  for (const v of VIEWPORTS) {
    for (const theme of THEMES) {
      it(`${v.name} ${v.width}×${v.height}${theme ? ` ${theme}` : ''}`, async () => {
        await viewport(v);
        const el = await fixture<HTMLElement>(
          html`<gk-kiosk manual-clock src=${FEED} theme=${theme}
            ><gk-fee-table dataset="fees-nr"></gk-fee-table
            ><gk-three-public dataset="three-public-2025-nr"></gk-three-public
          ></gk-kiosk>`,
        );
        const panel = el.firstElementChild as HTMLElement & { loadStatus: string };
        await waitUntil(() => panel.loadStatus === 'ready', 'the first panel did not load', { timeout: 10_000 });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const problems = [...layoutProblems(el), ...layoutProblems(panel)];
        expect(problems, problems.map((p) => `${p.what} — ${p.where}`).join('\n')).to.deep.equal([]);
      });
    }
  }
});

describeLayouts(WIDGETS);
