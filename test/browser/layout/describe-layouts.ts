// One suite per widget: each at the four viewports in the default and elderly themes, loaded from
// the sample feed, with the layout checks of check-layout.ts.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../../packages/widgets/src/index.js';
import { THEMES, VIEWPORTS, layoutProblems, viewport } from './check-layout.js';

const FEED = '/examples/feeds/shili-county/';

/** `[tag, attributes]` of each widget to check. */
export function describeLayouts(widgets: readonly [string, string][]): void {
  for (const [tag, attrs] of widgets) {
    describe(`<${tag}${attrs ? ` ${attrs}` : ''}> layout`, function () {
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
}
