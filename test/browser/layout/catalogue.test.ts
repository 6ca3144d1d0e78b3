// <gk-catalogue> at the four viewports in the default and elderly themes, whole and searched: the
// layout checks of check-layout.ts (no sideways scroll, no clipped or tiny text), and no overlap
// between an entry's name and its status, between a label and its value, or between entries.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/catalogue/index.js';
import type { GkCatalogue } from '../../../packages/widgets/src/catalogue/catalogue.js';
import { THEMES, VIEWPORTS, layoutProblems, viewport } from './check-layout.js';
import { describeLayouts } from './describe-layouts.js';

describeLayouts([
  ['gk-catalogue', ''],
  ['gk-catalogue', 'query="低保" lang="en"'],
]);

const FEED = '/examples/feeds/shili-county/';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<gk-catalogue> nothing overlaps', function () {
  this.timeout(30_000);
  for (const v of VIEWPORTS)
    for (const theme of THEMES)
      it(`${v.name} ${v.width}×${v.height}${theme ? ` ${theme}` : ''}`, async () => {
        await viewport(v);
        const el = await fixture<GkCatalogue>(html`<gk-catalogue src=${FEED} theme=${theme}></gk-catalogue>`);
        await waitUntil(() => el.loadStatus === 'ready', 'did not load', { timeout: 10_000 });
        await frames();
        const problems: string[] = layoutProblems(el).map((p) => `${p.what} — ${p.where}`);
        const host = el.getBoundingClientRect();
        const entries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part=entry]')];
        expect(entries.length).to.equal(7);
        entries.forEach((li, i) => {
          const box = li.getBoundingClientRect();
          if (box.right > host.right + 1 || box.left < host.left - 1)
            problems.push(`${li.dataset.id} leaves the widget`);
          const next = entries[i + 1];
          if (next && overlap(box, next.getBoundingClientRect()))
            problems.push(`${li.dataset.id} overlaps the next entry`);
          const name = li.querySelector('.name')!.getBoundingClientRect();
          const state = li.querySelector('[part=state]')!.getBoundingClientRect();
          if (overlap(name, state)) problems.push(`${li.dataset.id}: name under its status`);
          const cells = [...li.querySelectorAll('dt, dd')].map((c) => c.getBoundingClientRect());
          for (let a = 0; a < cells.length; a++)
            for (let b = a + 1; b < cells.length; b++)
              if (overlap(cells[a]!, cells[b]!)) problems.push(`${li.dataset.id}: cells ${a} and ${b} overlap`);
        });
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
});
