// Hall screens designed for distance (issue 31): measured in the rendered page, as a visitor would
// see it across the hall, for every panel kind.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import { textSizes, visibleControls } from './screen-measure.js';
import { drawn } from './table-heads.js';

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

async function tv(width = 1920, height = 1080, preset = '', elderly = false) {
  await setViewport({ width, height });
  const k = await fixture<GkKiosk>(
    html`<gk-kiosk manual-clock mode="tv" preset=${preset} src=${FEED}>${everyKind()}</gk-kiosk>`,
  );
  for (const p of k.children) await ready(p);
  if (elderly) {
    setElderly(k); // 适老化 on the wall too: the same rotation in the larger theme
    await k.updateComplete;
    for (const p of k.children) expect((p as HTMLElement & { theme: string }).theme, p.localName).to.equal('elderly');
  }
  return k;
}

/** 适老化 as the kiosk's own switch turns it on: every panel in the elderly theme. */
const setElderly = (k: GkKiosk) => ((k as unknown as { elderly: boolean }).elderly = true);

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

  for (const elderly of [false, true])
    it(`on a 1920×1080 TV${elderly ? ' in 适老化' : ''} no text of any panel kind is under 28 px, flowchart labels included`, async () => {
      const k = await tv(1920, 1080, '', elderly);
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

  for (const [name, width, height, elderly] of [
    ['1920×1080 TV', 1920, 1080, false],
    ['1920×1080 TV in 适老化', 1920, 1080, true],
    ['1080×1920 kiosk', 1080, 1920, false],
  ] as const) {
    it(`on a ${name} every page of a paged table has its column heads, and every page but the last is two-thirds full`, async () => {
      await setViewport({ width, height });
      const tvMode = width > height ? 'tv' : 'kiosk';
      const k = await fixture<GkKiosk>(
        html`<gk-kiosk manual-clock mode=${tvMode} src=${FEED}>${everyKind()}</gk-kiosk>`,
      );
      for (const p of k.children) await ready(p);
      if (elderly) setElderly(k);
      if (tvMode === 'kiosk') k.screen = 'panel';
      const headless: string[] = [];
      const empty: string[] = [];
      let paged = 0;
      for (let i = 0; i < k.children.length; i++) {
        await showPanel(k, i);
        const panel = k.children[i]!;
        const full = shadowViewport(k).clientHeight;
        for (let p = 0; p < k.pageCount; p++) {
          k.goToPage(p);
          await frames();
          const box = k.visibleBox!;
          if (p < k.pageCount - 1 && box.height < (full * 2) / 3)
            empty.push(`${panel.localName} page ${p + 1}/${k.pageCount}: ${Math.round((box.height / full) * 100)}%`);
          for (const table of tablesIn(panel)) {
            const rows = [...table.querySelectorAll('tbody tr')].filter((r) => {
              const b = r.getBoundingClientRect();
              return b.height > 0 && b.top >= box.top - 1 && b.bottom <= box.bottom + 1;
            });
            const head = table.querySelector('thead');
            if (!rows.length || !head || !drawn(head)) continue; // cards: each value under its label
            if (p > 0) paged++;
            const h = head.getBoundingClientRect();
            const shown = h.top >= box.top - 1 && h.bottom <= box.bottom + 1;
            // A row the page before showed whole may lie under the repeated head, hidden; none may be cut by it.
            const over = rows.some((r) => {
              const b = r.getBoundingClientRect();
              return b.top < h.bottom - 1 && b.bottom > h.bottom + 1;
            });
            if (!shown || over) {
              headless.push(`${panel.localName} page ${p + 1}: head ${shown ? 'over a row' : 'missing'}`);
            }
          }
        }
      }
      expect(paged, 'some table runs over more than one page').to.be.above(0);
      expect(headless).to.deep.equal([]);
      expect(empty, 'pages under two-thirds full').to.deep.equal([]);
    });
  }
});

