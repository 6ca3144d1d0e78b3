// Hostile harvest reports in <gk-feed-status> (issue 37): 100,000 problems of one publisher, a
// province of 450 publishers, and a report server that takes the request and never answers
// (/fault/stall/, see web-test-runner.config.mjs). Each case failed before: all 100,000 issues were
// drawn at once (8.6 s frozen), and a stalled report was "loading" for ever.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HarvestReport, PublisherReport } from '@gongkai/sdk/harvest';
import '../../../packages/widgets/src/feed-status/index.js';
import type { GkFeedStatus } from '../../../packages/widgets/src/feed-status/feed-status.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const code = (i: number) => `11339999MB${String(i).padStart(7, '0')}X`;

const publisher = (i: number, over: Partial<PublisherReport> = {}): PublisherReport => ({
  creditCode: code(i),
  name: `示例县第${i}局`,
  feed: `https://example.gov.cn/${i}/`,
  status: 'green',
  lastUpdated: '2026-03-02T09:00:00+08:00',
  lastHarvested: '2026-11-26T02:00:00Z',
  datasets: 1,
  errors: 0,
  warnings: 0,
  problems: [],
  missingKinds: [],
  stale: [],
  lastGood: [],
  removed: [],
  requests: { notModified: 0, fetched: 2, failed: 0 },
  ...over,
});
const report = (publishers: PublisherReport[]): HarvestReport => ({
  name: '示例省政府网站集约化平台',
  harvested: '2026-11-26T02:00:00Z',
  publishers,
});

describe('<gk-feed-status> under hostile reports (issue 37)', () => {
  it('draws at most 200 of 100,000 problems, and says how many are not listed', async () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      dataset: `d${i}`,
      severity: 'error' as const,
      code: 'invalid',
      message: `第 ${i} 处错误`,
    }));
    const data = report([publisher(1, { status: 'red', errors: 100_000, problems })]);
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${data}></gk-feed-status>`);
    const open = root(el).querySelector<HTMLButtonElement>('tbody td button')!;
    expect(open.textContent).to.contain('100000');
    open.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="issues"] li').length).to.equal(200);
    expect(root(el).querySelector('.bounded')!.textContent).to.contain('另有 99800 项未列出');
  });

  it('lists 450 publishers 200 a page, with page buttons', async () => {
    const data = report(Array.from({ length: 450 }, (_, i) => publisher(i)));
    const el = await fixture<GkFeedStatus>(html`<gk-feed-status .data=${data}></gk-feed-status>`);
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(200);
    expect(root(el).textContent).to.contain('共 450 个发布单位，每页列出 200 个');
    root(el).querySelector<HTMLButtonElement>('[part="pager"] .next')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="pager"] .next')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(50);
  });

  it('gives up a report that never comes at its deadline, says so, and asks again on retry', async () => {
    const el = await fixture<GkFeedStatus>(
      html`<gk-feed-status src="/fault/stall/aggregate/" timeout="300"></gk-feed-status>`,
    );
    const alert = () => root(el).querySelector('[role="alert"]');
    await waitUntil(alert, 'the stalled report never ended in an error', { timeout: 20_000 });
    expect(alert()!.textContent).to.contain('/fault/stall/aggregate/report.json').and.contain('秒内未读到');
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.click();
    await el.updateComplete;
    expect(root(el).querySelector('[aria-busy="true"]'), 'reading again').to.not.equal(null);
    await waitUntil(alert, 'the second read did not end either', { timeout: 20_000 });
  });
});
