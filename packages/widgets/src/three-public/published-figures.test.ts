/**
 * A 三公 table imported from a real two-year layout (test/fixtures/real-layouts): the printed 合计
 * and 公务用车 subtotal are shown as printed, a printed % that disagrees is kept and flagged, a
 * subtotal with a part missing says the lines are partial, and our own sum is marked computed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatAmount, type ThreePublic } from '@gongkai/sdk/core';
import './index.js';
import type { GkThreePublic } from './three-public.js';

const FEED = '/test/fixtures/real-layouts/feed/';
const root = (el: HTMLElement) => el.shadowRoot!;
const money = (v: number) => formatAmount(v, { unit: '万元', withUnit: false });
const load = async (): Promise<ThreePublic> => (await fetch(`${FEED}data/three-public-2025-nr.json`)).json();
const row = (el: GkThreePublic, category: string) =>
  root(el).querySelector<HTMLTableRowElement>(`tr[data-category="${category}"]`)!;

async function show(data?: ThreePublic) {
  const el = data
    ? await fixture<GkThreePublic>(html`<gk-three-public .data=${data}></gk-three-public>`)
    : await fixture<GkThreePublic>(
        html`<gk-three-public src=${FEED} dataset="three-public-2025-nr"></gk-three-public>`,
      );
  await waitUntil(() => root(el).querySelector('table, .gk-error'), 'did not render', { timeout: 20000 });
  return el;
}

describe('<gk-three-public> with figures as published', () => {
  it('shows the printed 合计 and the vehicle subtotal over its two parts, with scope and fund', async () => {
    const el = await show();
    expect(root(el).querySelector('[part="scope"]')!.textContent).to.contain('本级');
    expect(root(el).querySelector('[part="scope"]')!.textContent).to.contain('一般公共预算财政拨款');
    const order = [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => tr.dataset.category);
    expect(order).to.deep.equal(['abroad', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception']);
    expect(row(el, 'vehicle-purchase').classList.contains('part')).to.equal(true);
    const vehicle = row(el, 'vehicle').textContent!;
    expect(vehicle).to.contain('公务用车购置及运行维护费');
    expect(vehicle).to.contain(money(30.53));
    const total = root(el).querySelector('tfoot tr')!.textContent!;
    expect(total).to.contain(money(33.71));
    expect(total).not.to.contain('计算值');
    expect(root(el).querySelectorAll('.differs').length).to.equal(1, 'only the reception % disagrees');
  });

  it('keeps the printed −7.81% and says beside it what the amounts give', async () => {
    const el = await show();
    const reception = row(el, 'reception').textContent!;
    expect(reception).to.contain('−7.81%');
    expect(reception).to.contain('公布为 −7.81%，按金额计算为 +7.80%');
  });

  it('says the subtotal’s lines are partial when a part is missing, and flags a subtotal that disagrees', async () => {
    const data = await load();
    data.lines = data.lines.filter((l) => l.category !== 'vehicle-purchase');
    let el = await show(data);
    expect(row(el, 'vehicle').textContent).to.contain('明细不全：表中缺少公务用车购置费');
    expect(row(el, 'vehicle').textContent).to.contain(money(30.53), 'the printed figure stays');
    const wrong = await load();
    wrong.lines.find((l) => l.category === 'vehicle')!.actual = 31;
    el = await show(wrong);
    expect(row(el, 'vehicle').textContent).to.contain(`各部分之和为 ${money(30.53)}，与公布数不符`);
  });

  it('marks our sum as computed when the table prints no 合计', async () => {
    const data = await load();
    data.lines = data.lines.filter((l) => l.category !== 'total');
    const el = await show(data);
    const total = root(el).querySelector('tfoot tr')!.textContent!;
    expect(total).to.contain(money(33.71));
    expect(total).to.contain('计算值');
  });
});
