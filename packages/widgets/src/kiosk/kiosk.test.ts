import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import type { GkFeeTable } from '../fee-table/fee-table.js';

const FEED = '/examples/feeds/shili-county/';
const active = (k: GkKiosk) => [...k.children].findIndex((c) => c.hasAttribute('data-gk-active'));
const settled = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('table, .gk-error, article, svg'), `${el.localName} did not load`, {
    timeout: 5000,
  });

async function kiosk(extra = '', height = 600) {
  const k = await fixture<GkKiosk>(
    html` <gk-kiosk manual-clock src=${FEED} dwell="10" idle-timeout="30" style="--gk-kiosk-height: ${height}px">
      <gk-fee-table dataset="fees-nr"></gk-fee-table>
      <gk-three-public dataset="three-public-2025-ca"></gk-three-public>
      <div data-dwell="5">
        <h2>通知公告</h2>
        <p>本周六政务大厅照常办公。</p>
      </div>
    </gk-kiosk>`,
  );
  if (extra) k.setAttribute('mode', extra);
  await settled(k.children[0]!);
  await settled(k.children[1]!);
  return k;
}

describe('<gk-kiosk>', () => {
  it('on a wall TV shows its panels for reading only: no controls, type for across the hall (issue 15)', async () => {
    const k = await kiosk('tv', 900);
    const panels = [...k.children].filter((c) => c.localName.startsWith('gk-')) as HTMLElement[];
    expect(panels.every((p) => p.hasAttribute('presentation'))).to.equal(true);
    await Promise.all(panels.map((p) => (p as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    for (const p of panels) {
      const controls = [...p.shadowRoot!.querySelectorAll('input, select, button, label.check')].filter(
        (c) => getComputedStyle(c).display !== 'none',
      );
      expect(
        controls.map((c) => c.outerHTML.slice(0, 60)),
        `<${p.localName}> shows controls`,
      ).to.deep.equal([]);
      expect(parseFloat(getComputedStyle(p).fontSize)).to.be.at.least(32);
    }
    const headers = [...panels[0]!.shadowRoot!.querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText);
    expect(headers.join('')).to.contain('项目', 'sortable headers still read as text');
  });

  it('gives every panel the kiosk feed and rotates them by dwell time', async () => {
    const k = await kiosk('', 4000);
    expect(active(k)).to.equal(0);
    expect((k.children[0] as GkFeeTable).shadowRoot!.querySelectorAll('tbody tr.fee').length).to.equal(
      10,
      'panels read the kiosk’s feed',
    );
    expect(k.children[0]!.getAttribute('size')).to.equal('kiosk');
    k.advance(9_000);
    expect(active(k)).to.equal(0, 'not before its dwell time');
    const until = (i: number) => {
      for (let n = 0; n < 400 && active(k) !== i; n++) k.advance(500); // long panels scroll first
      return active(k);
    };
    expect(until(1)).to.equal(1);
    expect(until(2)).to.equal(2);
    k.advance(5_500);
    expect(active(k)).to.equal(0, 'the third panel has its own 5 s dwell');
  });

  it('pauses on touch, then returns to the start after the idle timeout and clears the last search', async () => {
    const k = await kiosk();
    const fees = k.children[0] as GkFeeTable;
    fees.query = '抵押';
    await fees.updateComplete;
    fees
      .shadowRoot!.querySelector('input')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(k.paused).to.equal(true);
    k.advance(25_000);
    expect(active(k)).to.equal(0, 'no rotation while a user has the screen');
    expect(fees.query).to.equal('抵押');
    k.advance(6_000);
    expect(k.paused).to.equal(false);
    expect(fees.query).to.equal('', 'what the last user searched is cleared');
  });

  it('scrolls a long panel to its end before moving on', async () => {
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock dwell="2" style="--gk-kiosk-height: 300px">
        <div>${Array.from({ length: 40 }, (_, i) => html`<p>第 ${i} 条</p>`)}</div>
        <div>短</div>
      </gk-kiosk>`,
    );
    const viewport = k.shadowRoot!.querySelector('.viewport')!;
    k.advance(2_500);
    expect(active(k)).to.equal(0, 'not done before reaching the end');
    for (let i = 0; i < 400 && active(k) === 0; i++) k.advance(500);
    expect(active(k)).to.equal(1);
    expect(viewport.scrollTop).to.equal(0, 'the next panel starts at the top');
  });

  it('skips and reports a panel whose data is invalid, and never shows a blank screen', async () => {
    const skipped: number[] = [];
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock dwell="1" @gk-kiosk-skip=${(e: CustomEvent) => skipped.push(e.detail.index)}>
        <gk-fee-table .data=${{ kind: 'fee-list', id: 'x', updated: '2026-01-01', items: [{ id: 1 }] }}></gk-fee-table>
        <div>ok</div>
      </gk-kiosk>`,
    );
    await waitUntil(() => (k.children[0] as GkFeeTable).loadStatus === 'error');
    k.advance(1_100);
    k.advance(1_100);
    k.advance(1_100);
    expect(active(k)).to.equal(1);
    expect(skipped).to.deep.equal([0], 'reported once');
    const all = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock><gk-fee-table .data=${{ items: 'broken' }}></gk-fee-table></gk-kiosk>`,
    );
    await waitUntil(() => (all.children[0] as GkFeeTable).loadStatus === 'error');
    all.advance(25_000);
    expect(all.shadowRoot!.querySelector('.fallback')!.textContent).to.contain('信息更新中');
  });

  it('keeps the last good data with a stale mark when the network fails, and recovers by itself', async () => {
    const k = await kiosk();
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await k.refreshNow();
      await k.updateComplete;
      const fees = k.children[0] as GkFeeTable;
      await fees.updateComplete;
      expect(fees.shadowRoot!.querySelectorAll('tbody tr.fee').length).to.equal(10, 'still showing the data');
      expect(fees.shadowRoot!.querySelector('.gk-stale')).to.not.equal(null);
      expect(k.shadowRoot!.querySelector('footer .stale')).to.not.equal(null);
    } finally {
      window.fetch = realFetch;
    }
    await k.refreshNow();
    await k.updateComplete;
    expect(k.shadowRoot!.querySelector('footer .stale')).to.equal(null);
    expect((k.children[0] as GkFeeTable).shadowRoot!.querySelector('.gk-stale')).to.equal(null);
  });

  it('in TV mode ignores touches, shows a clock and shifts pixels slowly', async () => {
    const k = await kiosk('tv');
    await k.updateComplete;
    k.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(k.paused).to.equal(false);
    expect(k.shadowRoot!.querySelector('.clock')!.textContent).to.match(/^\d\d:\d\d$/);
    await waitUntil(() => k.shadowRoot!.querySelector('footer .updated'), 'no date under the panels');
    expect(k.shadowRoot!.querySelector('footer .updated')!.textContent).to.equal('数据更新于 2026年3月2日');
    const frame = k.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const before = frame.style.transform;
    k.advance(61_000);
    await k.updateComplete;
    expect(frame.style.transform).to.not.equal(before);
  });

  it('passes axe-core', async () => {
    const k = await kiosk();
    // After the panel's fade-in, however long a busy machine takes to play it.
    const fades = document.getAnimations().filter((a) => (a as CSSAnimation).animationName === 'gk-fade');
    await Promise.all(fades.map((a) => a.finished));
    await expect(k).to.be.accessible();
  });
});
