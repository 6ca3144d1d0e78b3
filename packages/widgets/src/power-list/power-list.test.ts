import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Power } from '@gongkai/sdk/core';
import './index.js';
import type { GkPowerList } from './power-list.js';

const FEED = '/examples/feeds/shili-county/';
const NR = '示例县自然资源局';
const root = (el: GkPowerList) => el.shadowRoot!;
const items = (el: GkPowerList) => [...root(el).querySelectorAll<HTMLDetailsElement>('details.power')];
const names = (el: GkPowerList) => items(el).map((d) => d.querySelector('.name')!.textContent!.trim());
const summary = (el: GkPowerList) => root(el).querySelector('.summary')!.textContent!.trim();
const settle = (el: GkPowerList) =>
  waitUntil(() => root(el).querySelector('.powers, .gk-error, .no-results'), 'widget did not settle', {
    timeout: 5000,
  });

async function fromFeed(attrs: Record<string, string> = {}) {
  const el = await fixture<GkPowerList>(html`<gk-power-list></gk-power-list>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.src = FEED;
  await settle(el);
  return el;
}

function power(i: number, extra: Partial<Power> = {}): Power {
  return {
    id: `p${i}`,
    name: `职权${i}`,
    type: i % 2 ? 'penalty' : 'licensing',
    basis: [{ title: `依据${i}`, article: '第一条' }],
    department: '某局',
    responsibilities: ['受理责任'],
    accountability: ['不履行职责的'],
    status: 'active',
    ...extra,
  };
}

async function open(el: GkPowerList, name: string) {
  const d = items(el).find((x) => x.querySelector('.name')!.textContent!.includes(name))!;
  expect(d, `no power named ${name}`).to.not.equal(undefined);
  d.querySelector('summary')!.click();
  await waitUntil(() => d.querySelector('.detail'), 'power did not open');
  return d;
}

describe('<gk-power-list>', () => {
  it("shows a department's powers with their count, paged", async () => {
    const el = await fromFeed({ department: NR });
    expect(summary(el)).to.equal('共 48 项职权');
    expect(items(el).length).to.equal(20);
    expect(root(el).querySelector('.pager .page')!.textContent).to.equal('第 1/3 页');
    expect(names(el)[0]).to.equal('建设项目用地预审与选址意见书核发');
  });

  it('on a phone the type counts sit two to a row, whole, and the first powers are on the first screen', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 358px"><gk-power-list></gk-power-list></div>`);
    const el = box.firstElementChild as GkPowerList;
    el.setAttribute('department', '示例县人力资源和社会保障局');
    el.src = FEED;
    await settle(el);
    const types = [...root(el).querySelectorAll<HTMLElement>('.type')];
    expect(types.length).to.equal(10);
    expect(new Set(types.map((t) => Math.round(t.getBoundingClientRect().top))).size).to.equal(5);
    for (const t of types) {
      // The label and its count each on one line inside the button (其他行政权力 the longest).
      for (const part of t.querySelectorAll<HTMLElement>('.type-label, .type-count')) {
        const range = document.createRange();
        range.selectNodeContents(part);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        expect(lines, part.textContent!).to.equal(1);
      }
      expect(t.scrollWidth).to.be.at.most(t.clientWidth + 1);
    }
    const first = items(el)[0]!.getBoundingClientRect();
    expect(first.top - el.getBoundingClientRect().top).to.be.below(844 - 100);
  });

  it('finds a power by pinyin initials, highlighting the matched characters', async () => {
    const el = await fromFeed();
    root(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'gsrd' });
    await waitUntil(() => names(el).includes('工伤认定'), 'gsrd did not find 工伤认定', { timeout: 8000 });
    const hit = items(el).find((d) => d.textContent!.includes('工伤认定'))!;
    expect(hit.querySelector('mark')!.textContent).to.equal('工伤认定');
    expect(summary(el)).to.match(/^找到 \d+ 项（共 197 项）$/);
  });

  it('the type filter shows exactly the count its bar gives, with the other filters applied', async () => {
    const el = await fromFeed({ department: NR, 'page-size': '100' });
    const bars = [...root(el).querySelectorAll<HTMLButtonElement>('button.type')];
    expect(bars.length).to.equal(10, 'NR has powers of all ten types');
    const total = bars.reduce((n, b) => n + Number(b.querySelector('.type-count')!.textContent), 0);
    expect(total).to.equal(48);
    const penalty = bars.find((b) => b.dataset.type === 'penalty')!;
    const count = Number(penalty.querySelector('.type-count')!.textContent);
    penalty.click();
    await el.updateComplete;
    expect(penalty.getAttribute('aria-pressed')).to.equal('true');
    expect(items(el).length).to.equal(count);
    expect(items(el).every((d) => d.querySelector('.badge')!.textContent === '行政处罚')).to.equal(true);
    // With an office chosen too, each bar counts what that office has, and the list agrees.
    el.office = '执法监察大队';
    await el.updateComplete;
    // Found again: the bars are ordered by their counts, which the office changes.
    const bar = root(el).querySelector<HTMLButtonElement>('button.type[data-type="penalty"]')!;
    const after = Number(bar.querySelector('.type-count')!.textContent);
    expect(after).to.be.below(count);
    expect(items(el).length).to.equal(after);
  });

  it('opens a power to show its basis with 条款, duties, accountability and supervision phone', async () => {
    const el = await fromFeed({ department: NR });
    const selected = oneEvent(el, 'gk-power-select');
    const d = await open(el, '建设工程规划许可证核发');
    expect((await selected).detail.power.id).to.equal('power-nr-003');
    const text = d.querySelector('.detail')!.textContent!;
    expect(text).to.contain('《中华人民共和国城乡规划法》第四十条');
    expect(text).to.contain('受理责任');
    expect(text).to.contain('对符合法定条件的申请不予受理');
    expect(d.querySelector('a[href="tel:09991234510"]')).to.not.equal(null);
  });

  it('leads from a power to its guide and flowchart, shown in place within one page', async () => {
    const el = await fromFeed({ department: NR, 'page-size': '100' });
    const d = await open(el, '不动产首次登记');
    expect(d.querySelector('.fees')!.textContent).to.contain('不动产登记费（住宅）：80 元/件');
    const [showGuide, showFlow] = [...d.querySelectorAll<HTMLButtonElement>('button.embed')];
    expect(showGuide!.textContent).to.contain('不动产首次登记');
    showGuide!.click();
    await waitUntil(() => d.querySelector('gk-service-guide'), 'no guide');
    const guide = d.querySelector('gk-service-guide');
    await waitUntil(() => guide!.shadowRoot?.querySelector('h2'), 'guide did not render', { timeout: 8000 });
    expect(guide!.shadowRoot!.querySelector('h2')!.textContent).to.contain('不动产首次登记');
    showFlow!.click();
    await waitUntil(() => d.querySelector('gk-process-flow'), 'no flowchart');
    const flow = d.querySelector('gk-process-flow');
    await waitUntil(() => flow!.shadowRoot?.querySelector('svg'), 'flowchart did not render', { timeout: 8000 });
    expect(flow!.getAttribute('process')).to.equal('proc-property-registration');
  });

  it('links to the guide and flowchart pages when the page says where they live', async () => {
    const el = await fromFeed({
      department: NR,
      'page-size': '100',
      'guide-link': 'guide.html?id={id}',
      'process-link': '#flow-{id}',
    });
    const d = await open(el, '不动产首次登记');
    expect(d.querySelector<HTMLAnchorElement>('a.guide-link')!.getAttribute('href')).to.equal(
      'guide.html?id=guide-property-first',
    );
    expect(d.querySelector<HTMLAnchorElement>('a.process-link')!.getAttribute('href')).to.equal(
      '#flow-proc-property-registration',
    );
    expect(d.querySelector('button.embed')).to.equal(null);
  });

  it('a link template cannot make a script link', async () => {
    const el = await fromFeed({ department: NR, query: '首次', 'guide-link': 'javascript:alert({id})' });
    const d = await open(el, '不动产首次登记');
    expect(d.querySelector('a.guide-link')).to.equal(null);
  });

  it('says which linked guide is missing instead of dropping it', async () => {
    const el = await fixture<GkPowerList>(html`<gk-power-list></gk-power-list>`);
    el.data = { kind: 'power-list', id: 'x', updated: '2026-01-01', powers: [power(1, { guideRefs: ['guide-x'] })] };
    await settle(el);
    const d = await open(el, '职权1');
    expect(d.querySelector('.links')!.textContent).to.contain('本数据源中没有“guide-x”');
  });

  it('pages through every power exactly once', async () => {
    const el = await fixture<GkPowerList>(html`<gk-power-list page-size="7"></gk-power-list>`);
    el.data = Array.from({ length: 30 }, (_, i) => power(i + 1));
    await settle(el);
    const seen: string[] = [];
    for (;;) {
      seen.push(...names(el));
      const next = root(el).querySelector<HTMLButtonElement>('.pager .next')!;
      if (next.disabled) break;
      next.click();
      await el.updateComplete;
    }
    expect(seen).to.deep.equal(Array.from({ length: 30 }, (_, i) => `职权${i + 1}`));
  });

  it('reset() clears the search, filters, page and open powers', async () => {
    const el = await fromFeed({ department: NR });
    el.query = '登记';
    el.type = 'confirmation';
    await el.updateComplete;
    await open(el, '不动产首次登记');
    root(el).querySelector<HTMLButtonElement>('.pager .next')?.click();
    el.reset();
    await el.updateComplete;
    expect(summary(el)).to.equal('共 48 项职权');
    expect(root(el).querySelector('details[open]')).to.equal(null);
  });

  it('shows a cancelled power with its date, and speaks English', async () => {
    const el = await fromFeed({ lang: 'en', department: '示例县民政局', status: 'cancelled' });
    expect(summary(el)).to.equal('1 of 36 powers');
    const d = await open(el, '老年人优待证发放');
    expect(d.querySelector('.badge.status')!.textContent).to.equal('Cancelled');
    expect(d.querySelector('.detail')!.textContent).to.match(/Cancelled · since Jan 1, 2024/);
  });

  it('a power list with an unknown type is refused with the reason, never blank', async () => {
    const el = await fixture<GkPowerList>(html`<gk-power-list debug></gk-power-list>`);
    el.data = [power(1, { type: 'magic' as never })];
    await settle(el);
    const error = root(el).querySelector('.gk-error')!;
    expect(error.textContent).to.contain('职权类型应为');
  });

  it('passes axe-core, closed and with a power open', async () => {
    const el = await fromFeed({ department: NR });
    await expect(el).to.be.accessible();
    await open(el, '建设工程规划许可证核发');
    await expect(el).to.be.accessible();
  });

  it('in kiosk size every button and summary is a touch target of at least 48 px', async () => {
    const el = await fromFeed({ department: NR, size: 'kiosk' });
    const targets = [...root(el).querySelectorAll<HTMLElement>('button, summary, input, select')];
    expect(targets.length).to.be.above(20);
    for (const t of targets) expect(t.getBoundingClientRect().height, t.textContent!).to.be.at.least(48);
  });
});
