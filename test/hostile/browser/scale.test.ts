// Scale cases from the audit (issue 37, "still open"), in Chromium: each failed before its fix.
// Nothing here is timed: the page's turns of the event loop are counted, and requests are counted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Process } from '@gongkai/sdk/core';
import '../../../packages/widgets/src/index.js';
import type { GkProcessFlow } from '../../../packages/widgets/src/process-flow/process-flow.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const settled = (el: HTMLElement & { loadStatus: string }) =>
  waitUntil(() => el.loadStatus === 'ready' || el.loadStatus === 'error', `${el.localName} did not settle`, {
    timeout: 30_000,
  });

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
});
