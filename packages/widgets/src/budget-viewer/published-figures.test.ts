/**
 * A budget imported from a real 部门预算 workbook (test/fixtures/real-layouts): the viewer shows the
 * printed 合计 and changes as printed, a blank parent as blank with our sum apart, a row without a
 * code without one, the revenue side and the nine tables — and says when the lines fall short.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatAmount, type Budget } from '@gongkai/sdk/core';
import './index.js';
import type { GkBudgetViewer } from './budget-viewer.js';

const FEED = '/test/fixtures/real-layouts/feed/';
const root = (el: HTMLElement) => el.shadowRoot!;
/** Rendered and checked (a `.data` budget shows its first level before the checks have run). */
const ready = (el: GkBudgetViewer) =>
  waitUntil(
    () => !(el.loadState.status === 'ready' && el.loadState.checking) && root(el).querySelector('table, .gk-error'),
    'viewer did not render',
    { timeout: 20000 },
  );
const row = (el: GkBudgetViewer, key: string) => root(el).querySelector<HTMLTableRowElement>(`tr[data-code="${key}"]`);
const cellsOf = (tr: HTMLTableRowElement | null) => [...tr!.querySelectorAll('td')].map((td) => td.textContent!.trim());
const wan = (v: number) => formatAmount(v, { unit: '万元', withUnit: false });
const fixtureBudget = async (): Promise<Budget> => (await fetch(`${FEED}data/budget-2026-mz.json`)).json();

async function viewer(data?: Budget) {
  const el = data
    ? await fixture<GkBudgetViewer>(html`<gk-budget-viewer .data=${data} style="width: 1100px"></gk-budget-viewer>`)
    : await fixture<GkBudgetViewer>(
        html`<gk-budget-viewer src=${FEED} dataset="budget-2026-mz" style="width: 1100px"></gk-budget-viewer>`,
      );
  await ready(el);
  return el;
}

describe('<gk-budget-viewer> with figures as published', () => {
  it('states the printed 合计, not our sum, and says the date is not printed', async () => {
    const el = await viewer();
    const total = root(el).querySelector('.total')!;
    expect(total.querySelector('strong')!.textContent).to.equal(formatAmount(1350, { unit: '万元' }));
    expect(total.textContent).to.contain('合计');
    expect(total.textContent).not.to.contain('计算');
    expect(total.querySelector('.mismatch-note')).to.equal(null);
    expect(root(el).querySelector('.gk-updated')!.textContent).to.contain('数据更新日期未注明');
  });

  it('shows a blank parent as "—" with its children’s sum apart, marked computed', async () => {
    const el = await viewer();
    el.drillTo('208');
    await el.updateComplete;
    const tr = row(el, '20819');
    const totalCell = tr!.querySelectorAll('td.num')[0]!;
    expect(totalCell.textContent!.trim().startsWith('—')).to.equal(true, totalCell.textContent!);
    expect(totalCell.querySelector('.computed')!.textContent).to.contain(`下级合计 ${wan(300)}（计算）`);
    expect(tr!.classList.contains('mismatch')).to.equal(false);
  });

  it('keeps a row printed without a code under its 款, saying it has none', async () => {
    const el = await viewer();
    el.drillTo('20805');
    await el.updateComplete;
    const uncoded = [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')].find((tr) =>
      tr.textContent!.includes('其他行政事业单位养老支出'),
    )!;
    expect(uncoded.querySelector('.no-code')!.textContent).to.equal('（未列编码）');
    expect(uncoded.getAttribute('aria-level')).to.equal('3');
    expect(cellsOf(uncoded)[2]).to.contain(wan(70));
  });

  it('shows each change as printed: 25% stays 25%, 13.6% stays 13.6%, even with no 上年数', async () => {
    const el = await viewer();
    const c208 = cellsOf(row(el, '208'));
    expect(c208.at(-1)).to.equal('+13.64%');
    const c221 = cellsOf(row(el, '221'));
    expect(c221.at(-3)).to.equal('—', 'no 上年数 is printed for 221');
    expect(c221.at(-2)).to.equal(`▲ ${wan(12)}`);
    expect(c221.at(-1)).to.equal('+13.6%');
    el.drillTo('208');
    await el.updateComplete;
    expect(cellsOf(row(el, '20805')).at(-1)).to.equal('+25%');
    expect(root(el).querySelectorAll('td .mismatch-note').length).to.equal(0, 'no printed change disagrees');
  });

  it('flags a printed change our arithmetic disagrees with, beside it', async () => {
    const data = await fixtureBudget();
    data.lines.find((l) => l.code === '208')!.change = { percent: 20, percentDigits: 0 };
    const el = await viewer(data);
    const note = row(el, '208')!.querySelector('.mismatch-note')!;
    expect(note.textContent).to.contain('按本年数和上年数计算为');
    expect(cellsOf(row(el, '208')).at(-1)).to.contain('+20%');
  });

  it('shows the revenue side and the nine tables, an empty one with its reason', async () => {
    const el = await viewer();
    const revenue = root(el).querySelector('[part="revenue"]')!;
    expect(revenue.textContent).to.contain('一般公共预算拨款收入');
    expect(revenue.querySelector('tfoot')!.textContent).to.contain(formatAmount(1350, { unit: '万元' }));
    const items = [...root(el).querySelectorAll<HTMLLIElement>('[part="tables"] li')];
    expect(items.length).to.equal(9);
    const fund = items.find((li) => li.dataset.table === 'government-fund')!;
    expect(fund.textContent).to.contain('空表');
    expect(fund.textContent).to.contain('没有使用政府性基金预算拨款安排的支出');
    const summary = items.find((li) => li.dataset.table === 'summary')!;
    summary.querySelector('details')!.open = true;
    expect(summary.querySelector('table.two-sided tbody tr')!.textContent).to.contain('社会保障和就业支出');
  });

  it('says the lines are partial when they add up to less than the printed 合计, and never replaces it', async () => {
    const data = await fixtureBudget();
    data.lines = data.lines.filter((l) => !l.code?.startsWith('221'));
    const el = await viewer(data);
    const total = root(el).querySelector('.total')!;
    expect(total.querySelector('strong')!.textContent).to.equal(formatAmount(1350, { unit: '万元' }));
    expect(total.querySelector('.mismatch-note')!.textContent).to.contain(
      `已列明细合计 ${formatAmount(1250, { unit: '万元' })}，少于公布的合计：明细不全`,
    );
  });

  it('states our sum, marked computed, when no 合计 is printed', async () => {
    const data = await fixtureBudget();
    delete data.total;
    const el = await viewer(data);
    const total = root(el).querySelector('.total')!;
    expect(total.textContent).to.contain('各类之和');
    expect(total.querySelector('.computed')!.textContent).to.contain('计算值');
  });
});
