/**
 * `validateSliced`: the same issues as `validate()` for a long list (duplicate ids found across
 * slices included), checked in slices with a pause between them; a slice ends at its time budget.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { validate, validateSliced } from '../src/index.js';
import { loadSampleFeed } from './sample-feed.js';

const sample = loadSampleFeed();
const fees = sample.datasets['fees-nr'];

/** The sample's fees repeated to `n`, each with its own id but one, repeated far from its first. */
function longList(n: number) {
  const items = Array.from({ length: n }, (_, i) => ({ ...fees.items[i % fees.items.length], id: `fee-${i}` }));
  items[n - 3] = { ...items[n - 3], id: 'fee-1' }; // a duplicate, nine slices after the first
  return { ...fees, items };
}
const summary = (issues: { code: string; path: (string | number)[]; severity: string }[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.path.join('.')}`).sort();

describe('validateSliced', () => {
  it('says what validate() says of a long list, a duplicate id across slices included', async () => {
    const data = longList(1000);
    const whole = validate('fee-list', data);
    let pauses = 0;
    const sliced = await validateSliced('fee-list', data, {
      slice: 100,
      pause: async () => void pauses++,
    });
    assert.deepEqual(summary(sliced.issues), summary(whole.issues));
    assert.ok(
      summary(sliced.issues).some((s) => s === 'error duplicate_id items.997.id'),
      summary(sliced.issues).join('\n'),
    );
    assert.equal(sliced.ok, false);
    assert.ok(pauses >= 9, `paused ${pauses} times for 10 slices`);
  });

  it('ends a slice once its time budget is spent, however many records it may hold', async () => {
    const data = { ...fees, items: Array.from({ length: 1000 }, (_, i) => ({ ...fees.items[0], id: `f${i}` })) };
    let pauses = 0;
    // A budget of 0 ms is spent after the first step of 100 records.
    const r = await validateSliced('fee-list', data, { slice: 2000, budgetMs: 0, pause: async () => void pauses++ });
    assert.equal(r.ok, true);
    assert.equal(r.data?.items.length, 1000);
    assert.equal(pauses, 9, 'ten steps of 100, a pause between each');
  });
});
