import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './index.js';
import type { GkThreePublic } from './three-public.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: HTMLElement) => el.shadowRoot!;
const ready = (el: GkThreePublic) =>
  waitUntil(() => root(el).querySelector('table, .gk-error'), 'did not render', { timeout: 5000 });

/** The sample 三公 table (自然资源局) in a box `width` px wide, drawn. */
async function inBox(width: number, lang = 'zh-CN') {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <gk-three-public lang=${lang} src=${FEED} dataset="three-public-2025-nr"></gk-three-public>
    </div>`,
  );
  const el = box.querySelector('gk-three-public') as GkThreePublic;
  await ready(el);
  return el;
}

describe('<gk-three-public>', () => {
  it('shows the four lines and the printed vehicle subtotal, with budget, actual, last year, change, reason and 合计', async () => {
    const el = await fixture<GkThreePublic>(
      html`<gk-three-public src=${FEED} dataset="three-public-2025-hrss"></gk-three-public>`,
    );
    await ready(el);
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).to.deep.equal([
      '因公出国（境）费',
      '公务用车购置及运行维护费',
      '公务用车购置费',
      '公务用车运行维护费',
      '公务接待费',
    ]);
    const op = rows[3]!.textContent!;
    expect(op)
      .to.contain('6.50')
      .and.contain('5.82')
      .and.contain('6.31')
      .and.contain('▼')
      .and.contain('−7.77%')
      .and.contain('减少车辆使用频次');
    expect(rows[4]!.textContent).to.contain('▲').and.contain('+7.89%');
    const total = root(el).querySelector('tfoot')!.textContent!;
    expect(total).to.contain('9.70').and.contain('8.28').and.contain('8.59');
    expect(root(el).querySelectorAll('figure svg rect')).to.have.length(12);
  });

  it('labels every bar with its figure, so a zero (0.00) and a blank (未填报) are told apart, inside the chart', async () => {
    const data = await (await fetch(`${FEED}data/three-public-2025-hrss.json`)).json();
    const reception = data.lines.find((l: { category: string }) => l.category === 'reception');
    reception.previous = null;
    delete reception.change;
    const el = await fixture<GkThreePublic>(html`<gk-three-public style="width: 1000px"></gk-three-public>`);
    el.data = data;
    await ready(el);
    const labels = [...root(el).querySelectorAll('figure svg text.bar-value')];
    // Four items × budget, actual, last year, in the table's order.
    expect(labels.map((x) => x.textContent)).to.deep.equal([
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '6.50',
      '5.82',
      '6.31',
      '3.20',
      '2.46',
      '未填报',
    ]);
    const svg = root(el).querySelector('figure svg')!.getBoundingClientRect();
    for (const x of labels) expect(x.getBoundingClientRect().right).to.be.at.most(svg.right + 0.5, x.textContent!);
  });

  it('on a phone, each line is a card with every figure under its column name; on a desktop, a table', async () => {
    const el = await inBox(358);
    const scroll = root(el).querySelector<HTMLElement>('.table-scroll')!;
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth + 1);
    const cell = root(el).querySelector('tr[data-category="reception"] td.num')!;
    expect(getComputedStyle(cell, '::before').content).to.equal('"预算数（万元）："');
    const name = root(el).querySelector('tr[data-category="reception"] th')!.getBoundingClientRect();
    // The figure sits under the line's name, not beside it.
    expect(cell.getBoundingClientRect().top).to.be.at.least(name.bottom - 1);
    await expect(el).to.be.accessible();
    const wide = await inBox(1200);
    expect(getComputedStyle(root(wide).querySelector('thead')!).position).to.equal('static');
    expect(getComputedStyle(root(wide).querySelector('tbody td.num')!, '::before').content).to.equal('none');
  });

  it('keeps a published percentage that disagrees with the amounts and flags it', async () => {
    const el = await fixture<GkThreePublic>(
      html`<gk-three-public src=${FEED} dataset="three-public-2025-nr"></gk-three-public>`,
    );
    await ready(el);
    const reception = root(el).querySelector('tr[data-category="reception"]')!;
    expect(reception.querySelector('.differs')!.textContent)
      .to.contain('公布为 −7.81%')
      .and.contain('按金额计算为 +7.80%');
  });

  it('in English, says the unit in English with English brackets, never 万元 or （）', async () => {
    const el = await fixture<GkThreePublic>(
      html`<gk-three-public lang="en" src=${FEED} dataset="three-public-2025-nr"></gk-three-public>`,
    );
    await ready(el);
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads.slice(1, 4)).to.deep.equal([
      'Budget (× 10,000 yuan)',
      'Actual (× 10,000 yuan)',
      'Last year (× 10,000 yuan)',
    ]);
    const total = root(el).querySelector('tfoot .change')!.textContent!.replace(/\s+/g, ' ');
    expect(total).to.contain('16.74 (+98.64%)');
    // The feed's own words stay as published; only our frame is English.
    const frame = [...root(el).querySelectorAll('thead, tfoot, caption')].map((x) => x.textContent).join('');
    expect(frame).not.to.match(/[（）]|万元/);
    // As cards on a phone, each figure's label ends in an English colon.
    const narrow = await inBox(358, 'en');
    const cell = root(narrow).querySelector('tbody td.num')!;
    expect(getComputedStyle(cell, '::before').content).to.equal('"Budget (× 10,000 yuan): "');
  });

  it('passes axe-core, in kiosk size too', async () => {
    const el = await fixture<GkThreePublic>(
      html`<gk-three-public src=${FEED} dataset="three-public-2025-nr"></gk-three-public>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    el.setAttribute('size', 'kiosk');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
