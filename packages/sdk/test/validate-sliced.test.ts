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
/** A budget of 10 类 × 10 款 × `perSection` 项, every parent the sum of its items. */
function longBudget(perSection: number) {
  const lines: { code: string; name: string; total: number; [k: string]: unknown }[] = [];
  for (let c = 1; c <= 10; c++) {
    const kids: typeof lines = [];
    for (let k = 1; k <= 10; k++) {
      const sec = `2${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
      const items = Array.from({ length: perSection }, (_, x) => ({
        code: `${sec}${String(x + 1).padStart(2, '0')}`,
        name: `项目${x + 1}`,
        total: x + 1,
      }));
      kids.push({ code: sec, name: `第${k}款`, total: items.reduce((a, i) => a + i.total, 0) }, ...items);
    }
    const total = kids.filter((l) => l.code.length === 5).reduce((a, l) => a + l.total, 0);
    lines.push({ code: `2${String(c).padStart(2, '0')}`, name: `第${c}类`, total }, ...kids);
  }
  return {
    kind: 'budget',
    id: 'b',
    updated: '2026-02-18',
    department: '示例县民政局',
    year: 2026,
    phase: 'budget',
    unit: '万元',
    lines,
  };
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

  it("checks a long budget's lines a slice at a time and says what validate() says", async () => {
    const data = longBudget(50); // 5,110 lines
    const far = data.lines.length - 7;
    data.lines[far] = { ...data.lines[far]!, total: data.lines[far]!.total + 1, colour: 'red' }; // sum off, a stray field
    const whole = validate('budget', data);
    let pauses = 0;
    const sliced = await validateSliced('budget', data, { slice: 500, pause: async () => void pauses++ });
    assert.ok(pauses >= 10, `paused ${pauses} times`);
    assert.deepEqual(summary(sliced.issues), summary(whole.issues));
    assert.ok(
      summary(sliced.issues).some((s) => s.includes('sum_mismatch')),
      summary(sliced.issues).join('\n'),
    );
    assert.ok(
      summary(sliced.issues).some((s) => s.includes(`lines.${far}.colour`)),
      summary(sliced.issues).join('\n'),
    );
    assert.deepEqual(sliced.data, whole.data);
    // A line the schema refuses: no data, and the same issues.
    (data.lines[far] as { total: unknown }).total = '12';
    const bad = await validateSliced('budget', data, { slice: 500, pause: async () => undefined });
    assert.equal(bad.data, undefined);
    assert.deepEqual(summary(bad.issues), summary(validate('budget', data).issues));
    // A file of another kind is refused before any slice, as validate() refuses it: no data.
    const other = await validateSliced('budget', { ...longBudget(1), kind: 'final-account', phase: 'final' });
    assert.equal(other.data, undefined);
    assert.deepEqual(summary(other.issues), ['error kind_mismatch kind']);
  });

  it("pauses inside a budget's checks too (parents against children over 5,000 lines), and stops there when cancelled", async () => {
    const data = longBudget(50); // 5,110 lines
    let pauses = 0;
    // A budget of 0 ms: a pause after each step, 100 lines of shapes or 512 lines of checks.
    const r = await validateSliced('budget', data, { budgetMs: 0, pause: async () => void pauses++ });
    const shapePauses = Math.ceil(data.lines.length / 100) - 1;
    assert.equal(r.ok, true);
    assert.ok(pauses >= shapePauses + 20, `${pauses} pauses, ${shapePauses} of them between slices of shapes`);
    let seen = 0;
    const cancelled = await validateSliced('budget', data, {
      budgetMs: 0,
      pause: async () => void seen++,
      cancelled: () => seen > shapePauses + 5,
    });
    assert.equal(cancelled.ok, false);
    assert.equal(cancelled.data, undefined, 'stopped in the checks: no data said to be checked');
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
