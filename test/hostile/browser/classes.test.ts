// Hostile data in the widgets, class by class (issue 20): each case failed before its class was
// fixed. `.data` is given directly; "at once" is counted in records read or turns of the event loop, never in ms.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Fee, Process, ServiceGuide } from '@gongkai/sdk/core';
import '../../../packages/widgets/src/index.js';
import type { GkFeeTable } from '../../../packages/widgets/src/fee-table/fee-table.js';
import type { GkProcessFlow } from '../../../packages/widgets/src/process-flow/process-flow.js';
import type { GkServiceGuide } from '../../../packages/widgets/src/service-guide/service-guide.js';
import type { GkBudgetViewer } from '../../../packages/widgets/src/budget-viewer/budget-viewer.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const fee = (i: number, extra: Partial<Fee> = {}): Fee => ({
  id: `f${i}`,
  name: `收费项目${i}`,
  department: `单位${i % 7}`,
  category: 'administrative',
  basis: [{ title: `依据${i}` }],
  standard: { type: 'fixed', amount: i, per: '件' },
  ...extra,
});
const settled = (el: HTMLElement & { loadStatus: string }) =>
  waitUntil(() => el.loadStatus === 'ready' || el.loadStatus === 'error', `${el.localName} did not settle`, {
    timeout: 20_000,
  });

/** A chain start → s1 → … → s(n) → end. */
function chain(n: number, id = (i: number) => `s${i}`): Process {
  const ids = ['start', ...Array.from({ length: n }, (_, i) => id(i)), 'end'];
  return {
    id: 'p',
    name: '长流程',
    nodes: ids.map((nid, i) => ({
      id: nid,
      label: `步骤${i}`,
      kind: i === 0 ? 'start' : i === ids.length - 1 ? 'end' : 'step',
      days: 1,
    })),
    edges: ids.slice(1).map((to, i) => ({ from: ids[i]!, to })),
  };
}

