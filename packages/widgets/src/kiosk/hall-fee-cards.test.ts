// Fees on the wall TV (issue 31): a card per fee — the standard large, the basis as its 文号, 减免/备注
// only where a fee has them — so a 1920×1080 page holds several short fees rather than two or three
// rows beside an empty 备注 column.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Fee } from '@gongkai/sdk/core';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import type { GkFeeTable } from '../fee-table/fee-table.js';
import { textSizes } from './screen-measure.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Short fees as a county prints them; one has a 备注, the rest none. */
const FEES: Fee[] = Array.from({ length: 10 }, (_, i) => ({
  id: `f${i}`,
  name: `不动产登记费${i + 1}`,
  department: '示例县自然资源局',
  category: 'administrative',
  basis: [{ title: '关于不动产登记收费标准等有关问题的通知', number: `发改价格规〔2016〕${2559 + i}号` }],
  standard: { type: 'fixed', amount: 80 + i, per: '件' },
  ...(i === 0 ? { notes: '小微企业免收' } : {}),
}));

describe('fees on a hall TV', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows each fee as a card: the standard large, the 文号, no empty 备注, at least four fees a page', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv"><gk-fee-table .data=${FEES}></gk-fee-table></gk-kiosk>`,
    );
    const table = k.querySelector<GkFeeTable>('gk-fee-table')!;
    const root = table.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('tr.fee').length === FEES.length, 'fees did not render');
    await k.updateComplete;
    await frames();
    k.repaginate();
    await k.updateComplete;
    await frames();
    const box = k.visibleBox!;
    const seen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.width > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    };
    const cards = [...root.querySelectorAll('tr.fee')].filter(seen);
    expect(cards.length, 'fees on the first page').to.be.at.least(4);
    // No column heads over cards, and no blank cell where a fee has no 备注.
    const head = root.querySelector('thead')!.getBoundingClientRect();
    expect(head.width * head.height, 'column heads drawn over cards').to.be.below(2);
    const blank = [...root.querySelectorAll('td')].filter((td) => seen(td) && !td.textContent!.trim());
    expect(
      blank.map((td) => td.className),
      'empty cells',
    ).to.deep.equal([]);
    const first = cards[0]!;
    expect(first.querySelector('td.notes')!.textContent, 'a 备注 the fee has').to.contain('小微企业免收');
    // The basis by its 文号 across a hall; the standard, as printed, is the largest text on the card.
    const basis = first.querySelector('td.basis')!.textContent!;
    expect(basis).to.contain('发改价格规〔2016〕2559号');
    expect(basis).to.not.contain('关于不动产登记收费标准');
    const size = (sel: string) => parseFloat(getComputedStyle(first.querySelector(sel)!).fontSize);
    expect(size('td.standard')).to.be.above(size('td.name'));
    expect(first.querySelector('td.standard')!.textContent).to.match(/80.*元.*件/);
    expect(root.querySelector('table.hall-cards'), 'fees as cards').to.not.equal(null);
    for (const s of textSizes(k)) expect(s.px, `${s.where} "${s.text}"`).to.be.at.least(27.5);
  });
});
