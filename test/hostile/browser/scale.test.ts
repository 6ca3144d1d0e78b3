// Scale cases from the audit (issue 37, "still open"), in Chromium: each failed before its fix.
// Nothing here is timed: the page's turns of the event loop are counted, and requests are counted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LONG_LIST, type Fee, type Process } from '@gongkai/sdk/core';
import '../../../packages/widgets/src/index.js';
import type { GkProcessFlow } from '../../../packages/widgets/src/process-flow/process-flow.js';
import type { GkFeeTable } from '../../../packages/widgets/src/fee-table/fee-table.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const settled = (el: HTMLElement & { loadStatus: string }) =>
  waitUntil(() => el.loadStatus === 'ready' || el.loadStatus === 'error', `${el.localName} did not settle`, {
    timeout: 60_000,
  });

/** How many dataset files the generated 5,000-list feed (test/hostile/browser/scale-feed.mjs) has served. */
const served = async () => ((await (await fetch('/scale-feed/requests')).json()) as { requests: number }).requests;

const fee = (i: number): Fee => ({
  id: `f${i}`,
  name: `收费项目${i}`,
  department: `单位${i % 7}`,
  category: 'administrative',
  basis: [{ title: `依据${i}` }],
  standard: { type: 'fixed', amount: i, per: '件' },
});
const fees = (n: number) => Array.from({ length: n }, (_, i) => fee(i));

/** A chain start → s0 → … → s(n-1) → end. */
function chain(n: number): Process {
  const ids = ['start', ...Array.from({ length: n }, (_, i) => `s${i}`), 'end'];
  return {
    id: 'p',
    name: '长流程',
    nodes: ids.map((id, i) => ({
      id,
      label: `步骤${i}`,
      kind: i === 0 ? 'start' : i === ids.length - 1 ? 'end' : 'step',
      days: 1,
    })),
    edges: ids.slice(1).map((to, i) => ({ from: ids[i]!, to })),
  };
}

/**
 * Calls `probe` at every turn of the event loop until `done()`, and counts the turns at which
 * `probe()` was true: work done in one long task leaves no turn in between.
 */
async function turnsWhile(probe: () => boolean, done: () => boolean, what: string): Promise<number> {
  let turns = 0;
  let finished = false;
  const turn = () => {
    if (finished) return;
    if (probe()) turns++;
    setTimeout(turn, 0);
  };
  setTimeout(turn, 0);
  await waitUntil(done, what, { timeout: 60_000 });
  finished = true;
  return turns;
}

describe('scale (issue 37)', function () {
  this.timeout(120_000);

  it('a 10,000-step process lists every step as text, a slice at a time, the page answering in between', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow></gk-process-flow>`);
    const items = () => root(el).querySelectorAll('.text-version li');
    el.data = chain(10_000);
    await settled(el);
    const turns = await turnsWhile(
      () => items().length > 0 && items().length < 10_002,
      () => items().length === 10_002,
      'the text version never listed every step',
    );
    expect(turns, 'the page had turns while the steps were being listed').to.be.at.least(10);
    expect(root(el).querySelector('.text-version ol')!.getAttribute('aria-busy')).to.equal('false');
    const middle = items()[5001]!.textContent!.replace(/\s+/g, '');
    expect(middle).to.contain('步骤5001（1个工作日）').and.to.contain('下一步：步骤5002');
    expect(items()[10_001]!.textContent).to.contain('步骤10001');
  });

  it('printing a 10,000-step process does not wait for the slices: every step is in the page at once', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow></gk-process-flow>`);
    el.data = chain(10_000);
    await settled(el);
    await el.updateComplete;
    dispatchEvent(new Event('beforeprint'));
    expect(root(el).querySelectorAll('.text-version li').length).to.equal(10_002);
    dispatchEvent(new Event('afterprint'));
  });

  it('a feed listing 5,000 fee lists: the fee table reads the first 20, shows their rows and says how many are not loaded', async () => {
    const before = await served();
    const el = await fixture<GkFeeTable>(html`<gk-fee-table src="/scale-feed/"></gk-fee-table>`);
    await settled(el);
    expect(el.loadStatus).to.equal('ready');
    expect(await served(), 'dataset files requested').to.equal(before + 20);
    const rows = () => [...root(el).querySelectorAll('tbody tr.fee')].map((r) => r.textContent!);
    expect(rows()[0]).to.contain('清单0收费项目0');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('60');
    const unread = () => root(el).querySelector('[part=unread]')?.textContent ?? '';
    expect(unread()).to.contain('另有 4980 份收费清单未加载');

    // The next page of lists, on request: 20 more files, the first 20 from the client's copies.
    root(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
    await waitUntil(() => unread().includes('4960'), 'the next page of lists was not loaded', { timeout: 60_000 });
    expect(await served(), 'dataset files requested').to.equal(before + 40);
    expect(root(el).querySelector('.summary')!.textContent).to.contain('120');
  });

  describe(`one rule for long .data lists: more than ${LONG_LIST.from} records are shown in two steps`, () => {
    const checking = (el: HTMLElement) => root(el).querySelector('.gk-updated')?.textContent ?? '';
    const summary = (el: HTMLElement) => root(el).querySelector('.summary')?.textContent ?? '';

    it(`${LONG_LIST.from - 1} records: checked at once and shown whole, never marked as still being checked`, async () => {
      const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
      el.data = fees(LONG_LIST.from - 1);
      await el.updateComplete;
      expect(el.loadStatus).to.equal('ready');
      expect(summary(el)).to.contain(`共 ${LONG_LIST.from - 1} 项`);
      expect(checking(el)).not.to.contain('正在核对');
    });

    it(`${LONG_LIST.from + 1} records: the first ${LONG_LIST.first} at once, marked, then the whole list`, async () => {
      const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
      el.data = fees(LONG_LIST.from + 1);
      await el.updateComplete;
      expect(el.loadStatus).to.equal('ready');
      expect(checking(el)).to.contain(`已核对 ${LONG_LIST.first} / ${LONG_LIST.from + 1} 项`);
      expect(root(el).querySelectorAll('tbody tr.fee').length).to.be.within(1, LONG_LIST.first);
      await waitUntil(() => !checking(el).includes('正在核对'), 'never finished checking', { timeout: 30_000 });
      expect(summary(el)).to.contain(`共 ${LONG_LIST.from + 1} 项`);
    });

    it(`${LONG_LIST.from + 1} records, one wrong after the first ${LONG_LIST.first}: the first rows are withdrawn and the list refused, never left half-shown`, async () => {
      const el = await fixture<GkFeeTable>(html`<gk-fee-table debug></gk-fee-table>`);
      const list: unknown[] = fees(LONG_LIST.from + 1);
      list[LONG_LIST.from - 10] = { ...fee(LONG_LIST.from - 10), category: 'no-such-category' };
      el.data = list;
      await el.updateComplete;
      expect(checking(el), 'the first rows are marked').to.contain('正在核对');
      await settled(el);
      await waitUntil(() => el.loadStatus === 'error', 'the list with a wrong record was not refused', {
        timeout: 30_000,
      });
      expect(root(el).querySelectorAll('tbody tr.fee').length).to.equal(0);
      expect(root(el).textContent).to.contain(String(LONG_LIST.from - 10));
    });
  });
});