describe('hostile data in the widgets (issue 20)', function () {
  this.timeout(60_000);

  it('5. a million fees as .data are refused at once with a reason, not frozen over', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table debug></gk-fee-table>`);
    // "At once" is counted in records read, not in milliseconds (a busy machine slows every task):
    // a list over the limit is refused by its length, before any record is looked at.
    let read = 0;
    const list = new Proxy(
      Array.from({ length: 1_000_000 }, (_, i) => ({ id: `f${i}` })),
      {
        get: (target, key, receiver) => (
          typeof key === 'string' && /^\d+$/.test(key) && read++,
          Reflect.get(target, key, receiver)
        ),
      },
    );
    el.data = list;
    await settled(el);
    expect(el.loadStatus).to.equal('error');
    expect(root(el).textContent).to.contain('300000');
    expect(read, 'records read before the refusal').to.be.below(1000);
  });

  it('5. a 30,000-fee list is checked a slice at a time: the first rows at once, the page answering between slices', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    const list = Array.from({ length: 30_000 }, (_, i) => fee(i));
    // Counted in turns of the event loop, not in milliseconds (a busy machine slows every task):
    // checked in one block, the page would get no turn until the end; in slices, one per slice.
    let turns = 0;
    const turn = () => {
      // Only the turns while the rows are still being checked count.
      if (!root(el).textContent!.includes('正在核对')) return;
      turns++;
      setTimeout(turn, 0);
    };
    el.data = list;
    setTimeout(turn, 0);
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr.fee').length).to.be.greaterThan(0);
    expect(root(el).textContent, 'the first rows say they are still being checked').to.contain('正在核对');
    await waitUntil(() => !root(el).textContent!.includes('正在核对'), 'never finished checking', {
      timeout: 60_000,
    });
    expect(root(el).querySelector('.summary')!.textContent).to.contain('30000');
    expect(turns, 'the page had a turn between the slices').to.be.at.least(10);
  });

  it('6. a 10,000-step chain shows its total and its steps as text, without a stack overflow', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow></gk-process-flow>`);
    el.data = chain(10_000);
    await settled(el);
    await waitUntil(() => root(el).querySelector('.text-version'), 'no visible text version');
    // The steps are listed a slice at a time (issue 37): wait until every one is there.
    await waitUntil(() => root(el).querySelectorAll('.text-version li').length === 10_002, 'not every step listed', {
      timeout: 30_000,
    });
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(root(el).querySelector('.total')!.textContent).to.contain('10');
  });

  it('7. node ids named like Object.prototype members are laid out and exported', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 900px"></gk-process-flow>`);
    const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    el.data = chain(4, (i) => names[i]!);
    await waitUntil(() => root(el).querySelector('svg.chart g.node'), 'the chart was not drawn', { timeout: 10_000 });
    expect(root(el).querySelectorAll('svg.chart g.node').length).to.equal(6);
    expect(el.exportSvg({ download: false })).to.contain('<svg');
  });

  it('8. a link too long for a QR code drops the QR code only; the guide still updates', async () => {
    const el = await fixture<GkServiceGuide>(html`<gk-service-guide style="width: 1000px"></gk-service-guide>`);
    const guide: ServiceGuide = {
      id: 'g',
      name: '超长链接事项',
      type: 'public-service',
      department: '示例县测试局',
      legalBasis: [],
      materials: [],
      onlineUrl: `https://www.example.gov.cn/${'x'.repeat(3500)}`,
    };
    el.data = guide;
    await waitUntil(() => root(el).querySelector('article'), 'the guide did not render');
    await waitUntil(() => root(el).querySelector('.online a'), 'no online link');
    await new Promise((r) => setTimeout(r, 50)); // the QR encoder is a lazy chunk
    expect(root(el).querySelector('svg.qr')).to.equal(null);
    el.lang = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('article')!.textContent, 'a lang switch still updates the guide').to.contain(
      'Apply online',
    );
  });

  it('9. data with errors is never shown as if sound: duplicate ids get the public notice', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = { kind: 'fee-list', id: 'dup', updated: '2026-01-01', items: [fee(1), fee(1), fee(2)] };
    await el.updateComplete;
    expect(el.loadStatus).to.equal('ready');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('存在错误');
  });

  it('9. one rule for a bad link in .data: every widget drops the link, keeps the data, and says so', async () => {
    const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer debug></gk-budget-viewer>`);
    el.data = {
      kind: 'budget',
      id: 'b',
      department: '示例县测试局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      updated: '2026-01-01',
      source: 'javascript:alert(1)',
      lines: [{ code: '201', name: '一般公共服务支出', total: 10 }],
    };
    await settled(el);
    expect(el.loadStatus).to.equal('ready');
    expect(root(el).querySelector('.gk-issues')!.textContent).to.contain('source');
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('10. a right-to-left override in a name cannot reverse the figure printed after it', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [fee(1, { name: '\u202E不动产登记费', standard: { type: 'fixed', amount: 550, per: '件' } })];
    await el.updateComplete;
    const text = root(el).querySelector('tbody tr.fee')!.textContent!;
    expect(text).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).to.contain('550 元/件');
  });

  it('10. absurd amounts are refused, and nothing prints -0 or Infinity', async () => {
    const budget = {
      kind: 'budget',
      id: 'b',
      department: '示例县测试局',
      year: 2026,
      phase: 'budget',
      unit: '元',
      updated: '2026-01-01',
      lines: [
        { code: '201', name: '一般公共服务支出', total: 1e308 },
        { code: '208', name: '社会保障和就业支出', total: 1e308 },
      ],
    };
    const el = await fixture<GkBudgetViewer>(html`<gk-budget-viewer debug></gk-budget-viewer>`);
    el.data = budget;
    await settled(el);
    expect(el.loadStatus).to.equal('error');
    expect(root(el).textContent).to.contain('10¹⁵');
    el.data = { ...budget, lines: [{ code: '201', name: '一般公共服务支出', total: -0 }] };
    await settled(el);
    expect(el.loadStatus).to.equal('ready');
    expect(root(el).textContent).not.to.match(/-0\b|Infinity/);
    expect(el.exportCsv({ download: false })).not.to.match(/-0\b|Infinity/);
  });

  it('13. CSV cells starting with ;= or |= are neutralised', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [fee(1, { name: ';=1+1' }), fee(2, { name: '|=cmd' })];
    await el.updateComplete;
    const csv = el.exportCsv({ download: false });
    // The part after the separator is what a splitting reader would run: it gets the '.
    expect(csv).to.contain(`";'=1+1"`);
    expect(csv).to.contain(`"|'=cmd"`);
  });

  it('13. every part of a CSV cell a semicolon-locale reader could split off is neutralised (issue 37)', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    const names = [
      '收费;=HYPERLINK("http://evil.example","点我")',
      '合计;@SUM(A1:A9)',
      '甲\t+1+1',
      '乙\n-2+3',
      '丙, =1',
    ];
    el.data = names.map((name, i) => fee(i + 1, { name }));
    await el.updateComplete;
    const csv = el.exportCsv({ download: false });
    // Split the way a reader in any locale might (on ; , tab or a line break, quotes dropped):
    // no part starts, after blanks, with a formula sign.
    const parts = csv.replace(/"/g, '').split(/[;,\t\r\n|]/);
    expect(parts.filter((p) => /^\s*[=+\-@]/.test(p))).to.deep.equal([]);
    // Kept in full, marked as text.
    for (const part of [`;'=HYPERLINK(""http://evil.example""`, ";'@SUM(A1:A9)", "\t'+1+1", ", '=1"])
      expect(csv).to.contain(part);
  });

  it('10. a fee of −0 is shown as 0 in the table and its CSV, never "-0" (issue 37)', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [
      fee(1, { standard: { type: 'fixed', amount: -0, per: '件' } }),
      fee(2, { standard: { type: 'range', min: -0, max: 5 } }),
    ];
    await el.updateComplete;
    await waitUntil(() => root(el).textContent!.includes('收费项目2'), 'rows shown');
    expect(root(el).textContent).not.to.match(/-0(?![.\d])/);
    expect(root(el).textContent).to.contain('0 元/件');
    expect(el.exportCsv({ download: false })).not.to.match(/-0(?![.\d])/);
  });
});
