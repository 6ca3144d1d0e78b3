import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatAmount, type Budget } from '@gongkai/sdk/core';
import './index.js';
import type { GkBudgetViewer } from './budget-viewer.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: HTMLElement) => el.shadowRoot!;
const checking = (el: GkBudgetViewer) => el.loadState.status === 'ready' && el.loadState.checking === true;
/** Rendered and checked (a `.data` budget shows its first level before the checks have run). */
const ready = (el: GkBudgetViewer) =>
  waitUntil(() => !checking(el) && root(el).querySelector('table, .gk-error'), 'viewer did not render', {
    timeout: 5000,
  });
const cells = (el: GkBudgetViewer) =>
  [...root(el).querySelectorAll<SVGGElement>('g.cell:not(.inner)')].map((c) => c.dataset.code);
const row = (el: GkBudgetViewer, code: string) =>
  root(el).querySelector<HTMLTableRowElement>(`tr[data-code="${code}"]`);
const budget = async (id: string): Promise<Budget> => (await fetch(`${FEED}data/${id}.json`)).json();

describe('<gk-budget-viewer>', () => {
  it('shows the sample budget’s top-level categories with totals equal to the data', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-hrss" style="width: 1000px"></gk-budget-viewer>`,
    );
    await ready(el);
    const data = await budget('budget-2026-hrss');
    const classes = data.lines.filter((l) => l.code?.length === 3);
    expect(cells(el).sort()).to.deep.equal(classes.map((c) => c.code).sort());
    for (const c of classes) {
      expect(row(el, c.code!)!.querySelector('td.num')!.textContent!.trim()).to.equal(
        formatAmount(c.total, { unit: '万元', withUnit: false }),
      );
    }
    const sum = classes.reduce((a, c) => a + c.total!, 0);
    expect(root(el).querySelector('.total')!.textContent).to.contain(formatAmount(sum, { unit: '万元' }));
  });

  it('shows the exact figure of the cell under focus', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-ca" style="width: 1000px"></gk-budget-viewer>`,
    );
    await ready(el);
    const data = await budget('budget-2026-ca');
    // Blocks too small for a label can still be read: the line under the chart says how.
    expect(root(el).querySelector('.cell-info')!.textContent).to.contain('点按');
    root(el).querySelector<SVGGElement>('g.cell[data-code="208"]')!.focus();
    await el.updateComplete;
    // As published: 万元 to two decimals, not "2,439.4700 万元" (issue 16, defect 4).
    const exact = formatAmount(data.lines.find((l) => l.code === '208')!.total, { unit: '万元' });
    expect(exact).to.match(/\.\d\d 万元$/);
    expect(root(el).querySelector('.cell-info')!.textContent).to.contain('208 社会保障和就业支出').and.contain(exact);
  });

  it('shows the items of a 类 that is most of the budget inside its block (issue 16, defect 5)', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-hrss" style="width: 1000px"></gk-budget-viewer>`,
    );
    await ready(el);
    const inner = [...root(el).querySelectorAll<SVGGElement>('g.cell.inner')].map((c) => c.dataset.code!);
    expect(inner.length).to.be.greaterThan(2);
    expect(inner.every((c) => c === 'others' || (c.startsWith('208') && c.length === 5))).to.equal(true);
    expect(root(el).querySelector('g.cell.inner text')!.textContent!.length).to.be.greaterThan(1);
  });

  it('keeps its content off the edges in the dark theme (issue 16, defect 4)', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-hrss" theme="dark"></gk-budget-viewer>`,
    );
    await ready(el);
    expect(parseFloat(getComputedStyle(el).paddingLeft)).to.be.greaterThan(8);
  });

  it('says 未填报 for a split part with a blank line, with no shares, never counting the blank as 0', async () => {
    const data = await budget('budget-2026-hrss');
    delete (data as { total?: unknown }).total; // no printed 合计 row: the split comes from the 类 lines
    const first = data.lines.find((l) => l.code?.length === 3)!;
    first.basic = null;
    const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer style="width: 1000px"></gk-budget-viewer>`);
    el.data = data;
    await ready(el);
    const split = [...root(el).querySelectorAll('.split')].find(
      (x) => x.querySelector('h3')!.textContent === '按支出类型',
    )!;
    const items = [...split.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''));
    expect(items[0]).to.equal('基本支出：未填报');
    const project = data.lines.filter((l) => l.code?.length === 3).reduce((a, l) => a + l.project!, 0);
    expect(items[1]).to.equal(`项目支出：${formatAmount(project, { unit: '万元' }).replace(/\s+/g, '')}`);
    expect(split.querySelector('.bar')).to.equal(null, 'no shares of an unknown whole');
  });

  it('drills into a 类 to show its 款, with a breadcrumb back up', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-ca" style="width: 1000px"></gk-budget-viewer>`,
    );
    await ready(el);
    setTimeout(() =>
      root(el).querySelector<SVGGElement>('g.cell[data-code="208"]')!.dispatchEvent(new MouseEvent('click')),
    );
    const { detail } = await oneEvent(el, 'gk-budget-select');
    expect(detail.path).to.deep.equal(['208']);
    await el.updateComplete;
    const codes = cells(el);
    expect(codes.length).to.be.greaterThan(3);
    expect(codes.every((c) => c === 'others' || (c!.startsWith('208') && c!.length === 5))).to.equal(true);
    expect(root(el).querySelector('.breadcrumb')!.textContent).to.contain('208 社会保障和就业支出');
    expect(row(el, '20819')).to.not.equal(null, 'the table opens the same level');
    root(el).querySelector<HTMLAnchorElement>('.breadcrumb a')!.click();
    await el.updateComplete;
    expect(cells(el)).to.include('208');
  });

  it('compares with last year and shows the right % for a known line', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-ca" compare="budget-2025-ca"></gk-budget-viewer>`,
    );
    await ready(el);
    const [cur, prev] = await Promise.all([budget('budget-2026-ca'), budget('budget-2025-ca')]);
    const a = cur.lines.find((l) => l.code === '229')!.total!;
    const b = prev.lines.find((l) => l.code === '229')!.total!;
    const pct = ((a - b) / b) * 100;
    const cellsOf = row(el, '229')!.querySelectorAll('td.num');
    expect(cellsOf[3]!.textContent!.trim()).to.equal(formatAmount(b, { unit: '万元', withUnit: false }));
    expect(cellsOf[5]!.textContent!.trim()).to.equal(`+${pct.toFixed(1)}%`);
    expect(cellsOf[5]!.classList.contains('notable')).to.equal(Math.abs(pct) >= 10);
    expect(root(el).querySelector('.total')!.textContent).to.contain('2026 年与 2025 年对比');
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers, 'the column says what it is (issue 16, defect 4)').to.include('2025年预算数');
  });

  it('compares 决算 with 预算 of the same year without adding them', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="final-2025-nr" compare="budget-2025-nr"></gk-budget-viewer>`,
    );
    await ready(el);
    const [fin, bud] = await Promise.all([budget('final-2025-nr'), budget('budget-2025-nr')]);
    expect(root(el).querySelector('thead')!.textContent).to.contain('预算');
    expect(root(el).querySelector('.total')!.textContent).to.contain('决算与预算对比');
    const total = fin.lines.filter((l) => l.code?.length === 3).reduce((s, l) => s + l.total!, 0);
    expect(root(el).querySelector('.total')!.textContent).to.contain(formatAmount(total, { unit: '万元' }));
    expect(row(el, '212')!.querySelectorAll('td.num')[3]!.textContent!.trim()).to.equal(
      formatAmount(bud.lines.find((l) => l.code === '212')!.total, { unit: '万元', withUnit: false }),
    );
  });

  describe('first screen before the checks (issue 19)', () => {
    it('draws the chart’s first level at once, says it is still checking, then adds the table below it', async () => {
      const data = await budget('budget-2026-hrss');
      const i = data.lines.findIndex((l) => l.code === '208');
      // A right-to-left override would reverse what follows it; the schema strips it, and so does the first pass.
      data.lines[i]!.name = `\u202E${data.lines[i]!.name} `;
      const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer .data=${data}></gk-budget-viewer>`);
      // The fixture has waited for the first render only: the checks have not run yet.
      expect(checking(el)).to.equal(true);
      expect(cells(el)).to.include('208');
      const label = root(el).querySelector('g.cell[data-code="208"] title')!.textContent!;
      expect(label).to.contain('社会保障和就业支出').and.not.contain('\u202E');
      // The table below the chart comes with the checks.
      expect(root(el).querySelector('table')).to.equal(null);
      expect(root(el).querySelector('.gk-updated')!.textContent).to.contain('正在核对数据');
      const top = root(el).querySelector('figure.chart')!.getBoundingClientRect().top;
      await ready(el);
      expect(el.loadState.status).to.equal('ready');
      expect(root(el).querySelector('.gk-updated')!.textContent).not.to.contain('正在核对');
      expect(row(el, '208')!.textContent).to.contain('社会保障和就业支出').and.not.contain('\u202E');
      // Checked, the chart has not moved.
      expect(root(el).querySelector('figure.chart')!.getBoundingClientRect().top).to.equal(top);
    });

    it('says it is loading while a long budget is read a slice at a time, and shows only the newest', async () => {
      const gates: (() => void)[] = [];
      const Viewer = customElements.get('gk-budget-viewer') as typeof GkBudgetViewer;
      // A first screen that does not end in its first slice (as a 50,000-line budget's): it ends when the test says.
      class Gated extends Viewer {
        protected override preview(data: unknown, cancelled: () => boolean) {
          const view = super.preview(data, cancelled);
          return new Promise<Awaited<typeof view>>((resolve) => gates.push(() => resolve(view)));
        }
      }
      customElements.define('gk-gated-budget-viewer', Gated);
      const first = await budget('budget-2026-hrss');
      const el = await fixture<GkBudgetViewer>(html`<gk-gated-budget-viewer .data=${first}></gk-gated-budget-viewer>`);
      expect(el.loadState.status).to.equal('loading');
      expect(root(el).querySelector('.gk-status')!.textContent).to.contain('正在加载');
      // Another budget given while the first is still being read: the first never shows.
      el.data = { ...first, department: '示例县民政局', title: '示例县民政局2026年部门预算' };
      await el.updateComplete;
      expect(gates.length).to.equal(2);
      gates[0]!();
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.loadState.status).to.equal('loading');
      gates[1]!();
      await ready(el);
      expect(root(el).querySelector('h2')!.textContent).to.contain('示例县民政局');
      expect(cells(el)).to.include('208');
    });

    it('replaces the first screen with the error view when the checks find the data wrong', async () => {
      const data = { ...(await budget('budget-2026-hrss')), updated: 'yesterday' };
      const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer .data=${data}></gk-budget-viewer>`);
      expect(checking(el)).to.equal(true); // its lines read fine
      await ready(el);
      expect(el.loadState.status).to.equal('error');
      expect(cells(el)).to.deep.equal([]);
    });

    it('draws nothing before the checks from a line whose figure is not a number', async () => {
      const data = await budget('budget-2026-hrss');
      (data.lines[0] as { total: unknown }).total = '1,234.00';
      const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer .data=${data}></gk-budget-viewer>`);
      expect(el.loadState.status).to.equal('error');
      expect(cells(el)).to.deep.equal([]);
    });
  });

  it('shows a visible warning on a line whose total is not the sum of its items', async () => {
    const data = await budget('budget-2026-hrss');
    const i = data.lines.findIndex((l) => l.code === '208');
    data.lines[i]!.total! += 100;
    data.lines[i]!.project! += 100;
    const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer .data=${data}></gk-budget-viewer>`);
    await ready(el);
    expect(root(el).querySelector('.warning[role=alert]')!.textContent).to.contain(
      '1 个科目的合计与其下级科目之和不符',
    );
    const note = row(el, '208')!.querySelector('.mismatch-note')!;
    expect(note.textContent).to.contain('公布').and.contain('下级合计');
    expect(row(el, '208')!.classList.contains('mismatch')).to.equal(true);
  });

  it('switches units consistently in labels and values', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-hrss"></gk-budget-viewer>`,
    );
    await ready(el);
    const data = await budget('budget-2026-hrss');
    const total208 = data.lines.find((l) => l.code === '208')!.total!;
    expect(root(el).querySelector('thead')!.textContent).to.contain('合计（万元）');
    const select = root(el).querySelector<HTMLSelectElement>('.controls select')!;
    select.value = '元';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('thead')!.textContent).to.contain('合计（元）');
    expect(row(el, '208')!.querySelector('td.num')!.textContent!.trim()).to.equal(
      formatAmount(total208 * 10000, { unit: '元', withUnit: false }),
    );
    expect(root(el).querySelector('.total strong')!.textContent).to.match(/元$/);
    el.display = 'percent';
    await el.updateComplete;
    expect(root(el).querySelector('thead')!.textContent).to.contain('合计（%）');
    expect(row(el, '208')!.querySelector('td.num')!.textContent!.trim()).to.match(/%$/);
  });

  it('drills down and expands with the keyboard', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-ca"></gk-budget-viewer>`,
    );
    await ready(el);
    row(el, '208')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(row(el, '208')!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-code')).to.equal('20802');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('.breadcrumb')!.textContent).to.contain('20802 民政管理事务');
    expect(cells(el).length).to.be.greaterThan(0, 'the chart shows the items of 20802');
    expect(cells(el).every((c) => c === 'others' || c!.startsWith('20802'))).to.equal(true);
  });

  it('exports the rows shown as CSV in the chosen unit', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-hrss" unit="元"></gk-budget-viewer>`,
    );
    await ready(el);
    const lines = el.exportCsv({ download: false }).trim().split('\r\n');
    expect(lines[0]).to.contain('合计（元）');
    expect(lines.length).to.equal(1 + 3);
  });

  it('passes axe-core, also in kiosk size and in English', async () => {
    const el = await fixture<GkBudgetViewer>(
      html`<gk-budget-viewer src=${FEED} dataset="budget-2026-nr" compare="budget-2025-nr"></gk-budget-viewer>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    el.setAttribute('size', 'kiosk');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root(el).querySelector('thead')!.textContent).to.contain('Total');
    await expect(el).to.be.accessible();
  });

  it('on a phone its lines are cards with labelled figures, and it still passes axe-core', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 358px"><gk-budget-viewer src=${FEED} dataset="budget-2026-nr"></gk-budget-viewer></div>`,
    );
    const el = box.firstElementChild as GkBudgetViewer;
    await ready(el);
    const scroll = root(el).querySelector<HTMLElement>('.table-scroll')!;
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth + 1);
    const total = root(el).querySelector('tbody tr td.num')!;
    expect(getComputedStyle(total, '::before').content).to.equal('"合计（万元）："');
    await expect(el).to.be.accessible();
  });
});
