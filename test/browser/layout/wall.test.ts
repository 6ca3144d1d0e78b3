// <gk-results> (a 发放名单 and the case board), <gk-service-rules> and <gk-supervision> at the four
// viewports in the default and elderly themes: the layout checks of check-layout.ts.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../../packages/widgets/src/index.js';
import { THEMES, VIEWPORTS, layoutProblems, viewport } from './check-layout.js';

const FEED = '/examples/feeds/shili-county/';
const WIDGETS: [string, string][] = [
  ['gk-results', 'dataset="results-ca" type="payment" today="2026-11-26"'],
  ['gk-results', 'dataset="results-ca" type="case" today="2026-11-26"'],
  ['gk-results', 'dataset="results-mr" today="2026-11-26"'],
  ['gk-service-rules', ''],
  ['gk-supervision', ''],
];

for (const [tag, attrs] of WIDGETS) {
  describe(`<${tag} ${attrs}> layout`, function () {
    this.timeout(30_000);
    for (const v of VIEWPORTS) {
      for (const theme of THEMES) {
        it(`${v.name} ${v.width}×${v.height}${theme ? ` ${theme}` : ''}`, async () => {
          await viewport(v);
          const el = await fixture<HTMLElement & { loadStatus: string }>(
            html`<${unsafeStatic(tag)} src=${FEED} theme=${theme} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`,
          );
          await waitUntil(() => el.loadStatus === 'ready' || el.loadStatus === 'error', 'did not load', {
            timeout: 10_000,
          });
          expect(el.loadStatus).to.equal('ready');
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const problems = layoutProblems(el);
          expect(problems, problems.map((p) => `${p.what} — ${p.where}`).join('\n')).to.deep.equal([]);
        });
      }
    }
  });
}
