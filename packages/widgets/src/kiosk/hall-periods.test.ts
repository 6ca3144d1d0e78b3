// Periods on the wall TV (issue 31): a statistics period reads as printed words (2026年第一季度,
// 2025年12月), never as the feed's "2026-Q1" / "2025-12", on any page of the rotation.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import { textSizes } from './screen-measure.js';

const FEED = '/examples/feeds/shili-county/';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('periods on a hall TV', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows no period in the feed form (2026-Q1, 2025-12) on any page', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" src=${FEED}><gk-supervision></gk-supervision></gk-kiosk>`,
    );
    const panel = k.firstElementChild as HTMLElement & { loadStatus: string };
    await waitUntil(() => panel.loadStatus === 'ready', 'supervision did not load', { timeout: 8000 });
    await k.updateComplete;
    await frames();
    k.repaginate();
    await k.updateComplete;
    const feedForm: string[] = [];
    const words: string[] = [];
    for (let p = 0; p < k.pageCount; p++) {
      k.goToPage(p);
      await frames();
      for (const s of textSizes(k)) {
        if (/\d{4}-Q[1-4]|\b(19|20)\d{2}-(0[1-9]|1[0-2])(?![-\d])/.test(s.text)) feedForm.push(s.text);
        if (/\d{4}年(第[一二三四]季度|\d{1,2}月)/.test(s.text)) words.push(s.text);
      }
    }
    expect(words.length, 'periods shown as words').to.be.above(0);
    expect(feedForm).to.deep.equal([]);
  });
});
