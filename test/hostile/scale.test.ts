// Scale cases from the audit (issue 37, "still open"): work that grew with the square of a process's
// size, and the one rule for large `.data` lists, which SECURITY.md must state as the code applies it.
// Each failed before its fix. No timing: work is counted, not timed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LONG_LIST, processGraph, type Process, type ProcessEdge } from '../../packages/sdk/src/index.js';

/** A chain start → s0 → … → s(n-1) → end, each step also sent back to the start (补正). */
function chain(n: number): Process {
  const ids = ['start', ...Array.from({ length: n }, (_, i) => `s${i}`), 'end'];
  const edges: ProcessEdge[] = ids.slice(1).map((to, i) => ({ from: ids[i]!, to }));
  for (let i = 0; i < n; i += 2) edges.push({ from: `s${i}`, to: 'start', label: '补正' });
  return {
    id: 'p',
    name: '长流程',
    nodes: ids.map((id, i) => ({
      id,
      label: `步骤${i}`,
      kind: i === 0 ? 'start' : i === ids.length - 1 ? 'end' : 'step',
    })),
    edges,
  };
}

/** The edges, with every read of an edge counted. */
function counted(edges: ProcessEdge[]): { edges: ProcessEdge[]; visits: () => number } {
  let visits = 0;
  const proxy = new Proxy(edges, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) visits++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { edges: proxy, visits: () => visits };
}

describe('a process of 100,000 steps (issue 37)', () => {
  it("each step's next steps are found by looking up its edges, not by scanning all of them: edges are read once", () => {
    const process = chain(100_000);
    const { edges, visits } = counted(process.edges);
    const graph = processGraph({ nodes: process.nodes, edges });
    let found = 0;
    for (const n of process.nodes) found += graph.next(n.id).length;
    assert.equal(found, process.edges.length, 'every edge is some step’s next step');
    // A scan per step would read 100,002 × 150,001 edges; an index reads each edge once.
    assert.ok(visits() <= process.edges.length, `${visits()} edge reads for ${process.edges.length} edges`);
  });

  it('gives the next steps in published order, with their labels, and a missing target as unknown', () => {
    const graph = processGraph({
      nodes: [
        { id: 'constructor', kind: 'start', label: '申请' },
        { id: 'a', kind: 'step', label: '受理' },
        { id: 'a', kind: 'end', label: '重复' },
      ],
      edges: [
        { from: 'constructor', to: 'a', label: '受理' },
        { from: 'constructor', to: 'nowhere' },
      ],
    });
    const next = graph.next('constructor');
    assert.deepEqual(
      next.map((s) => [s.edge.label, s.to?.label]),
      [
        ['受理', '受理'],
        [undefined, undefined],
      ],
    );
    assert.equal(graph.node('a')?.label, '受理', 'the first of two nodes with one id, as everywhere else');
    assert.deepEqual(graph.next('toString'), []);
    assert.equal(graph.node('hasOwnProperty'), undefined);
  });
});

describe('the rule for long lists, as SECURITY.md states it (issue 37)', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const security = read('SECURITY.md').replace(/\s+/g, ' ');
  const number = (re: RegExp) => {
    const m = re.exec(security);
    assert.ok(m, `SECURITY.md does not say ${re}`);
    return Number(m[1]!.replace(/,/g, ''));
  };

  it('names the same numbers as the code: shown whole up to, first records shown, slice, the most records', () => {
    assert.equal(number(/list of up to ([\d,]+) records is checked at once and shown whole/), LONG_LIST.from);
    assert.equal(number(/list of more than ([\d,]+) records shows its first/), LONG_LIST.from);
    assert.equal(number(/shows its first ([\d,]+) records, each checked/), LONG_LIST.first);
    assert.equal(number(/validated at most ([\d,]+) records per task/), LONG_LIST.slice);
    const max = /export const MAX_DATA_RECORDS = ([\d_]+);/.exec(read('packages/widgets/src/base/data-element.ts'));
    assert.equal(number(/Over ([\d,]+) records `\.data` is refused/), Number(max![1]!.replace(/_/g, '')));
  });

  it('makes one promise, not two: the first records are shown marked, and the list is never left half-shown', () => {
    assert.doesNotMatch(security, /never half-shown/);
    assert.match(security, /never left half-shown/);
  });
});
