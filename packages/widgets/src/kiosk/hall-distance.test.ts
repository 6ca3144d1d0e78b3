// Hall screens designed for distance (issue 31): measured in the rendered page, as a visitor would
// see it across the hall, for every panel kind.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import { textSizes, visibleControls } from './screen-measure.js';

const FEED = '/examples/feeds/shili-county/';
const ready = (el: Element) =>
  waitUntil(() => (el as HTMLElement & { loadStatus: string }).loadStatus === 'ready', `${el.localName} did not load`, {
    timeout: 8000,
  });
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** One panel of every kind, as the example hall pages have them. */
const everyKind = () => html`
  <gk-service-rules></gk-service-rules>
  <gk-fee-table dataset="fees-nr"></gk-fee-table>
  <gk-service-guide guide="guide-dibao"></gk-service-guide>
  <gk-process-flow process="proc-property-registration"></gk-process-flow>
  <gk-results dataset="results-mr"></gk-results>
  <gk-supervision></gk-supervision>
  <gk-power-list department="示例县自然资源局"></gk-power-list>
  <gk-three-public dataset="three-public-2025-nr"></gk-three-public>
  <gk-budget-viewer dataset="budget-2026-nr"></gk-budget-viewer>
`;

async function tv(width = 1920, height = 1080, preset = '') {
  await setViewport({ width, height });
  const k = await fixture<GkKiosk>(
    html`<gk-kiosk manual-clock mode="tv" preset=${preset} src=${FEED}>${everyKind()}</gk-kiosk>`,
  );
  for (const p of k.children) await ready(p);
  return k;
}

/** Shows panel `i` of `k` (the TV's own rotation), its pages counted. */
async function showPanel(k: GkKiosk, i: number) {
  (k as unknown as { show(i: number): void }).show(i);
  await k.updateComplete;
  await frames();
  k.repaginate();
  await k.updateComplete;
  await frames();
  expect(k.index).to.equal(i);
}

describe('hall screens read from a distance', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('on a 1920×1080 TV no text of any panel kind is under 28 px, flowchart labels included', async () => {
    const k = await tv();
    const small: string[] = [];
    const cut: string[] = [];
    for (let i = 0; i < k.children.length; i++) {
      await showPanel(k, i);
      const sizes = textSizes(k);
      expect(sizes.length, `${k.children[i]!.localName} shows text`).to.be.above(3);
      for (const s of sizes) if (s.px < 27.5) small.push(`${s.where} ${s.px.toFixed(1)}px`);
      // Large, and not by running off the side: a hall screen pages down, never sideways.
      for (const s of sizes) if (s.left < -1 || s.right > innerWidth + 1) cut.push(`${s.where} "${s.text}"`);
    }
    expect([...new Set(small)], 'text under 28 px').to.deep.equal([]);
    expect(cut, 'text off the side of the screen').to.deep.equal([]);
  });

  it('on a TV nothing looks pressable: no button, box or underlined link on any panel', async () => {
    const k = await tv();
    const controls: string[] = [];
    for (let i = 0; i < k.children.length; i++) {
      await showPanel(k, i);
      controls.push(...visibleControls(k));
    }
    expect(controls).to.deep.equal([]);
  });
});
