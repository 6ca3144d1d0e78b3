/**
 * The validator's fast path against zod itself: whatever the fast path passes, zod accepts and
 * gives back deep-equal. Checked on every sample dataset and on thousands of one-change mutations
 * of them (a field emptied, padded, reversed, retyped, out of range, removed, or one added).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SCHEMAS } from '../src/model/schemas.js';
import { passesUnchanged } from '../src/validate/fast-path.js';
import { validate, type SchemaKind } from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const datasets = Object.values(feed.datasets) as { kind: SchemaKind }[];

/** A small seeded generator: the same mutations on every run. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const MUTATIONS: ((v: unknown) => unknown)[] = [
  () => '',
  (v) => (typeof v === 'string' ? ` ${v} ` : ' x '),
  (v) => (typeof v === 'string' ? `\u202E${v}` : '\u202Ex'),
  () => 0,
  () => -5,
  () => 1.5,
  () => 1e16,
  () => Number.NaN,
  () => Infinity,
  () => null,
  () => true,
  () => ({}),
  () => [],
  () => 'no-such-value',
  () => '2026-02-30',
  () => '2026-02-28',
  () => 'https://example.org/a',
  () => 'javascript:alert(1)',
  (v) => (typeof v === 'number' ? String(v) : v),
  (v) => (typeof v === 'string' ? Number(v) || 7 : v),
];

/** Every path to a value inside `v`. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** `data` with one change at a random place: a value replaced, a field removed, or one added. */
function mutate(data: unknown, next: () => number): unknown {
  const copy = clone(data) as Record<string | number, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[Math.floor(next() * all.length)]!;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const r = next();
  if (r < 0.08 && !Array.isArray(parent)) delete parent[key];
  else if (r < 0.14 && !Array.isArray(parent)) parent.unexpectedField = 'x';
  else parent[key] = MUTATIONS[Math.floor(next() * MUTATIONS.length)]!(parent[key]);
  return copy;
}

describe('validator fast path', () => {
  it('passes every sample dataset as it is, so validate() keeps the input instead of copying it', () => {
    assert.ok(datasets.length >= 20);
    for (const d of datasets) {
      assert.ok(passesUnchanged(SCHEMAS[d.kind], d), d.kind);
      const r = validate(d.kind, d);
      assert.ok(r.ok, d.kind);
      assert.equal(r.data, d, `${d.kind}: the data is the input, not a copy`);
    }
    assert.ok(passesUnchanged(SCHEMAS.manifest, feed.manifest));
  });

  it('passes only what zod accepts unchanged, over thousands of one-change mutations', () => {
    const next = random(2026);
    let passed = 0;
    let refused = 0;
    for (let i = 0; i < 4000; i++) {
      const d = datasets[i % datasets.length]!;
      const schema = SCHEMAS[d.kind];
      const m = mutate(d, next);
      if (!passesUnchanged(schema, m)) {
        refused++;
        continue;
      }
      passed++;
      const z = schema.safeParse(m);
      assert.ok(z.success, `${d.kind} mutation ${i}: the fast path passed what zod refuses`);
      assert.deepStrictEqual(z.data, m, `${d.kind} mutation ${i}: zod would have changed it`);
    }
    // Both ways are exercised: many mutations are still valid (an amount of 0, a date), many are not.
    assert.ok(passed > 400 && refused > 1000, `passed ${passed}, refused ${refused}`);
  });

  it('leaves text that needs cleaning, unknown fields and failures to zod, with the same outcome', () => {
    const fees = clone(feed.datasets['fees-nr']);
    fees.items[0].name = ` ${fees.items[0].name}`;
    fees.items[1].typo = 'x';
    assert.equal(passesUnchanged(SCHEMAS['fee-list'], fees), false);
    const r = validate('fee-list', fees);
    assert.notEqual(r.data, fees, 'cleaned: a copy');
    assert.equal(r.data!.items[0]!.name, fees.items[0].name.trim());
    assert.deepEqual(
      r.issues.map((i) => i.code),
      ['unknown_field'],
    );
  });
});
