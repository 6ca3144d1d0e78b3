import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  addWorkingDays,
  ancestorCodes,
  codeLevel,
  parentCode,
  buildBudgetTree,
  compareBudgets,
  convertAmount,
  createFeeSearch,
  createTextSearch,
  feeSortAmount,
  formatAmount,
  formatDate,
  formatFeeStandard,
  formatPercent,
  formatUpdated,
  formatWorkingDays,
  loadPinyin,
  longestPathDays,
  threePublicChanges,
  walkBudgetTree,
  type Budget,
  type Fee,
  type Process,
  type ThreePublic,
} from '../src/index.js';
import { loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const budget = (id: string) => feed.datasets[id] as Budget;

describe('classification codes', () => {
  it('walk 类 → 款 → 项 by code', () => {
    assert.deepEqual(ancestorCodes('2080101'), ['208', '20801', '2080101']);
    assert.equal(parentCode('20801'), '208');
    assert.equal(parentCode('208'), undefined);
    assert.deepEqual(['208', '20801', '2080101'].map(codeLevel), ['class', 'section', 'item']);
  });
});

describe('budget tree', () => {
  it('builds 类 → 款 → 项 from the codes with totals equal to the data', () => {
    const b = budget('budget-2026-hrss');
    const tree = buildBudgetTree(b.lines);
    const classes = b.lines.filter((l) => l.code?.length === 3);
    assert.deepEqual(
      tree.roots.map((r) => r.code),
      classes.map((c) => c.code).sort(),
    );
    const sum = classes.reduce((a, c) => a + (c.total ?? 0), 0);
    assert.ok(Math.abs(tree.total - sum) < 1e-6);
    const s208 = tree.byCode.get('208')!;
    assert.deepEqual(
      s208.children.map((c) => c.code),
      ['20801', '20805', '20807'],
    );
    assert.equal(tree.byCode.get('2080101')!.level, 'item');
    for (const n of walkBudgetTree(tree.roots)) assert.equal(n.mismatch, false, n.code);
  });

  it('synthesizes a parent the table left out and marks a parent that disagrees with its children', () => {
    const tree = buildBudgetTree([
      { code: '208', name: '社会保障和就业支出', total: 100 },
      { code: '20801', name: '人力资源和社会保障管理事务', total: 60 },
      { code: '2080101', name: '行政运行', total: 50 },
      { code: '2080102', name: '一般行政管理事务', total: 10 },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', total: 30 },
    ]);
    const s208 = tree.byCode.get('208')!;
    assert.equal(s208.childrenSum, 90);
    assert.equal(s208.mismatch, true);
    const synthetic = tree.byCode.get('20805')!;
    assert.equal(synthetic.line, undefined);
    // Nothing is printed for it: its total stays unknown, its size is our sum, marked computed.
    assert.equal(synthetic.total, null);
    assert.equal(synthetic.value, 30);
    assert.equal(synthetic.computed, true);
    assert.equal(tree.byCode.get('20801')!.mismatch, false);
  });

  it('never passes a blank parent off as published: total null, children summed apart and marked computed', () => {
    const tree = buildBudgetTree([
      { code: '208', name: '社会保障和就业支出', total: null },
      { code: '20801', name: '人力资源和社会保障管理事务', total: 60.5 },
      { code: '20805', name: '行政事业单位养老支出', total: 39.5 },
    ]);
    const s208 = tree.byKey.get('208')!;
    assert.equal(s208.total, null);
    assert.equal(s208.childrenSum, 100);
    assert.equal(s208.computed, true);
    assert.equal(s208.mismatch, false);
  });

  it('keeps rows printed without a code under the coded line above them, in printed order', () => {
    const tree = buildBudgetTree([
      { code: '208', name: '社会保障和就业支出', total: 100 },
      { code: '20805', name: '行政事业单位养老支出', total: 100 },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', total: 70 },
      { name: '其他养老支出（未列编码）', total: 30 },
      { name: '上年结转', total: 5 },
    ]);
    const s20805 = tree.byKey.get('20805')!;
    assert.deepEqual(
      s20805.children.map((c) => [c.code, c.name]),
      [
        ['2080505', '机关事业单位基本养老保险缴费支出'],
        [undefined, '其他养老支出（未列编码）'],
        [undefined, '上年结转'],
      ],
    );
    assert.equal(s20805.mismatch, true, '70 + 30 + 5 is not the printed 100');
    assert.equal(s20805.children[1]!.level, 'item');
  });

  it('builds a 5,000-line hierarchy whose parents equal the sum of their children', () => {
    const lines = [];
    for (let c = 0; c < 20; c++) {
      const cls = String(201 + c);
      for (let k = 1; k <= 10; k++) {
        const sec = cls + String(k).padStart(2, '0');
        for (let x = 1; x <= 25; x++) lines.push({ code: sec + String(x).padStart(2, '0'), name: `项${x}`, total: x });
      }
    }
    const tree = buildBudgetTree(lines);
    assert.equal(tree.byCode.size, lines.length + 20 * 10 + 20);
    assert.equal(lines.length, 5000);
    assert.equal(tree.total, 20 * 10 * ((25 * 26) / 2));
    assert.equal(tree.byCode.get('20101')!.value, (25 * 26) / 2);
  });
});

describe('comparisons', () => {
  it('compares this year with last year per line, with the right percent', () => {
    const cur = budget('budget-2026-hrss');
    const prev = budget('budget-2025-hrss');
    const c = compareBudgets(cur, prev);
    const line = c.lines.find((l) => l.code === '2080101')!;
    const a = cur.lines.find((l) => l.code === '2080101')!.total!;
    const b = prev.lines.find((l) => l.code === '2080101')!.total!;
    assert.equal(line.current, a);
    assert.equal(line.previous, b);
    assert.ok(Math.abs(line.percent! - ((a - b) / b) * 100) < 1e-9);
    assert.equal(line.notable, Math.abs(line.percent!) >= 10);
  });

  it('compares 预算 with 决算 without adding them, and keeps lines present on one side only', () => {
    const f = budget('final-2025-nr');
    const b = {
      ...budget('budget-2025-nr'),
      lines: budget('budget-2025-nr').lines.filter((l) => l.code !== '2200109'),
    };
    const c = compareBudgets(f, b);
    assert.equal(c.current.phase, 'final');
    assert.equal(c.previous.phase, 'budget');
    const only = c.lines.find((l) => l.code === '2200109')!;
    assert.equal(only.previous, null);
    assert.equal(only.percent, null);
    assert.ok(only.current! > 0);
  });

  it('converts the other side to the same unit before comparing', () => {
    const cur = budget('budget-2026-hrss');
    const prevYuan: Budget = { ...budget('budget-2025-hrss'), unit: '元' };
    prevYuan.lines = prevYuan.lines.map((l) => ({
      ...l,
      total: l.total === null ? null : convertAmount(l.total, '万元', '元'),
    }));
    const same = compareBudgets(cur, budget('budget-2025-hrss')).lines.find((l) => l.code === '208')!;
    const mixed = compareBudgets(cur, prevYuan).lines.find((l) => l.code === '208')!;
    assert.ok(Math.abs(same.percent! - mixed.percent!) < 1e-9);
  });

  it('gives 三公 changes with reasons and flags a published percent that disagrees', () => {
    const s = threePublicChanges(feed.datasets['three-public-2025-nr'] as ThreePublic);
    assert.deepEqual(
      s.lines.map((l) => l.category),
      ['abroad', 'vehicle-purchase', 'vehicle-operation', 'reception'],
    );
    const reception = s.lines[3]!;
    assert.equal(reception.percentMismatch, true);
    assert.equal(reception.publishedPercent, -7.81);
    assert.equal(Number(reception.percent!.toFixed(2)), 7.8);
    assert.match(reception.reason!, /接待/);
    assert.equal(s.lines[2]!.percentMismatch, false);
    assert.equal(s.lines[1]!.percent, null, 'no percent from a zero base');
    assert.ok(Math.abs(s.total.current! - (0 + 17.6 + 12.93 + 3.18)) < 1e-9);
  });
});

describe('fee search', () => {
  const fees = Object.values(feed.datasets)
    .filter((d: any) => d.kind === 'fee-list')
    .flatMap((d: any) => d.items) as Fee[];

  it('finds 不动产登记费 by pinyin initials "bdc", highlighting the matched characters', async () => {
    const search = createFeeSearch(fees, { pinyin: await loadPinyin() });
    const hits = search.search('bdc');
    assert.ok(hits.length >= 4);
    assert.ok(hits.every((h) => h.fee.name.startsWith('不动产')));
    assert.deepEqual(hits[0]!.ranges, [[0, 3]]);
  });

  it('matches full pinyin, Chinese text, full-width input and several terms at once', async () => {
    const search = createFeeSearch(fees, { pinyin: await loadPinyin() });
    assert.ok(search.search('huohua').some((h) => h.fee.name === '遗体火化费'));
    assert.equal(search.search('火化')[0]!.fee.name, '遗体火化费');
    assert.deepEqual(search.search('身份证')[0]!.ranges, [[2, 5]]);
    assert.ok(search.search('ＢＤＣ').length >= 4, 'full-width letters fold to half-width');
    const both = search.search('bdc 住宅');
    assert.ok(
      both.length > 0 &&
        both.every((h) => h.fee.name.includes('住宅') || formatFeeStandard(h.fee.standard).includes('住宅')),
    );
  });

  it('finds fees by amount and by basis document number', () => {
    const search = createFeeSearch(fees);
    assert.ok(search.search('550').some((h) => h.fee.id === 'fee-bdc-nonhouse'));
    assert.ok(search.search('2559号').some((h) => h.fee.id === 'fee-bdc-house'));
    assert.equal(search.search('bdc').length, 0, 'without the pinyin dictionary, initials do not match');
    assert.equal(search.search('').length, fees.length);
  });
});

describe('text search, indexed a slice at a time', () => {
  // A stand-in dictionary: the real one is tested with the fees above.
  const SYLLABLES: Record<string, string> = { 不: 'bu', 动: 'dong', 产: 'chan', 登: 'deng', 记: 'ji', 费: 'fei' };
  const pinyin = (text: string) => [...text].map((c) => SYLLABLES[c] ?? c);
  const records = [
    { name: '不动产 登记费', office: '登记中心' },
    { name: 'ＡＢＣ证书费', office: '窗口' },
    { name: '𠀀字费', office: '窗口' },
    { name: '遗体火化费', office: '殡仪馆' },
    { name: '不动产登记费', office: '窗口' },
  ];
  const search = () =>
    createTextSearch(records, { name: (r) => r.name, rest: (r) => [r.office] }, { pinyin, deferred: true });
  const found = (s: ReturnType<typeof search>, q: string) => s.search(q).map((m) => [m.record.name, m.score, m.ranges]);

  it('searches only what is indexed so far, and everything once complete', () => {
    const s = search();
    s.indexMore(2);
    assert.equal(s.complete, false);
    assert.deepEqual(found(s, '火化'), []);
    assert.equal(s.indexMore(2), false);
    assert.deepEqual(found(s, '火化'), [['遗体火化费', 80, [[2, 4]]]]);
    assert.equal(s.indexMore(2), true);
    assert.equal(s.search('').length, 5);
  });

  it('highlights the name as published, across spaces, full-width letters and surrogate pairs', () => {
    const s = search();
    while (!s.indexMore(2));
    assert.deepEqual(found(s, '登记'), [
      ['不动产 登记费', 80, [[4, 6]]],
      ['不动产登记费', 80, [[3, 5]]],
    ]);
    assert.deepEqual(found(s, 'abc'), [['ＡＢＣ证书费', 100, [[0, 3]]]]);
    assert.deepEqual(found(s, '字'), [['𠀀字费', 80, [[2, 3]]]]);
    assert.deepEqual(found(s, 'bdcdj')[0], ['不动产 登记费', 60, [[0, 6]]]);
    assert.deepEqual(found(s, 'dengji')[1], ['不动产登记费', 30, [[3, 5]]]);
  });

  it('ranks by score, list order within a score, and needs every term', () => {
    const s = search();
    while (!s.indexMore(3));
    assert.deepEqual(
      found(s, '窗口').map(([name]) => name),
      ['ＡＢＣ证书费', '𠀀字费', '不动产登记费'],
    );
    assert.deepEqual(found(s, '费 中心'), [['不动产 登记费', 90, [[6, 7]]]]);
    assert.deepEqual(found(s, '登记 殡仪馆'), []);
  });
});

describe('formatting', () => {
  it('formats amounts with thousands separators and the unit always visible', () => {
    assert.equal(formatAmount(1234.5, { unit: '万元' }), '1,234.50 万元');
    assert.equal(formatAmount(1234.56, { unit: '万元', display: '元' }), '12,345,600 元');
    assert.equal(formatAmount(123456789, { unit: '元', display: 'auto' }), '1.23 亿元');
    assert.equal(formatAmount(1234.5, { unit: '万元', lang: 'en' }), '1,234.50 × 10,000 yuan');
    assert.equal(formatAmount(0, { unit: '万元' }), '0.00 万元');
    assert.equal(formatAmount(null, { unit: '万元' }), '—', 'not reported is not zero');
    assert.equal(formatAmount(5, { unit: '万元', withUnit: false }), '5.00');
  });
  it('converts between 元, 万元 and 亿元 exactly and round-trips', () => {
    assert.equal(convertAmount(1234.56, '万元', '元'), 12345600);
    assert.equal(convertAmount(12345600, '元', '万元'), 1234.56);
    for (const v of [0.01, 0.1, 3.33, 1234.56, 98765.43])
      assert.equal(convertAmount(convertAmount(v, '万元', '亿元'), '亿元', '万元'), v);
  });
  it('formats percentages, fee standards, dates and working days', () => {
    assert.equal(formatPercent(7.8), '+7.8%');
    assert.equal(formatPercent(-7.81, 'zh-CN', 2), '−7.81%');
    assert.equal(formatPercent(42.5, 'zh-CN', 1, { unsigned: true }), '42.5%', 'a share has no direction');
    assert.equal(formatFeeStandard({ type: 'fixed', amount: 80, per: '件' }), '80 元/件');
    assert.equal(formatFeeStandard({ type: 'range', min: 50, max: 200 }), '50–200 元');
    // A negative zero, written or rounded to it, is no published figure: never "-0".
    assert.equal(formatFeeStandard({ type: 'fixed', amount: -0, per: '件' }), '0 元/件');
    assert.equal(formatFeeStandard({ type: 'range', min: -0.001, max: 0 }, 'en'), '0–0 yuan');
    assert.equal(formatFeeStandard({ type: 'fixed', amount: -5 }), '-5 元', 'a real negative keeps its sign');
    assert.equal(
      formatFeeStandard({
        type: 'tiered',
        tiers: [
          { label: '住宅', amount: 80, per: '件' },
          { label: '非住宅', amount: 550, per: '件' },
        ],
      }),
      '住宅 80 元/件；非住宅 550 元/件',
    );
    assert.equal(formatFeeStandard({ type: 'free' }), '免收');
    assert.equal(formatFeeStandard({ type: 'suspended' }), '停征');
    assert.equal(
      formatFeeStandard({ type: 'per-unit', rate: 1.5, per: '平方米', minCharge: 300 }),
      '1.5 元/平方米（最低 300 元）',
    );
    assert.equal(formatFeeStandard({ type: 'fixed', amount: 80, per: '件' }, 'en'), '80 yuan/件');
    assert.equal(feeSortAmount({ type: 'range', min: 50, max: 200 }), 50);
    assert.equal(formatDate('2026-03-01'), '2026年3月1日');
    assert.equal(formatDate('2026-03-01', 'en'), 'Mar 1, 2026');
    assert.equal(formatDate('2026-02-28T23:30:00Z'), '2026年3月1日', 'times are shown in China time');
    assert.equal(formatUpdated('2026-03-01'), '数据更新于 2026年3月1日');
    assert.equal(formatWorkingDays(20), '20 个工作日');
    assert.equal(formatWorkingDays(1, 'en'), '1 working day');
    assert.equal(formatWorkingDays(0), '即办');
  });
  it('counts working days past weekends, holidays and make-up working days', () => {
    assert.equal(addWorkingDays('2026-03-06', 1), '2026-03-09'); // Friday + 1 → Monday
    assert.equal(
      addWorkingDays('2026-09-30', 3, {
        holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
        workdays: ['2026-10-10'],
      }),
      '2026-10-10',
    );
  });
});

describe('process critical path', () => {
  const processes = (feed.datasets['processes-county'] as { processes: Process[] }).processes;
  it('sums the longest start→end path in working days, ignoring loops back to the applicant', () => {
    const p = processes.find((x) => x.id === 'proc-licensing')!;
    const path = longestPathDays(p);
    assert.equal(path.days, 1 + 8 + 2 + 1); // 受理 + 审查 + 决定 + 送达
    assert.deepEqual(path.nodes.slice(0, 3), ['apply', 'accept', 'review']);
    const d = longestPathDays(processes.find((x) => x.id === 'proc-disclosure')!);
    assert.equal(d.days, 1 + 1 + 2 + 1 + 5 + 3); // 整改 → 公开 loops back and is not counted twice
  });
});

describe('longestPathDays and unknown step times', () => {
  it('names the steps on the path that publish no time, instead of counting them as 0', async () => {
    const { longestPathDays } = await import('../src/index.js');
    const path = longestPathDays({
      id: 'p',
      name: 'p',
      nodes: [
        { id: 'a', kind: 'start', label: '申请' },
        { id: 'b', kind: 'step', label: '受理', days: 1 },
        { id: 'c', kind: 'step', label: '审核' },
        { id: 'd', kind: 'end', label: '办结' },
      ],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'd' },
      ],
    });
    assert.deepEqual([path.days, path.unknown], [1, ['c']]);
  });
});
