/**
 * Steps: one computation, run at once or a slice at a time with pauses, with the same result.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CANCELLED, runSteps, runStepsSoon, type Steps } from '../src/helpers/steps.js';

function* count(n: number, log: string[] = []): Steps<number> {
  let sum = 0;
  try {
    for (let i = 1; i <= n; i++) {
      sum += i;
      yield;
    }
  } finally {
    log.push('finally');
  }
  return sum;
}

describe('steps', () => {
  it('gives the same result at once and in slices', async () => {
    assert.equal(runSteps(count(100)), 5050);
    let pauses = 0;
    assert.equal(await runStepsSoon(count(100), { budgetMs: 0, pause: async () => void pauses++ }), 5050);
    assert.equal(pauses, 100, 'a pause after each step when the budget is 0 ms');
  });

  it('returns at once, not a promise, when the steps end within the first slice', () => {
    assert.equal(runStepsSoon(count(10), { firstMs: 1000 }), 55);
    const later = runStepsSoon(count(10), { firstMs: 0, budgetMs: 1000, pause: async () => undefined });
    assert.ok(later instanceof Promise);
  });

  it('stops at a pause when cancelled, and lets the steps clean up', async () => {
    const log: string[] = [];
    let pauses = 0;
    const r = await runStepsSoon(count(100, log), {
      budgetMs: 0,
      pause: async () => void pauses++,
      cancelled: () => pauses === 3,
    });
    assert.equal(r, CANCELLED);
    assert.deepEqual(log, ['finally']);
  });
});
