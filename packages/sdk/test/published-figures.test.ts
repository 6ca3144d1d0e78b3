/**
 * Model version 2 (issue 12): what real publications print has a place, printed figures are kept
 * as printed, our arithmetic only flags, and files of model version 1 still validate.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  compareWithPublishedPrevious,
  formatIssue,
  formatPath,
  formatUpdated,
  materialForm,
  threePublicChanges,
  validate,
  type SchemaKind,
  type ValidationIssue,
} from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const V1 = fileURLToPath(new URL('../../../test/fixtures/model-v1/', import.meta.url));

const issue = (issues: ValidationIssue[], code: string) => issues.find((i) => i.code === code);
const codes = (kind: SchemaKind, data: unknown) => validate(kind, data).issues.map((i) => i.code);

/** A small budget: 208 with two 款, printed 合计 row. */
function budget(overrides: Record<string, unknown> = {}) {
  return {
    modelVersion: 2,
    kind: 'budget',
    id: 'b',
    updated: '2026-02-18',
    department: '示例县民政局',
    year: 2026,
    phase: 'budget',
    unit: '万元',
    lines: [
      { code: '208', name: '社会保障和就业支出', total: 100 },
      { code: '20802', name: '民政管理事务', total: 60 },
      { code: '20805', name: '行政事业单位养老支出', total: 40 },
    ],
    total: { total: 100 },
    ...overrides,
  };
}

describe('model versions', () => {
  it('validates every file written by model version 1 without an error', () => {
    const files = readdirSync(V1);
    assert.ok(files.length >= 6);
    for (const f of files) {
      const data = JSON.parse(readFileSync(V1 + f, 'utf8'));
      const r = validate((data.kind ?? 'manifest') as SchemaKind, data);
      const errors = r.issues.filter((i) => i.severity === 'error');
      assert.deepEqual(
        errors.map((i) => formatIssue(i)),
        [],
        f,
      );
      assert.equal(data.modelVersion, undefined, `${f} is a version 1 file`);
    }
  });

  it('refuses a file of a newer model with a message that says to upgrade', () => {
    const r = validate('budget', budget({ modelVersion: 3 }));
    const i = issue(r.issues, 'model_version_newer');
    assert.ok(i);
    assert.match(formatIssue(i), /升级 gongkai/);
    assert.match(formatIssue(i, 'en'), /upgrade gongkai/);
  });

  it('writes the sample feed as model version 2, and it validates without an error', () => {
    assert.equal(feed.manifest.modelVersion, 2);
    for (const [id, d] of Object.entries(feed.datasets)) {
      assert.equal(d.modelVersion, 2, id);
      assert.equal(validate(d.kind, d).ok, true, id);
    }
  });
});

describe('published totals', () => {
  it('checks the printed 合计 against the classes: a gap above is an error, lines short of it are partial', () => {
    const over = validate('budget', budget({ total: { total: 90 } }));
    const e = issue(over.issues, 'total_mismatch');
    assert.equal(e?.severity, 'error');
    assert.match(formatIssue(e!), /公布的合计为 90，但各类科目之和为 100/);
    const under = validate('budget', budget({ total: { total: 120 } }));
    const w = issue(under.issues, 'lines_partial');
    assert.equal(w?.severity, 'warning');
    assert.match(formatIssue(w!), /明细不全/);
    assert.equal(validate('budget', budget()).issues.length, 0);
  });

  it('keeps a blank parent blank: no error for it, and no number made up', () => {
    const b = budget();
    b.lines[0] = { code: '208', name: '社会保障和就业支出', total: null as unknown as number };
    const r = validate('budget', b);
    assert.equal(r.ok, true);
    assert.equal(r.data?.lines[0]?.total, null);
  });

  it('checks the 三公 vehicle subtotal against its two parts, and calls a subtotal with a part missing partial', () => {
    const tp = clone(feed.datasets['three-public-2025-nr']);
    const vehicle = tp.lines.find((l: any) => l.category === 'vehicle');
    assert.equal(vehicle.actual, 30.53, 'the sample prints 17.6 + 12.93');
    assert.equal(validate('three-public', tp).issues.filter((i) => i.code.startsWith('subtotal')).length, 0);
    vehicle.actual = 31;
    const e = issue(validate('three-public', tp).issues, 'subtotal_mismatch');
    assert.match(formatIssue(e!), /公务用车购置及运行维护费为 31，但其组成部分之和为 30.53/);
    const partial = clone(feed.datasets['three-public-2025-nr']);
    partial.lines = partial.lines.filter((l: any) => l.category !== 'vehicle-purchase');
    const w = issue(validate('three-public', partial).issues, 'subtotal_partial');
    assert.equal(w?.severity, 'warning');
    assert.match(formatIssue(w!), /缺少其组成部分（公务用车购置费）/);
    // The summary shows the printed figures, and says the parts are partial rather than "disagrees".
    const s = threePublicChanges(validate('three-public', partial).data!);
    assert.equal(s.vehicle?.actual, 30.53);
    assert.deepEqual(s.vehicle?.missing, ['vehicle-purchase']);
    assert.deepEqual(s.vehicle?.mismatch, []);
  });

  it('records 三公 scope (本级/汇总) and fund (一般公共预算/财政拨款)', () => {
    const tp = clone(feed.datasets['three-public-2025-hrss']);
    assert.equal(tp.scope, 'own');
    tp.scope = '本级';
    assert.ok(codes('three-public', tp).includes('three_public_scope'));
  });
});

