import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import './index.js';
import type { GkAnnualReport } from './annual-report.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: HTMLElement) => el.shadowRoot!;
const ready = (el: GkAnnualReport) =>
  waitUntil(() => root(el).querySelector('table, .gk-error'), 'did not render', { timeout: 5000 });
const load = async (dataset: string, lang = 'zh-CN') => {
  const el = await fixture<GkAnnualReport>(
    html`<gk-annual-report lang=${lang} src=${FEED} dataset=${dataset}></gk-annual-report>`,
  );
  await ready(el);
  return el;
};
const cell = (el: HTMLElement, key: string) => root(el).querySelector<HTMLTableCellElement>(`td[data-cell="${key}"]`)!;
/** What a screen reader announces as a cell's heads: the text of every header its `headers` names. */
const headsOf = (el: HTMLElement, td: HTMLTableCellElement) =>
  td.headers
    .split(' ')
    .map((id) => root(el).getElementById(id)?.textContent?.trim())
    .join(' / ');

describe('<gk-annual-report>', () => {
  it('lays table 3 out with the national format’s merged heads, every figure naming its row and column heads', async () => {
    const el = await load('annual-report-2025-hrss');
    const t3 = root(el).querySelector('table[part=table3]')!;
    const heads = [...t3.querySelectorAll('thead th')].map((th) => [
      th.textContent!.trim(),
      th.getAttribute('rowspan') ?? '',
      th.getAttribute('colspan') ?? '',
    ]);
    expect(heads).to.deep.equal([
      ['申请人情况', '', '7'],
      ['自然人', '2', ''],
      ['法人或其他组织', '', '5'],
      ['总计', '2', ''],
      ['商业企业', '', ''],
      ['科研机构', '', ''],
      ['社会公益组织', '', ''],
      ['法律服务机构', '', ''],
      ['其他', '', ''],
    ]);
    // 一, 二, then 22 result rows ((一), (二), 8 + 3 + 5 + 3 reasons, (七)), then 四.
    expect(t3.querySelectorAll('tbody tr').length).to.equal(25);
    const results = t3.querySelector('th[scope=rowgroup]')!;
    expect([results.textContent!.trim(), results.getAttribute('rowspan')]).to.deep.equal(['三、本年度办理结果', '22']);
    const td = cell(el, 'table3.results.withheld.thirdParty.1');
    expect(headsOf(el, td)).to.equal(
      '三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 / 申请人情况 / 法人或其他组织 / 商业企业',
    );
    for (const c of t3.querySelectorAll('td[headers]'))
      for (const id of (c as HTMLTableCellElement).headers.split(' '))
        expect(root(el).getElementById(id), `${id} of ${c.getAttribute('data-cell')}`).to.not.equal(null);
  });

  it('shows each figure as printed — blank stays blank, "/" stays "/" — with the check’s note beside the cells it concerns', async () => {
    const el = await load('annual-report-2025-nr');
    const total = cell(el, 'table3.results.total.0');
    expect(total.textContent).to.contain('21').and.contain('分项合计 20');
    expect(total.querySelector('[role=note]')).to.not.equal(null);
    expect(cell(el, 'table3.results.total.6').textContent).to.contain('27').and.contain('分项合计 26');
    expect(cell(el, 'table3.carriedOver.0').textContent).to.contain('2').and.contain('2024年结转 1');
    expect(cell(el, 'table3.results.total.1').querySelector('[role=note]')).to.equal(null);
    expect(root(el).querySelectorAll('td.flagged').length).to.equal(4);
    expect(cell(el, 'table2.regulations.issued').textContent!.trim()).to.equal('/');
    const hrss = await load('annual-report-2025-hrss');
    const blank = cell(hrss, 'table3.received.2');
    expect(blank.textContent!.trim()).to.equal('空白'); // read out, not shown: the cell looks empty
    expect(blank.querySelector('.visually-hidden')).to.not.equal(null);
    expect(cell(hrss, 'table4.reconsideration.total').textContent).to.contain('3').and.contain('分项合计 2');
    expect(cell(hrss, 'table3.carriedForward.1').textContent).to.contain('不平衡：3 ≠ 2');
  });

  it('lists the checks in full words, says when a report was late, and quotes the text that disagrees', async () => {
    const late = await load('annual-report-2024-nr');
    expect(root(late).querySelector('.meta .late')!.textContent).to.contain('逾期发布').and.contain('2025年1月31日');
    await waitUntil(
      () => root(late).querySelector('[part=checks] li')?.textContent?.includes('表三'),
      'messages not loaded',
    );
    const items = [...root(late).querySelectorAll('[part=checks] li')].map((li) => li.textContent);
    expect(items.join('\n')).to.contain('「（四）无法提供」「自然人」列：各项原因之和为 5，而本组小计印为 6');
    const text = await load('annual-report-2024-hrss');
    expect(root(text).querySelector('.text-note')!.textContent)
      .to.contain('收到政府信息公开申请9件')
      .and.contain('（8）');
    expect(root(text).querySelector('.meta')!.textContent).to.contain('按期发布');
  });

  it('compares with the unit’s earlier years in the feed', async () => {
    const el = await load('annual-report-2025-nr');
    const table = root(el).querySelector('[part=compare] table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['2024年', '2025年']);
    const received = [...table.querySelectorAll('tbody tr')][0]!;
    expect([...received.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['25', '27']);
    const first = await load('annual-report-2024-nr');
    expect(root(first).querySelector('[part=compare]')).to.equal(null);
  });

  it('exports the tables as CSV with blank cells empty and "/" kept', async () => {
    const el = await load('annual-report-2025-hrss');
    const lines = el
      .exportCsv({ download: false })
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).to.include('规章,/,/,/');
    expect(lines).to.include('一、本年新收政府信息公开申请数量,9,3,,,0,1,13');
    expect(lines).to.include('行政复议,1,1,0,0,3');
  });

  it('speaks English too', async () => {
    const el = await load('annual-report-2025-nr', 'en');
    expect(cell(el, 'table3.results.total.0').textContent).to.contain('parts add up to 20');
    expect(root(el).querySelector('table[part=table3] thead')!.textContent).to.contain('natural persons');
  });

  it('is accessible', async () => {
    const el = await load('annual-report-2025-hrss');
    await expect(el).to.be.accessible();
  });

  it('scrolls the wide tables inside their own region on a phone, and prints them whole on paper', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await load('annual-report-2025-nr');
    const box = root(el).querySelector('table[part=table3]')!.parentElement!;
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(390);
    await emulateMedia({ media: 'print' });
    try {
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
      for (const scroll of root(el).querySelectorAll<HTMLElement>('.table-scroll'))
        expect(getComputedStyle(scroll).overflowX, 'nothing scrolls on paper').to.equal('visible');
      await setViewport({ width: 794, height: 1123 }); // A4 at 96 dpi
      await new Promise((r) => requestAnimationFrame(r));
      for (const table of root(el).querySelectorAll<HTMLElement>('table.report'))
        expect(table.getBoundingClientRect().right, `${table.getAttribute('part')} fits the page`).to.be.at.most(
          el.getBoundingClientRect().right + 1,
        );
    } finally {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });
});
