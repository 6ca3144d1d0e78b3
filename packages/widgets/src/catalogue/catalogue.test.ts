import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import type { GkCatalogue } from './catalogue.js';

const FEED = '/examples/feeds/shili-county/';

async function catalogue(attrs: { lang?: string; asOf?: string; dataLink?: string } = {}) {
  const el = await fixture<GkCatalogue>(
    html`<gk-catalogue
      src=${FEED}
      lang=${attrs.lang ?? 'zh-CN'}
      as-of=${attrs.asOf ?? ''}
      data-link=${attrs.dataLink ?? ''}
    ></gk-catalogue>`,
  );
  await waitUntil(() => el.loadStatus === 'ready' || el.loadStatus === 'error', 'did not load', { timeout: 8000 });
  expect(el.loadStatus).to.equal('ready');
  return el;
}
const entries = (el: GkCatalogue) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part=entry]')];
const states = (el: GkCatalogue) => Object.fromEntries(entries(el).map((li) => [li.dataset.id, li.dataset.state]));

describe('<gk-catalogue>', () => {
  it('groups entries by 领域 with their status, judged as of the feed’s own date', async () => {
    const el = await catalogue();
    const domains = [...el.shadowRoot!.querySelectorAll('section[part=domain] h3 .domain-name')].map(
      (h) => h.textContent,
    );
    expect(domains).to.deep.equal(['财政预决算', '就业', '社会救助', '自然资源', '食品药品监管', '公共资源交易']);
    expect(states(el)).to.deep.equal({
      'cz-budget': 'published',
      'cz-final': 'published',
      'jy-guides': 'published',
      'shjz-dibao': 'published',
      'zrzy-property': 'published',
      'spyp-penalty': 'late',
      'ggzy-procurement': 'unlinked',
    });
    const late = entries(el).find((li) => li.dataset.id === 'spyp-penalty')!;
    expect(late.querySelector('[part=state]')!.textContent).to.equal('逾期');
    expect(late.querySelector('.late-detail')!.textContent).to.contain('2026年11月25日');
    const none = entries(el).find((li) => li.dataset.id === 'ggzy-procurement')!;
    expect(none.textContent).to.contain('尚未关联公开数据');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain(
      '共 7 项：已公开 5 项，未关联数据 1 项，逾期 1 项',
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('2026年12月4日');
  });

  it('judges on the as-of date it is given', async () => {
    const el = await catalogue({ asOf: '2026-11-25' });
    expect(states(el)['spyp-penalty']).to.equal('published');
  });

  it('links each entry to its data: the file by default, or the page the data-link template names', async () => {
    const el = await catalogue();
    const jy = entries(el).find((li) => li.dataset.id === 'jy-guides')!;
    const a = jy.querySelector<HTMLAnchorElement>('.links a')!;
    expect(a.textContent).to.equal('示例县人力资源和社会保障局办事指南');
    expect(a.href).to.match(/\/examples\/feeds\/shili-county\/data\/guides-hrss\.json$/);
    const linked = await catalogue({ dataLink: 'guide.html?dataset={dataset}&id={record}' });
    const b = entries(linked)
      .find((li) => li.dataset.id === 'jy-guides')!
      .querySelector<HTMLAnchorElement>('.links a')!;
    expect(b.getAttribute('href')).to.equal('guide.html?dataset=guides-hrss&id=guide-unemployment-registration');
    const hostile = await catalogue({ dataLink: 'javascript:alert({dataset})' });
    expect(hostile.shadowRoot!.querySelector('.links a')).to.equal(null);
  });

  it('is searched from the keyboard', async () => {
    const el = await catalogue();
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    box.focus();
    await sendKeys({ type: '低保' });
    await el.updateComplete;
    expect(entries(el).map((li) => li.dataset.id)).to.deep.equal(['shjz-dibao']);
    // Tab leaves the box for the first link of what is left.
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(active.localName).to.equal('a');
    expect(active.textContent).to.equal('示例县民政局办事指南');
    box.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '没有这一项' });
    await el.updateComplete;
    expect(entries(el).length).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain('没有与“没有这一项”相符的事项');
  });

  it('passes axe-core, and speaks English', async () => {
    const el = await catalogue();
    await expect(el).to.be.accessible();
    const en = await catalogue({ lang: 'en' });
    expect(en.shadowRoot!.querySelector('.summary')!.textContent).to.contain(
      '7 items: 5 published, 1 not linked to data, 1 late',
    );
    expect(
      entries(en)
        .find((li) => li.dataset.id === 'spyp-penalty')!
        .querySelector('[part=state]')!.textContent,
    ).to.equal('Late');
    await expect(en).to.be.accessible();
  });
});
