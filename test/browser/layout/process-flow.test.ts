// The flowchart's geometry at the four viewports, default and elderly themes, top-down and in lanes:
// the layout checks plus no overlapping nodes, edges that reach their nodes' outlines and no label
// line holding one CJK character alone (issue 16, defects 1 and 2).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/index.js';
import type { GkProcessFlow } from '../../../packages/widgets/src/process-flow/process-flow.js';
import { THEMES, VIEWPORTS, flowProblems, layoutProblems, viewport } from './check-layout.js';

const FEED = '/examples/feeds/shili-county/';

for (const process of ['proc-dibao', 'proc-licensing']) {
  for (const lanes of [false, true]) {
    describe(`<gk-process-flow process="${process}"${lanes ? ' lanes' : ''}> layout`, function () {
      this.timeout(30_000);
      for (const v of VIEWPORTS) {
        for (const theme of THEMES) {
          it(`${v.name} ${v.width}×${v.height}${theme ? ` ${theme}` : ''}`, async () => {
            await viewport(v);
            const el = await fixture<GkProcessFlow>(
              html`<gk-process-flow src=${FEED} process=${process} ?lanes=${lanes} theme=${theme}></gk-process-flow>`,
            );
            await waitUntil(() => el.shadowRoot!.querySelector('svg.chart g.node'), 'no chart', { timeout: 10_000 });
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const problems = [...layoutProblems(el), ...flowProblems(el.shadowRoot!.querySelector('svg.chart')!)];
            const laneNames = [...el.shadowRoot!.querySelectorAll('g.lane text')].map((t) => t.textContent!.trim());
            expect(laneNames, 'every lane is named (no "—")').not.to.include('—');
            expect(problems, problems.map((p) => `${p.what} — ${p.where}`).join('\n')).to.deep.equal([]);
          });
        }
      }
    });
  }
}
