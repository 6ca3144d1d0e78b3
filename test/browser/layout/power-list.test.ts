// <gk-power-list> with a power open, and <gk-department> on each of its sections, at the four
// viewports in the default and elderly themes: the layout checks of check-layout.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/index.js';
import type { GkDepartment, GkPowerList } from '../../../packages/widgets/src/index.js';
import { THEMES, VIEWPORTS, layoutProblems, viewport } from './check-layout.js';

const FEED = '/examples/feeds/shili-county/';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const report = (problems: ReturnType<typeof layoutProblems>) =>
  problems.map((p) => `${p.what} — ${p.where}`).join('\n');

describe('<gk-power-list> layout, a power open', function () {
  this.timeout(30_000);
  for (const v of VIEWPORTS) {
    for (const theme of THEMES) {
      it(`${v.name} ${v.width}×${v.height}${theme ? ` ${theme}` : ''}`, async () => {
        await viewport(v);
        const el = await fixture<GkPowerList>(
          html`<gk-power-list src=${FEED} theme=${theme} department="示例县自然资源局" query="不动产"></gk-power-list>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('details.power'), 'did not load', { timeout: 10_000 });
        el.shadowRoot!.querySelector<HTMLElement>('details.power summary')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.detail'), 'power did not open');
        await frames();
        const problems = layoutProblems(el);
        expect(problems, report(problems)).to.deep.equal([]);
      });
    }
  }
});

describe('<gk-department> layout, every section', function () {
  this.timeout(60_000);
  for (const v of VIEWPORTS) {
    it(`${v.name} ${v.width}×${v.height}`, async () => {
      await viewport(v);
      const el = await fixture<GkDepartment>(
        html`<gk-department no-hash src=${FEED} department="示例县民政局"></gk-department>`,
      );
      await waitUntil(() => el.availableSections.length > 0, 'did not load', { timeout: 10_000 });
      for (const section of el.availableSections) {
        el.section = section;
        await el.updateComplete;
        const panel = el.shadowRoot!.querySelector('[role=tabpanel] > [src]') as HTMLElement & { loadStatus: string };
        await waitUntil(() => panel.loadStatus === 'ready', `${section} did not load`, { timeout: 10_000 });
        await frames();
        const problems = [...layoutProblems(el), ...layoutProblems(panel)];
        expect(problems, `${section}:\n${report(problems)}`).to.deep.equal([]);
      }
    });
  }
});
