/**
 * RowWindow: which rows a long table renders for a scroll position. Laid out lazily (a screenful at
 * the top of 300,000 rows), it must give the same window as laying out every row would.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RowWindow } from '../src/util/row-window.js';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

/** The window from a layout of every row, for comparison. */
function naiveRange(ks: string[], heights: Map<string, number>, est: number, top: number, view: number, over = 6) {
  const o = [0];
  for (const k of ks) o.push(o.at(-1)! + (heights.get(k) ?? est));
  const find = (y: number) => {
    let i = 0;
    while (i < ks.length && o[i + 1]! <= y) i++;
    return i;
  };
  const start = Math.max(0, find(top) - over);
  const end = Math.min(ks.length, find(top + view) + 1 + over);
  return { start, end, top: o[start]!, bottom: o[ks.length]! - o[end]! };
}

describe('RowWindow', () => {
  it('gives the window a full layout gives, at the top and deep in a long list, with measured rows', () => {
    const ks = keys(20_000);
    const w = new RowWindow(44);
    w.setKeys(ks);
    assert.deepEqual(w.range(0, 600), naiveRange(ks, new Map(), 44, 0, 600));
    const heights = new Map<string, number>();
    for (let i = 0; i < 20; i++) heights.set(`k${i}`, 40 + (i % 5) * 20); // wrapped rows are taller
    for (const [k, h] of heights) w.measure(k, h);
    const est = [...heights.values()].reduce((a, b) => a + b) / heights.size;
    for (const top of [0, 500, 3000, 400_000, 879_000])
      assert.deepEqual(w.range(top, 600), naiveRange(ks, heights, est, top, 600), `at scrollTop ${top}`);
    assert.equal(
      w.offsetOf(10),
      [...heights.values()].slice(0, 10).reduce((a, b) => a + b),
    );
  });

  it('starts again from the top when the keys change (a search), and handles an empty list', () => {
    const w = new RowWindow(44);
    w.setKeys(keys(300_000));
    const deep = w.range(44 * 150_000, 660);
    assert.equal(deep.start, 150_000 - 6);
    w.setKeys(keys(3));
    assert.deepEqual(w.range(0, 600), { start: 0, end: 3, top: 0, bottom: 0 });
    w.setKeys([]);
    assert.deepEqual(w.range(0, 600), { start: 0, end: 0, top: 0, bottom: 0 });
  });
});
