// Text at 200%: every widget with its type doubled (--gk-font-size: 2rem, what browser zoom or the
// elderly theme does) still shows all of its content — nothing clipped, nothing pushed out of reach.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/index.js';

const FEED = '/examples/feeds/shili-county/';
const cases = [
  html`<gk-fee-table src=${FEED} dataset="fees-nr"></gk-fee-table>`,
  html`<gk-process-flow src=${FEED} process="proc-licensing"></gk-process-flow>`,
  html`<gk-service-guide src=${FEED} guide="guide-dibao"></gk-service-guide>`,
  html`<gk-budget-viewer src=${FEED} dataset="budget-2026-ca" compare="budget-2025-ca"></gk-budget-viewer>`,
  html`<gk-three-public src=${FEED} dataset="three-public-2025-nr"></gk-three-public>`,
];

/** Elements whose content is cut off: overflowing while their overflow is hidden or clipped. */
function clipped(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const cs = getComputedStyle(el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    if (
      (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
      (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)
    ) {
      // Text kept for screen readers only (a card table's column heads) is hidden on purpose.
      const screenReaderOnly = el.classList.contains('visually-hidden') || cs.clipPath === 'inset(50%)';
      if (!screenReaderOnly) out.push(`${el.localName}.${el.className}`);
    }
  }
  return out;
}

describe('text at 200%', () => {
  for (const tpl of cases) {
    it(`keeps all content reachable: ${tpl.strings[0]!.slice(1, 20)}`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1000px; --gk-font-size: 2rem">${tpl}</div>`);
      const el = box.firstElementChild as HTMLElement & { loadStatus: string; updateComplete: Promise<unknown> };
      await waitUntil(
        () => el.loadStatus === 'ready' && !el.shadowRoot!.querySelector('[aria-busy="true"]'),
        'did not load',
        { timeout: 8000 },
      );
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(32);
      expect(clipped(el.shadowRoot!)).to.deep.equal([]);
      // Nothing sticks out of the widget where no scrollbar can reach it.
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });
  }
});
