import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Result } from '@gongkai/sdk/core';
import './index.js';
import type { GkResults } from './results.js';

const FEED = '/examples/feeds/shili-county/';
const TODAY = '2026-11-26';
const root = (el: GkResults) => el.shadowRoot!;
const rows = (el: GkResults) => [...root(el).querySelectorAll<HTMLTableRowElement>('table.records tbody tr')];
const summary = (el: GkResults) => root(el).querySelector('.summary')!.textContent!.replace(/\s+/g, ' ').trim();
const settle = (el: GkResults) =>
  waitUntil(() => root(el).querySelector('table.records, .no-results, .gk-error'), 'did not settle', { timeout: 5000 });
const FULL_NAME = /(?:^|[^\u4e00-\u9fff*])[\u4e00-\u9fff]{2,4}(?:$|[^\u4e00-\u9fff*])/;

async function fromFeed(dataset: string, attrs: Record<string, string> = {}) {
  const el = await fixture<GkResults>(html`<gk-results></gk-results>`);
  for (const [k, v] of Object.entries({ today: TODAY, dataset, ...attrs })) el.setAttribute(k, v);
  el.src = FEED;
  await settle(el);
  return el;
}

describe('<gk-results>', () => {
  it('shows the current records newest first, and hides those whose 公示期 has ended unless archived', async () => {
    const el = await fromFeed('results-mr');
    expect(summary(el)).to.equal('共 66 条 · 另有 4 条已过公示期');
    const dates = rows(el).map((r) => r.cells[0]!.textContent!.trim());
    expect(dates.length).to.equal(20);
    const iso = (d: string) =>
      d.replace(/(\d+)年(\d+)月(\d+)日/, (_, y, m, dd) => `${y}-${m.padStart(2, '0')}-${dd.padStart(2, '0')}`);
    expect(dates.map(iso)).to.deep.equal([...dates.map(iso)].sort().reverse());
    el.archive = true;
    await el.updateComplete;
    expect(summary(el)).to.equal('共 70 条');
  });

  it('a 发放名单: its own columns, masked names, cut addresses, paged through every household once', async () => {
    const el = await fromFeed('results-ca', { type: 'payment' });
    expect(summary(el)).to.equal('找到 200 条（共 300 条）');
    const head = [...root(el).querySelectorAll('table.records thead th')].map((th) => th.textContent!.trim());
    expect(head).to.deep.equal(['姓名', '村（社区）', '项目', '金额（元）', '日期']);
    const seen: string[] = [];
    for (;;) {
      for (const r of rows(el)) {
        seen.push(r.dataset.id!);
        expect(r.cells[0]!.textContent).to.contain('*');
        expect(r.cells[1]!.textContent).to.match(/(村|社区)$/);
      }
      const next = root(el).querySelector<HTMLButtonElement>('.pager .next')!;
      if (next.disabled) break;
      next.click();
      await el.updateComplete;
    }
    expect(seen.length).to.equal(200);
    expect(new Set(seen).size).to.equal(200);
  });

  it('filters by 事项 and month, and gives each 事项 its on-time rate as the data has it', async () => {
    const el = await fromFeed('results-ca', { type: 'case' });
    const data = (await (await fetch(`${FEED}data/results-ca.json`)).json()) as { results: Result[] };
    const dibao = data.results.filter(
      (r): r is Extract<Result, { type: 'case' }> => r.type === 'case' && r.item === '最低生活保障对象认定',
    );
    const marked = dibao.filter((r) => r.outcome !== 'pending' && r.onTime !== undefined);
    const expected = `${((100 * marked.filter((r) => r.onTime).length) / marked.length).toFixed(1)}%`;
    const row = [...root(el).querySelectorAll('table.on-time tbody tr')].find((r) =>
      r.textContent!.includes('最低生活保障对象认定'),
    )!;
    expect(row.querySelector('.rate')!.textContent).to.equal(expected);
    el.item = '最低生活保障对象认定';
    el.month = '2026-05';
    await el.updateComplete;
    const inMay = dibao.filter((r) => (r.decided ?? r.accepted).startsWith('2026-05')).length;
    expect(summary(el)).to.equal(`找到 ${inMay} 条（共 300 条）`);
  });

  it('the CSV holds what is shown, masked, and never more than the feed', async () => {
    const el = await fromFeed('results-ca', { type: 'payment', query: '幸福村' });
    const shown = Number(summary(el).match(/找到 (\d+) 条/)![1]);
    const csv = el.exportCsv({ download: false });
    const lines = csv.trim().split('\r\n');
    expect(lines.length).to.equal(shown + 1);
    for (const line of lines.slice(1)) {
      const name = line.split(',')[0]!;
      expect(name).to.contain('*');
      expect(line).to.contain('幸福村');
    }
  });

  it('masks personal data that a page gives it in the clear, and says the data has errors', async () => {
    const el = await fixture<GkResults>(html`<gk-results today=${TODAY}></gk-results>`);
    el.data = {
      kind: 'results',
      id: 'raw',
      updated: '2026-11-01',
      results: [
        {
          type: 'payment',
          id: 'p1',
          recipient: { name: '张三丰', kind: 'person' },
          village: '城关镇幸福村3组12号',
          programme: '临时救助金，联系 13812345678',
          amount: 500,
        },
      ],
    };
    await settle(el);
    const text = root(el).querySelector('table.records')!.textContent!;
    expect(text).to.contain('张*丰');
    expect(text).not.to.contain('张三丰');
    expect(text).not.to.contain('13812345678');
    expect(text).not.to.contain('12号');
    expect(root(el).querySelector('.gk-flawed')).to.not.equal(null);
    expect(FULL_NAME.test(el.exportCsv({ download: false }).split('\r\n')[1]!.split(',')[0]!)).to.equal(false);
  });

  it('at desktop width, no date or kind is broken over two lines and nothing scrolls sideways', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const el = document.createElement('gk-results') as GkResults;
    for (const [k, v] of Object.entries({ today: TODAY, dataset: 'results-mr' })) el.setAttribute(k, v);
    el.src = FEED;
    host.append(el);
    await settle(el);
    const lines = (td: Element) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const cells = rows(el).flatMap((r) => [r.cells[0]!, r.cells[1]!]);
    expect(cells.length).to.equal(40);
    expect(cells.filter((td) => lines(td) > 1).map((td) => td.textContent)).to.deep.equal([]);
    const table = root(el).querySelector('table.records')!;
    expect(table.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('reset() clears search, filters and page', async () => {
    const el = await fromFeed('results-ca', { type: 'payment', query: '幸福村' });
    el.reset();
    await el.updateComplete;
    expect(summary(el)).to.equal('共 300 条');
  });

  it('passes axe-core, in English too', async () => {
    const el = await fromFeed('results-ca');
    await expect(el).to.be.accessible();
    const en = await fromFeed('results-mr', { lang: 'en' });
    expect(summary(en)).to.equal('66 records · 4 more are past their display period');
    await expect(en).to.be.accessible();
  });
});
