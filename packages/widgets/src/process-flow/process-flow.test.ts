import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Process } from '@gongkai/sdk/core';
import './index.js';
import '../service-guide/index.js';
import type { GkProcessFlow } from './process-flow.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: GkProcessFlow) => el.shadowRoot!;
const nodes = (el: GkProcessFlow) => [...root(el).querySelectorAll<SVGGElement>('g.node')];
const edgeLabels = (el: GkProcessFlow) => [...root(el).querySelectorAll('.edge-label text')].map((t) => t.textContent);
const drawn = (el: GkProcessFlow) =>
  waitUntil(() => root(el).querySelector('svg.chart, .problems, .gk-error'), 'chart was not drawn', { timeout: 5000 });

async function sampleProcesses(): Promise<Process[]> {
  const list = await (await fetch(`${FEED}data/processes-county.json`)).json();
  return list.processes;
}

function chain(n: number): Process {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: (i === 0 ? 'start' : i === n - 1 ? 'end' : 'step') as 'start' | 'end' | 'step',
    label: `第${i}步`,
    owner: ['窗口', '科室', '领导'][i % 3],
    days: 1,
  }));
  return { id: 'long', name: '长流程', nodes, edges: nodes.slice(1).map((x, i) => ({ from: `s${i}`, to: x.id })) };
}

