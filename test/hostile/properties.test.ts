// Property-based tests (fast-check): generated valid datasets are accepted; mutated ones never
// make the validator throw and every rejection has a path; helpers keep their invariants.
// Bounded runs; a fixed seed in CI (reproducible), a random one locally (prints it on failure).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildBudgetTree,
  convertAmount,
  formatAmount,
  issueMessage,
  validate,
  walkBudgetTree,
  type Fee,
  type FeeStandard,
} from '../../packages/sdk/src/index.js';

const params = { numRuns: 150, ...(process.env.CI ? { seed: 42 } : {}) };

const money = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const standard: fc.Arbitrary<FeeStandard> = fc.oneof(
  fc.record({ type: fc.constant('fixed' as const), amount: money, per: fc.option(text, { nil: undefined }) }),
  fc.tuple(money, money).map(([a, b]) => ({ type: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ type: fc.constant('per-unit' as const), rate: money, per: text }),
  fc
    .array(fc.record({ label: text, amount: money }), { minLength: 1, maxLength: 4 })
    .map((tiers) => ({ type: 'tiered' as const, tiers })),
  fc.constant({ type: 'free' as const }),
  fc.constant({ type: 'suspended' as const }),
);
const fee = (i: number): fc.Arbitrary<Fee> =>
  fc
    .record({
      name: text,
      department: text,
      category: fc.constantFrom('administrative' as const, 'fund' as const, 'service' as const),
      basis: fc.array(
        fc.record({ title: text, url: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: undefined }) }),
        { maxLength: 3 },
      ),
      standard: fc.option(standard, { nil: undefined }),
    })
    .map((f) => {
      const out: Fee = { id: `fee-${i}`, ...f, basis: f.basis.map((b) => (b.url ? b : { title: b.title })) };
      if (!out.standard) delete out.standard;
      return out;
    });
const feeList = fc
  .integer({ min: 0, max: 12 })
  .chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => fee(i)))
      .map((items) => ({ kind: 'fee-list', id: 'generated', updated: '2026-03-01', items })),
  );

/** Every path in a JSON value, for mutation. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

describe('properties', () => {
  it('generated valid fee lists are accepted', () => {
    fc.assert(
      fc.property(feeList, (list) => {
        const r = validate('fee-list', list);
        assert.equal(r.ok, true, JSON.stringify(r.issues.slice(0, 3)));
      }),
      params,
    );
  });

  it('a mutated fee list never makes the validator throw, and every rejection names a path', () => {
    fc.assert(
      fc.property(feeList, fc.nat(), fc.jsonValue(), fc.boolean(), (list, pick, junk, drop) => {
        const all = paths(list).filter((p) => p.length > 0);
        const copy = structuredClone(list) as Record<string | number, unknown>;
        if (all.length) {
          const p = all[pick % all.length]!;
          let o = copy as Record<string | number, unknown>;
          for (const k of p.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
          if (drop) delete o[p.at(-1)!];
          else o[p.at(-1)!] = junk;
        }
        const r = validate('fee-list', copy);
        if (!r.ok) {
          assert.ok(r.issues.length > 0);
          for (const i of r.issues) {
            assert.ok(Array.isArray(i.path) && i.path.every((s) => typeof s === 'string' || typeof s === 'number'));
            assert.ok(issueMessage(i)['zh-CN'] && issueMessage(i).en);
          }
        }
      }),
      params,
    );
  });

  it('budget trees built from generated leaves: every parent equals the sum of its children', () => {
    const leaves = fc.uniqueArray(
      fc.tuple(
        fc.integer({ min: 201, max: 230 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5_000_00 }),
      ),
      {
        minLength: 1,
        maxLength: 80,
        selector: ([a, b, c]) => `${a}-${b}-${c}`,
      },
    );
    fc.assert(
      fc.property(leaves, (items) => {
        const cents = new Map<string, number>();
        for (const [a, b, c, v] of items) {
          const item = `${a}${String(b).padStart(2, '0')}${String(c).padStart(2, '0')}`;
          for (const code of [item.slice(0, 3), item.slice(0, 5), item]) cents.set(code, (cents.get(code) ?? 0) + v);
        }
        const lines = [...cents].map(([code, c]) => ({ code, name: code, total: c / 100 }));
        const tree = buildBudgetTree(lines);
        for (const n of walkBudgetTree(tree.roots)) {
          assert.equal(n.mismatch, false, n.code);
          if (n.children.length) assert.ok(Math.abs(n.childrenSum! - n.total!) < 1e-6, n.code);
        }
        assert.equal(
          validate('budget', {
            kind: 'budget',
            id: 'g',
            updated: '2026-01-01',
            department: 'd',
            year: 2026,
            phase: 'budget',
            unit: '万元',
            lines,
          }).ok,
          true,
        );
      }),
      params,
    );
  });

  it('amount conversion and formatting round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (c) => {
        const v = c / 100; // 万元 with two decimals, as published
        assert.equal(convertAmount(convertAmount(v, '万元', '元'), '元', '万元'), v);
        assert.equal(convertAmount(convertAmount(v, '万元', '亿元'), '亿元', '万元'), v);
        const shown = formatAmount(v, { unit: '万元' });
        assert.ok(shown.endsWith(' 万元'));
        assert.equal(Number(shown.replace(' 万元', '').replace(/,/g, '')), Number(v.toFixed(2)));
      }),
      params,
    );
  });
});
