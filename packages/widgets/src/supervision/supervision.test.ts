import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Supervision } from '@gongkai/sdk/core';
import './index.js';
import type { GkSupervision } from './supervision.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: GkSupervision) => el.shadowRoot!;

async function supervision(lang = 'zh-CN') {
  const el = await fixture<GkSupervision>(html`<gk-supervision src=${FEED} lang=${lang}></gk-supervision>`);
  await waitUntil(() => root(el).querySelector('.channels, .gk-error'), 'did not settle', { timeout: 5000 });
  return el;
}

describe('<gk-supervision>', () => {
  it('gives each phone channel a tap-to-call link and an online channel its QR code', async () => {
    const el = await supervision();
    expect(root(el).querySelector('[data-kind=phone] a')!.getAttribute('href')).to.equal('tel:09991234599');
    expect(root(el).querySelector('[data-kind=hotline] a')!.getAttribute('href')).to.equal('tel:12345');
    expect(root(el).querySelector('[data-kind=email] a')!.getAttribute('href')).to.equal(
      'mailto:jiandu@shili.example.gov.cn',
    );
    await waitUntil(() => root(el).querySelector('[data-kind=online] svg.qr'), 'no QR code for the online channel');
    expect(root(el).querySelector('[data-kind=online] svg.qr')!.getAttribute('aria-label')).to.contain('网上投诉');
  });

  it('on a phone, the complaint periods are cards and the year of monthly ratings a table that scrolls', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 358px"><gk-supervision src=${FEED}></gk-supervision></div>`,
    );
    const el = box.firstElementChild as GkSupervision;
    await waitUntil(() => root(el).querySelector('.channels, .gk-error'), 'did not settle', { timeout: 5000 });
    const headsShown = (table: Element) => getComputedStyle(table.querySelector('thead')!).position === 'static';
    expect(headsShown(root(el).querySelector('table[part=complaints]')!)).to.equal(false);
    const ratings = root(el).querySelector('table:not([part=complaints])')!;
    expect(headsShown(ratings)).to.equal(true);
    // It scrolls inside its own box; the page does not.
    const scroll = ratings.closest('.table-scroll')!;
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('shows complaint figures and the satisfaction rate with how it was computed, from the data', async () => {
    const el = await supervision();
    const data = (await (await fetch(`${FEED}data/supervision-hall.json`)).json()) as Supervision;
    const sum = (k: 'verySatisfied' | 'satisfied' | 'neutral' | 'dissatisfied' | 'veryDissatisfied') =>
      data.ratings!.reduce((n, r) => n + (r.counts[k] ?? 0), 0);
    const total =
      sum('verySatisfied') + sum('satisfied') + sum('neutral') + sum('dissatisfied') + sum('veryDissatisfied');
    const rate = `${((100 * (sum('verySatisfied') + sum('satisfied'))) / total).toFixed(1)}%`;
    expect(root(el).querySelector('.rate .big')!.textContent).to.equal(rate);
    expect(root(el).querySelector('.rate .how')!.textContent).to.contain(
      `÷ ${total.toLocaleString('zh-CN')} = ${rate}`,
    );
    const complaints = [...root(el).querySelectorAll('table[part=complaints] tbody tr')];
    expect(complaints.length).to.equal(3);
    expect(complaints[2]!.textContent).to.contain('2026年第三季度');
    expect(root(el).querySelectorAll('[part=ratings] tbody tr').length).to.equal(12);
    // The bar shows each level's share: the first segment is the 非常满意 share of the whole bar.
    const bar = root(el).querySelector('.bar')!.getBoundingClientRect().width;
    const first = root(el).querySelector('.bar .seg')!.getBoundingClientRect().width;
    expect(first / bar).to.be.closeTo(sum('verySatisfied') / total, 0.02);
  });

  it('keeps a blank count blank and out of the rate, never 0', async () => {
    const el = await fixture<GkSupervision>(html`<gk-supervision></gk-supervision>`);
    el.data = {
      kind: 'supervision',
      id: 's',
      updated: '2026-11-05',
      channels: [{ kind: 'phone', label: '监督电话', value: '0999-1234599' }],
      complaints: [{ period: '2026-Q1', received: 4, settled: null, satisfied: null }],
      ratings: [
        {
          period: '2026-01',
          counts: { verySatisfied: 8, satisfied: 1, neutral: 1, dissatisfied: null, veryDissatisfied: 0 },
        },
      ],
    };
    await waitUntil(() => root(el).querySelector('.rate'), 'did not render');
    expect(root(el).querySelector('.rate .big')!.textContent).to.equal('90.0%');
    // The rate says a count was left out of it.
    expect(root(el).querySelector('.rate .how')!.textContent).to.contain('÷ 10 = 90.0%（1 处未填报，未计入）');
    const cells = [...root(el).querySelectorAll('[part=ratings] tbody td')].map((td) => td.textContent!.trim());
    expect(cells[3]).to.equal('—');
    const complaint = [...root(el).querySelectorAll('table[part=complaints] tbody td')].map((td) =>
      td.textContent!.trim(),
    );
    expect(complaint).to.deep.equal(['4', '—', '—', '—']);
  });

  it('passes axe-core, and speaks English', async () => {
    const el = await supervision();
    await expect(el).to.be.accessible();
    const en = await supervision('en');
    expect(root(en).querySelector('#channels')!.textContent).to.equal('How to complain');
  });
});