describe('<gk-process-flow>', () => {
  it('draws every sample process with the right number of nodes and edge labels', async () => {
    for (const p of await sampleProcesses()) {
      const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 1000px"></gk-process-flow>`);
      el.data = p;
      await drawn(el);
      expect(nodes(el).length, p.id).to.equal(p.nodes.length);
      const labels = p.edges
        .map((e) => e.label)
        .filter(Boolean)
        .sort();
      expect(edgeLabels(el).sort(), p.id).to.deep.equal(labels);
      expect(root(el).querySelectorAll('path.edge').length, p.id).to.equal(p.edges.length);
    }
  });

  it("ends every edge at or next to a decision on the diamond's outline, not in the empty corner of its box", async () => {
    let checked = 0;
    for (const p of await sampleProcesses()) {
      const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 500px"></gk-process-flow>`);
      el.data = p;
      await drawn(el);
      const diamonds = [...root(el).querySelectorAll('polygon.shape')].map((poly) => {
        const [top, right, bottom, left] = [...(poly as SVGPolygonElement).points];
        return { x: top!.x, y: right!.y, hw: (right!.x - left!.x) / 2, hh: (bottom!.y - top!.y) / 2 };
      });
      const ends = [...root(el).querySelectorAll<SVGPathElement>('path.edge')].flatMap((path) => {
        const pts = [...path.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
          x: +m[1]!,
          y: +m[2]!,
        }));
        return [pts[0]!, pts.at(-1)!];
      });
      for (const d of diamonds) {
        for (const { x, y } of ends) {
          // An end within the diamond's box belongs to it: it must be on the outline (0.1 px of rounding).
          if (Math.abs(x - d.x) > d.hw + 0.5 || Math.abs(y - d.y) > d.hh + 0.5) continue;
          const reach = Math.abs(x - d.x) / d.hw + Math.abs(y - d.y) / d.hh;
          expect(reach, `${p.id}: an edge ends at ${x},${y}, off the diamond at ${d.x},${d.y}`).to.be.within(
            0.97,
            1.03,
          );
          checked++;
        }
      }
    }
    expect(checked).to.be.above(3);
  });

  it('loads a process from the feed by id, shows owners, time limits and the time of the procedure', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-licensing" style="width: 1000px"></gk-process-flow>`,
    );
    await drawn(el);
    const review = root(el).querySelector('g.node[data-id="review"]')!;
    expect(review.textContent).to.contain('审查').and.contain('业务科室').and.contain('8 个工作日');
    expect(root(el).querySelector('.total')!.textContent).to.contain('12 个工作日');
    expect(root(el).querySelector('g.node.decision polygon')).to.not.equal(null, 'decisions are diamonds');
    expect(root(el).querySelector('path.edge.back')).to.not.equal(null, '补正 loops back, drawn dashed');
  });

  it('never sums a step without a time limit into 即办: the total is 未注明, or the promised time', async () => {
    const p = chain(4);
    delete (p.nodes[1] as { days?: number }).days;
    delete (p.nodes[2] as { days?: number }).days;
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 800px"></gk-process-flow>`);
    el.data = p;
    await drawn(el);
    const total = () => root(el).querySelector('.total')!.textContent!;
    expect(total()).to.contain('未注明').and.contain('2 个步骤未公布时限');
    expect(total()).not.to.contain('即办');
    el.promisedDays = 5;
    await el.updateComplete;
    expect(total()).to.contain('承诺时限：5 个工作日');
  });

  it("never prints the steps' longest-path sum as the promise: the guide's 承诺/法定 time, the sum beside it", async () => {
    // The sample's 低保 guide promises 20 working days (legal 30); its chart's steps add up to 40.
    const guide = await fixture<HTMLElement>(
      html`<gk-service-guide src=${FEED} guide="guide-dibao" style="width: 1000px"></gk-service-guide>`,
    );
    const find = () => guide.shadowRoot?.querySelector<GkProcessFlow>('gk-process-flow');
    await waitUntil(find, 'no chart', { timeout: 5000 });
    const flow = find()!;
    await drawn(flow);
    const text = root(flow).querySelector('.total')!.textContent!;
    expect(text).to.contain('承诺时限：20 个工作日').and.contain('法定时限：30 个工作日');
    expect(text).to.contain('各步骤时限按最长路径合计 40 个工作日');
    expect(text).not.to.match(/承诺[^；]*40/, 'the 40 is never the promise');
    flow.lang = 'en';
    await flow.updateComplete;
    expect(root(flow).querySelector('.total')!.textContent).to.match(
      /^Promised time: 20 working days; Legal limit: 30 working days; the steps' own times add up to 40/,
    );
  });

  // The guide kind's rules are registered on this page (<gk-service-guide> is imported above), as on
  // a page of the all-in-one bundle; a page with the flowchart's own module alone reads no guides and
  // shows the steps' sum, worded as such (the case below).
  it("on its own, takes the published time from the feed's guide that refers to the process", async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-unemployment-benefit" style="width: 1000px"></gk-process-flow>`,
    );
    await drawn(el);
    expect(root(el).querySelector('.total')!.textContent).to.contain('承诺时限：5 个工作日，法定时限：10 个工作日');
  });

  it("without a published time, words the sum as the steps' sum, not as a promise", async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 800px"></gk-process-flow>`);
    el.data = chain(5);
    await drawn(el);
    const text = root(el).querySelector('.total')!.textContent!;
    expect(text).to.contain('各步骤时限按最长路径合计 5 个工作日');
    expect(text).not.to.contain('承诺');
  });

  it('runs left-right when wide and top-down when narrow, re-laying out on resize', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow style="width: 1100px"></gk-process-flow>`);
    el.data = chain(6);
    await drawn(el);
    await waitUntil(() => el.direction === 'LR');
    const pos = () => nodes(el).map((n) => n.querySelector('rect.shape')!.getBoundingClientRect());
    let r = pos();
    expect(r[1]!.left).to.be.greaterThan(r[0]!.left);
    el.style.width = '360px';
    await waitUntil(() => el.direction === 'TB', 'did not switch to top-down');
    await el.updateComplete;
    r = pos();
    expect(r[1]!.top).to.be.greaterThan(r[0]!.top);
    expect(Math.abs(r[1]!.left - r[0]!.left)).to.be.lessThan(5);
    expect(nodes(el).length).to.equal(6, 'no blank frame while re-laying out');
  });

  it('selects steps with the keyboard and emits gk-step-select', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow style="width: 1100px" orientation="lr"></gk-process-flow>`,
    );
    el.data = chain(4);
    await drawn(el);
    const first = root(el).querySelector<SVGGElement>('g.node[data-id="s0"]')!;
    expect(first.getAttribute('tabindex')).to.equal('0');
    setTimeout(() => first.focus());
    expect((await oneEvent(el, 'gk-step-select')).detail.node.id).to.equal('s0');
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const { detail } = await oneEvent(el, 'gk-step-select');
    expect(detail.node.id).to.equal('s1');
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('s1');
    expect(root(el).querySelector('.details')!.textContent).to.contain('第1步').and.contain('科室');
  });

  it('highlights the active step for screen readers too', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-dibao" active-step="check"></gk-process-flow>`,
    );
    await drawn(el);
    const active = root(el).querySelector('g.node.active')!;
    expect(active.getAttribute('data-id')).to.equal('check');
    expect(active.getAttribute('aria-current')).to.equal('step');
    expect(active.querySelector('title')!.textContent).to.contain('当前步骤');
  });

  it('gives the same procedure as an ordered text list', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-licensing"></gk-process-flow>`,
    );
    await drawn(el);
    const items = [...root(el).querySelectorAll('[part=text-version] li')].map((li) => li.textContent);
    expect(items).to.have.length(9);
    expect(items[1]).to.contain('受理审查').and.contain('受理 → 审查').and.contain('不予受理 → 出具不予受理通知书');
    // A step's 审查标准 and 办理结果, as the guide prints them.
    expect(items[1])
      .to.contain('审查标准：申请材料齐全、符合法定形式')
      .and.contain('办理结果：受理通知书或不予受理通知书');
  });

  it('shows a step’s 审查标准 and 办理结果 when it is chosen, and 未注明 for a step without a time limit', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-licensing" style="width: 1000px"></gk-process-flow>`,
    );
    await drawn(el);
    root(el).querySelector<SVGGElement>('g.node[data-id="review"]')!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    const details = root(el).querySelector('.details')!.textContent!;
    expect(details).to.contain('审查标准：申请事项符合法定条件和标准').and.contain('办理结果：审查意见');
    const p = chain(3);
    delete (p.nodes[1] as { days?: number }).days;
    el.data = p;
    await drawn(el);
    await waitUntil(() => root(el).querySelector('g.node[data-id="s1"]'), 'chain not drawn', { timeout: 20000 });
    root(el).querySelector<SVGGElement>('g.node[data-id="s1"]')!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(root(el).querySelector('.details')!.textContent).to.contain('时限：未注明');
    // In English, with English colons: no Chinese punctuation in our frame.
    el.lang = 'en';
    await el.updateComplete;
    const en = root(el).querySelector('.details')!.textContent!.replace(/\s+/g, ' ');
    expect(en).to.contain('Time limit: not stated');
    expect(en).not.to.contain('：');
  });

  it('shows what is wrong with an invalid process instead of drawing half of it', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow></gk-process-flow>`);
    const p = chain(4);
    p.edges.push({ from: 's1', to: 'nowhere', label: '补正' });
    p.nodes = p.nodes.filter((n) => n.kind !== 'end');
    el.data = p;
    await drawn(el);
    expect(root(el).querySelector('svg.chart')).to.equal(null);
    const text = root(el).querySelector('.problems')!.textContent!;
    expect(text).to.contain('edges[3].to').and.contain('nowhere');
    expect(text).to.contain('流程没有结束节点');
  });

  it('draws swimlanes by owner', async () => {
    const el = await fixture<GkProcessFlow>(html`<gk-process-flow lanes style="width: 1100px"></gk-process-flow>`);
    el.data = chain(6);
    await drawn(el);
    const lanes = [...root(el).querySelectorAll('g.lane text')].map((t) => t.textContent);
    expect(lanes).to.deep.equal(['窗口', '科室', '领导']);
  });

  it('exports a standalone SVG with its styles inlined', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-marriage"></gk-process-flow>`,
    );
    await drawn(el);
    const text = el.exportSvg({ download: false });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('g.node')).to.have.length(6);
    expect(doc.querySelector('rect.shape')!.getAttribute('stroke')).to.match(/^rgb/);
    expect(text, 'presentation attributes, not a style attribute a strict CSP refuses').not.to.contain('style=');
  });

  it('lays out a 40-step process and keeps it readable by zooming and scrolling', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow style="width: 800px" orientation="lr"></gk-process-flow>`,
    );
    el.data = chain(40);
    await drawn(el);
    expect(nodes(el)).to.have.length(40);
    const svg = root(el).querySelector('svg.chart')!;
    const plus = [...root(el).querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === '放大')!;
    const before = svg.getBoundingClientRect().width;
    plus.click();
    await el.updateComplete;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(before * 1.2);
  });

  it('passes axe-core, also in kiosk size', async () => {
    const el = await fixture<GkProcessFlow>(
      html`<gk-process-flow src=${FEED} process="proc-licensing" active-step="review"></gk-process-flow>`,
    );
    await drawn(el);
    await expect(el).to.be.accessible();
    el.setAttribute('size', 'kiosk');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