describe('适老化 in the kiosk', function () {
  this.timeout(90_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('enlarges the home tiles; every target on every panel is 60 px, no keyboard hint on touch, one section menu', async () => {
    await setViewport({ width: 1080, height: 1920 });
    const k = await fixture<GkKiosk>(html`<gk-kiosk manual-clock src=${FEED}>${everyKind()}</gk-kiosk>`);
    for (const p of k.children) await ready(p);
    k.screen = 'home';
    await k.updateComplete;
    const tiles = () => [...k.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
    const glyphs = tiles().map((t) => t.querySelector('.icon')!.textContent);
    expect(new Set(glyphs).size, `glyphs ${glyphs.join(' ')}`).to.equal(glyphs.length);
    const before = tiles().map((t) => [t.getBoundingClientRect().height, parseFloat(getComputedStyle(t).fontSize)]);
    k.shadowRoot!.querySelector<HTMLButtonElement>('.elderly')!.click();
    await k.updateComplete;
    tiles().forEach((t, i) => {
      expect(t.getBoundingClientRect().height, 'tile height').to.be.above(before[i]![0]!);
      expect(parseFloat(getComputedStyle(t).fontSize), 'tile type').to.be.above(before[i]![1]!);
    });
    const small: string[] = [];
    const hints: string[] = [];
    for (let i = 0; i < k.children.length; i++) {
      k.open(i);
      await k.updateComplete;
      await frames();
      const panel = k.children[i]!;
      // What a finger can act on: a link leaving the page (tel:, mailto:, a website) does nothing in a kiosk.
      for (const el of [...deep(panel), ...deep(k.shadowRoot!)]) {
        if (!(el instanceof HTMLElement) || !el.matches('button, input, select, a[href^="#"]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(el).visibility !== 'visible') continue;
        const target = el.closest('label') ?? el;
        const t = el instanceof HTMLInputElement && el.type === 'checkbox' ? r : target.getBoundingClientRect();
        if (t.height < 59.5 || (el instanceof HTMLInputElement && el.type === 'checkbox' && t.width < 59.5))
          small.push(
            `${panel.localName} ${el.localName}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} "${el.textContent?.trim().slice(0, 12)}" ${Math.round(t.width)}×${Math.round(t.height)}`,
          );
      }
      for (const s of textSizes(k)) if (/Tab ?键|\bTab\b/.test(s.text)) hints.push(`${panel.localName}: ${s.text}`);
      if (panel.localName === 'gk-service-guide') {
        expect(k.shadowRoot!.querySelector('.sections'), 'the kiosk section index').to.not.equal(null);
        expect(panel.shadowRoot!.querySelector('.toc'), 'a second menu in the guide').to.equal(null);
      }
    }
    expect(small, 'targets under 60 px').to.deep.equal([]);
    expect(hints, 'keyboard hints on a touch screen').to.deep.equal([]);
  });
});

/** Every element under `root`, through open shadow roots. */
function deep(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of (root instanceof Element ? (root.shadowRoot ?? root) : root).querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deep(el.shadowRoot));
  }
  return out;
}

describe('a hall preset on a smaller screen', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('a 1920×1080 preset on a 1366×768 panel keeps the clock, the ticker and the page count on screen', async () => {
    await setViewport({ width: 1366, height: 768 });
    document.body.style.margin = '0'; // as a hall page has it (examples/kiosk/kiosk.css)
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" preset="1080p" src=${FEED}>
        <gk-fee-table dataset="fees-nr"></gk-fee-table>
      </gk-kiosk>`,
    );
    await ready(k.children[0]!);
    await waitUntil(() => k.shadowRoot!.querySelector('.ticker'), 'no ticker', { timeout: 8000 });
    await showPanel(k, 0);
    // Its rows are counted into pages as they are drawn.
    await waitUntil(
      () => {
        k.repaginate();
        return k.pageCount > 1;
      },
      'one page only',
      { timeout: 8000 },
    );
    await k.updateComplete;
    for (const part of ['.clock', '.ticker', '.pager .page', '.bar .title']) {
      const el = k.shadowRoot!.querySelector(part);
      expect(el, part).to.not.equal(null);
      const r = el!.getBoundingClientRect();
      expect(
        r.width > 0 && r.left >= 0 && r.right <= 1366 && r.top >= 0 && r.bottom <= 768,
        `${part} on screen`,
      ).to.equal(true);
    }
    // Its type as large as on the screen it was made for.
    expect(textSizes(k).every((s) => s.px >= 27.5)).to.equal(true);
    document.body.style.removeProperty('margin');
  });
});

const shadowViewport = (k: GkKiosk) => k.shadowRoot!.querySelector<HTMLElement>('.viewport.main')!;

/** Every table in a panel, through open shadow roots. */
function tablesIn(root: Element): HTMLTableElement[] {
  const out: HTMLTableElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLTableElement) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return out;
}
