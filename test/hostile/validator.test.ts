// Hostile shapes for the validator and helpers (issue 20, class 6): depth and length that used to
// overflow the call stack. Each case threw before its fix.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { longestPathDays, validate, type Process } from '../../packages/sdk/src/index.js';
import { clone, loadSampleFeed } from '../../packages/sdk/test/sample-feed.js';

describe('hostile shapes (issue 20)', () => {
  it('6. a field nested 30,000 levels deep next to a link to drop: reported, never thrown', () => {
    const fees = clone(loadSampleFeed().datasets['fees-nr']);
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 30_000; i++) deep = (deep.x = {}) as Record<string, unknown>;
    fees.items[0].extra = root;
    fees.items[0].basis[0].url = 'javascript:alert(1)';
    const r = validate('fee-list', fees, { dropUnsafeLinks: true });
    assert.equal(r.ok, true);
    assert.deepEqual(r.issues.map((i) => i.code).sort(), ['unknown_field', 'unsafe_link_dropped']);
    assert.equal(r.data!.items[0]!.basis[0]!.url, undefined, 'the link is dropped');
    assert.equal(fees.items[0].basis[0].url, 'javascript:alert(1)', 'the input is left as it was');
  });

  it('6. the critical path of a 10,000-step chain, without recursion', () => {
    const ids = ['start', ...Array.from({ length: 10_000 }, (_, i) => `s${i}`), 'end'];
    const p: Process = {
      id: 'p',
      name: 'chain',
      nodes: ids.map((id, i) => ({
        id,
        label: id,
        kind: i === 0 ? 'start' : i === ids.length - 1 ? 'end' : 'step',
        days: 1,
      })),
      edges: ids.slice(1).map((to, i) => ({ from: ids[i]!, to })),
    };
    assert.equal(validate('process', { kind: 'process', id: 'x', updated: '2026-01-01', processes: [p] }).ok, true);
    const path = longestPathDays(p);
    assert.equal(path.days, 10_002);
    assert.equal(path.nodes.length, 10_002);
  });
});