describe('published changes', () => {
  const withChange = (change: object, previous?: number) =>
    budget({
      lines: [{ code: '208', name: '社会保障和就业支出', total: 70, ...(previous ? { previous } : {}), change }],
      total: undefined,
    });

  it('133% printed as a whole number agrees with a computed 133.33%', () => {
    assert.equal(validate('budget', withChange({ percent: 133, percentDigits: 0 }, 30)).issues.length, 0);
    const r = validate('budget', withChange({ percent: 140, percentDigits: 0 }, 30));
    const w = issue(r.issues, 'change_mismatch');
    assert.equal(w?.severity, 'warning');
    assert.match(formatIssue(w!), /公布的比上年增减为 140%，按本年数和上年数计算为 133.33%/);
  });

  it('two printed decimals are held to two: -7.81% is not -7.95%', () => {
    const r = validate('budget', withChange({ percent: -7.81, percentDigits: 2 }, 76.03));
    assert.ok(issue(r.issues, 'change_mismatch'));
  });

  it('keeps a printed change with no 上年数, and shows it instead of a recomputed one', () => {
    const r = validate('budget', withChange({ amount: 12.5, amountDigits: 2, percent: 21.74, percentDigits: 2 }));
    assert.equal(r.issues.length, 0);
    const [row] = compareWithPublishedPrevious(r.data!);
    assert.equal(row?.previous, null, '"比上年增减" is a change, never a 上年数');
    assert.equal(row?.delta, null);
    assert.equal(row?.published?.amount, 12.5);
    assert.equal(row?.publishedMismatch, false);
  });
});

describe('rows as printed', () => {
  it('keeps a row printed without a code and says 缺少科目编码 in words', () => {
    const b = budget();
    b.lines.push({ name: '其他民政支出（未列编码）', total: 0 } as any);
    const r = validate('budget', b);
    const w = issue(r.issues, 'code_missing');
    assert.equal(w?.severity, 'warning');
    assert.match(formatIssue(w!), /^第 4 行 其他民政支出（未列编码） · lines\[3\]\.code：缺少科目编码/);
    assert.doesNotMatch(formatIssue(w!), /类型错误/);
    const nul = budget();
    nul.lines.push({ code: null, name: '上年结转', total: 5 } as any);
    const n = validate('budget', nul).issues.find((i) => formatPath(i.path) === 'lines[3].code');
    assert.match(formatIssue(n!), /缺少科目编码/);
    assert.doesNotMatch(formatIssue(n!), /类型错误/);
  });

  it('names a line as a clerk knows it: 第 N 行, its code and its name', () => {
    const b = budget();
    b.lines[1]!.total = 61;
    const e = validate('budget', b).issues.find((i) => i.code === 'sum_mismatch')!;
    assert.match(
      formatIssue(e),
      /^第 1 行 208 社会保障和就业支出 · lines\[0\]\.total：合计为 100，但下级科目合计为 101/,
    );
  });

  it('marks each economic code with its scheme and refuses a 301 marked as the government’s', () => {
    const b = budget({ economic: [{ code: '30101', scheme: 'government', name: '基本工资', amount: 10 }] });
    const e = issue(validate('budget', b).issues, 'economic_scheme_mismatch');
    assert.match(formatIssue(e!), /部门预算支出经济分类/);
    const ok = budget({ economic: [{ code: '50101', scheme: 'government', name: '工资奖金津补贴', amount: 10 }] });
    assert.equal(validate('budget', ok).issues.length, 0);
  });

  it('models the nine tables: an empty table needs its reason, and a two-sided table’s 总计 is checked', () => {
    const b = feed.datasets['budget-2026-hrss'];
    const names = b.tables.map((t: any) => t.table);
    assert.deepEqual(names, [
      'summary',
      'revenue',
      'expenditure',
      'fiscal-summary',
      'general-budget',
      'general-basic',
      'three-public',
      'government-fund',
      'state-capital',
    ]);
    assert.match(b.tables.find((t: any) => t.table === 'state-capital').emptyReason, /空表/);
    const blank = clone(b);
    delete blank.tables.at(-1).emptyReason;
    assert.ok(codes('budget', blank).includes('table_blank'));
    const off = clone(b);
    off.tables[0].revenueSide.at(-1).amount += 1;
    const e = validate('budget', off).issues.find((i) => i.code === 'total_mismatch')!;
    assert.equal(formatPath(e.path), 'tables[0].revenueSide[2].amount');
    assert.match(formatIssue(e), /公布的收入总计为/);
  });

  it('keeps revenue rows known only by their printed name, and checks the printed revenue total', () => {
    const b = budget({
      revenue: [
        { source: 'general-budget', amount: 90 },
        { name: '上级补助收入', amount: 10 },
        { name: '上年结转', amount: null },
      ],
      revenueTotal: 100,
    });
    assert.equal(validate('budget', b).issues.length, 0);
    ((b as any).revenue as any[]).push({ amount: 1 });
    assert.ok(codes('budget', b).includes('revenue_unnamed'));
  });
});

