import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HarvestReport, PublisherReport } from '@gongkai/sdk/harvest';
import './index.js';
import type { GkFeedStatus } from './feed-status.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const names = (el: GkFeedStatus) => [...root(el).querySelectorAll('tbody th .name')].map((n) => n.textContent!.trim());

const publisher = (name: string, creditCode: string, over: Partial<PublisherReport>): PublisherReport => ({
  creditCode,
  name,
  region: '示例县',
  feed: `https://example.gov.cn/${creditCode}/`,
  status: 'green',
  lastUpdated: '2026-03-02T09:00:00+08:00',
  lastHarvested: '2026-11-26T02:00:00Z',
  datasets: 6,
  errors: 0,
  warnings: 0,
  problems: [],
  missingKinds: [],
  stale: [],
  lastGood: [],
  removed: [],
  requests: { notModified: 7, fetched: 0, failed: 0 },
  ...over,
});

const REPORT: HarvestReport = {
  name: '示例省政府网站集约化平台',
  harvested: '2026-11-26T02:00:00Z',
  publishers: [
    publisher('示例县财政局', '11339999MB0000003X', {}),
    publisher('示例县自然资源局', '11339999MB0000001X', {
      status: 'amber',
      warnings: 1,
      lastGood: ['fees-nr'],
      problems: [{ dataset: 'fees-nr', severity: 'warning', code: 'last_good', message: 'HTTP 503' }],
    }),
    publisher('示例县民政局', '11339999MB0000002X', {
      status: 'red',
      lastUpdated: null,
      missingKinds: ['budget'],
      stale: [
        { dataset: 'guides-ca', kind: 'service-guide', updated: '2025-01-02', ageDays: 693, rule: 'max-age-365' },
      ],
    }),
  ],
};

describe('<gk-feed-status>', () => {
  it('lists publishers worst first, the status in words, an unknown date as such', async () => {
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${REPORT}></gk-feed-status>`);
    expect(names(el)).to.deep.equal(['示例县民政局', '示例县自然资源局', '示例县财政局']);
    const first = root(el).querySelector('tbody tr')!;
    expect(first.textContent).to.contain('需整改').and.contain('未注明');
    expect(root(el).querySelector('[part="filters"]')!.textContent).to.contain('需整改（1）');
  });

  it('sorts by any column and back, saying which way in aria-sort', async () => {
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${REPORT}></gk-feed-status>`);
    const header = (label: string) =>
      [...root(el).querySelectorAll('thead th')].find((th) => th.textContent!.includes(label))!;
    header('发布单位').querySelector('button')!.click();
    await el.updateComplete;
    const collator = new Intl.Collator('zh-CN');
    const asc = [...names(el)];
    expect(asc).to.deep.equal([...asc].sort(collator.compare));
    expect(header('发布单位').getAttribute('aria-sort')).to.equal('ascending');
    header('发布单位').querySelector('button')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([...asc].reverse());
    expect(header('发布单位').getAttribute('aria-sort')).to.equal('descending');
  });

  it('filters by status and opens a publisher’s issues in words', async () => {
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${REPORT}></gk-feed-status>`);
    const red = [...root(el).querySelectorAll<HTMLButtonElement>('[part="filters"] button')].find((b) =>
      b.textContent!.includes('需整改'),
    )!;
    red.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['示例县民政局']);
    const open = root(el).querySelector<HTMLButtonElement>('tbody td button')!;
    setTimeout(() => open.click());
    const { detail } = await oneEvent(el, 'gk-publisher-select');
    expect(detail.publisher.name).to.equal('示例县民政局');
    await el.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const issues = root(el).querySelector('[part="issues"]')!.textContent!;
    expect(issues).to.contain('缺少栏目：budget').and.contain('guides-ca 未按时更新（max-age-365），已 693 天');
    await expect(el).to.be.accessible();
  });

  it('reads report.json from an aggregate folder, and says in words when it cannot', async () => {
    const blob = URL.createObjectURL(new Blob([JSON.stringify(REPORT)], { type: 'application/json' }));
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status src=${`${blob}#.json`}></gk-feed-status>`);
    await waitUntil(() => names(el).length === 3, 'report not shown', { timeout: 20000 });
    const bad = await fixture<GkFeedStatus>(html`<gk-feed-status src="/nowhere/aggregate/"></gk-feed-status>`);
    await waitUntil(() => root(bad).querySelector('[role="alert"]'), 'no error shown', { timeout: 20000 });
    expect(root(bad).querySelector('[role="alert"]')!.textContent)
      .to.contain('/nowhere/aggregate/report.json')
      .and.contain('404');
    const wrong = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${{ name: 'x' }}></gk-feed-status>`);
    expect(root(wrong).querySelector('[role="alert"]')!.textContent).to.contain('格式不对');
  });
});