describe('fees, guides and dates', () => {
  const fees = (items: object[]) => ({ kind: 'fee-list', id: 'f', updated: '2026-01-01', items });
  const fee = (id: string, extra: object = {}) => ({
    id,
    name: id,
    department: '示例县自然资源局',
    category: 'administrative',
    basis: [{ number: '发改价格规〔2016〕2559号' }],
    ...extra,
  });

  it('holds sub-items (2(1) under 2), add-ons, "first one free", the treasury and a missing standard', () => {
    const list = fees([
      fee('bdc', { no: 2, fundManagement: 'central-treasury' }),
      fee('bdc-house', {
        no: '2(1)',
        parent: 'bdc',
        standard: { type: 'fixed', amount: 80, per: '件' },
        addOns: [{ label: '证书工本费', amount: 10, per: '本' }],
        firstFree: '第一本证书免收工本费',
      }),
      fee('bdc-other', { no: '2(2)', parent: 'bdc' }),
    ]);
    assert.deepEqual(validate('fee-list', list).issues, []);
    assert.ok(codes('fee-list', fees([fee('a', { parent: 'nope' })])).includes('fee_parent_missing'));
    assert.ok(
      codes('fee-list', fees([fee('a', { parent: 'b' }), fee('b', { parent: 'a' })])).includes('fee_parent_cycle'),
    );
  });

  it('reads a material’s form on two axes, from model 2 or from model 1’s single field', () => {
    assert.deepEqual(materialForm({ name: '身份证', copy: 'original', medium: 'electronic', required: true }), {
      copy: 'original',
      medium: 'electronic',
    });
    assert.deepEqual(materialForm({ name: '身份证', form: 'electronic', required: true }), { medium: 'electronic' });
    assert.deepEqual(materialForm({ name: '身份证', form: 'copy', required: true }), { copy: 'copy' });
  });

  it('holds the national guide elements and several phones', () => {
    const g = feed.datasets['guides-hrss'].guides[0];
    assert.deepEqual(g.audience, ['自然人']);
    assert.equal(g.caseType, 'immediate');
    assert.equal(g.consultPhones.length, 2);
    const bad = clone(feed.datasets['guides-hrss']);
    bad.guides[0].caseType = '即办件';
    assert.ok(codes('service-guide', bad).includes('case_type'));
  });

  it('accepts an unknown update date as null and says so, never making one up', () => {
    const b = budget({ updated: null });
    assert.equal(validate('budget', b).ok, true);
    assert.equal(formatUpdated(null), '数据更新日期未注明');
    assert.equal(formatUpdated(null, 'en'), 'Update date not stated');
    assert.ok(codes('budget', budget({ updated: '' })).length > 0, 'a blank date is not a date');
  });
});
