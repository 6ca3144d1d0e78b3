/**
 * The real-layout fixtures (test/fixtures/real-layouts, written by make.mjs): each spreadsheet is
 * laid out the way a finance bureau or a service centre publishes it, and imports to what it prints.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { cli, tempDir } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/real-layouts/', import.meta.url));

async function importFile(what: string, file: string, ...args: string[]) {
  const out = join(tempDir(), 'out.json');
  const r = await cli('import', what, FIXTURES + file, '--out', out, ...args);
  assert.equal(r.code, 0, r.out + r.err);
  return { data: JSON.parse(readFileSync(out, 'utf8')), out: r.out };
}

const committed = (id: string) => JSON.parse(readFileSync(`${FIXTURES}feed/data/${id}.json`, 'utf8'));

describe('a whole 部门预算 workbook (the nine tables)', async () => {
  const { data: b, out } = await importFile('budget', 'budget-book-2026.xlsx', '--id', 'budget-2026-mz');

  it('is the feed fixture the browser tests show (importer and fixture stay in step)', () => {
    assert.deepEqual(b, committed('budget-2026-mz'));
  });

  it('takes year, department and phase from the titles, and names the dataset as the department’s budget', () => {
    assert.equal(b.modelVersion, 2);
    assert.equal(b.title, '示例县民政局2026年部门预算');
    assert.equal(b.department, '示例县民政局');
    assert.equal(b.year, 2026);
    assert.equal(b.kind, 'budget');
    assert.equal(b.unit, '万元');
    assert.equal(b.updated, null, 'a spreadsheet does not say when it was published: unknown, not today');
  });

  it('tells every table apart and keeps an empty one with the reason printed on it', () => {
    assert.deepEqual(
      b.tables.map((t: any) => t.table),
      [
        'summary',
        'revenue',
        'expenditure',
        'fiscal-summary',
        'general-budget',
        'general-basic',
        'three-public',
        'government-fund',
        'state-capital',
      ],
    );
    const fund = b.tables.find((t: any) => t.table === 'government-fund');
    assert.match(fund.emptyReason, /没有使用政府性基金预算拨款安排的支出，故本表为空表/);
    const capital = b.tables.find((t: any) => t.table === 'state-capital');
    assert.match(capital.emptyReason, /本表为空表/);
  });

  it('reads the two-sided 收支总表 row by row: codes absent, blanks blank, totals marked', () => {
    const summary = b.tables.find((t: any) => t.table === 'summary');
    assert.deepEqual(
      summary.revenueSide.map((r: any) => [r.name, r.row, r.amount, r.isTotal ?? false]),
      [
        ['一般公共预算拨款收入', 1, 1350, false],
        ['政府性基金预算拨款收入', 2, null, false],
        ['事业收入', 3, null, false],
        ['本年收入合计', 4, 1350, true],
        ['上年结转', 5, 0, false],
        ['收入总计', 6, 1350, true],
      ],
    );
    assert.equal(summary.expenditureSide.at(-1).name, '支出总计');
    assert.deepEqual(
      b.revenue.map((r: any) => [r.source, r.amount]),
      [
        ['general-budget', 1350],
        ['government-fund', null],
        ['business-income', null],
      ],
    );
    assert.equal(b.revenueTotal, 1350);
  });

  it('reads 类/款/项 under 科目编码, the 合计 row first, 上年数, 比上年增减 and 增减% as printed', () => {
    assert.deepEqual(b.total, {
      total: 1350,
      basic: 750,
      project: 600,
      previous: 1188,
      change: { amount: 162, percent: 13.64, percentDigits: 2 },
    });
    const line = (code: string) => b.lines.find((l: any) => l.code === code);
    assert.deepEqual(line('20805').change, { amount: 50, percent: 25, percentDigits: 0 });
    // A change printed with no 上年数 beside it is a change, never a 上年数.
    assert.equal(line('221').previous, null);
    assert.deepEqual(line('221').change, { amount: 12, percent: 13.6, percentDigits: 1 });
  });

  it('keeps a blank parent blank and a row printed without a code without one, and says so in words', () => {
    const s20819 = b.lines.find((l: any) => l.code === '20819');
    assert.equal(s20819.total, null);
    assert.equal(s20819.basic, null);
    const uncoded = b.lines.find((l: any) => l.code === undefined);
    assert.equal(uncoded.name, '其他行政事业单位养老支出');
    assert.match(out, /表「支出总表」第 12 行：缺少科目编码/);
    assert.doesNotMatch(out, /错误/);
  });

  it('reads the 基本支出表 by economic code, with its scheme and the 人员/公用 split', () => {
    assert.deepEqual(b.economic[0], {
      code: '301',
      scheme: 'department',
      name: '工资福利支出',
      amount: 520,
      personnel: 520,
      public: null,
    });
    assert.equal(b.economic.length, 8);
  });

  it('reads a single code column with the amounts under their years, 合计 last', () => {
    const general = b.tables.find((t: any) => t.table === 'general-budget');
    assert.equal(general.lines.length, 12);
    assert.deepEqual(general.lines[0], { code: '208', name: '社会保障和就业支出', total: 1250, previous: 1100 });
    assert.deepEqual(general.total, { total: 1350, previous: 1188 });
  });
});

describe('other budget layouts', () => {
  it('reads a 收入支出决算总表 on its own (收入 | 行次 | 金额 | 支出 | 行次 | 金额) as a final account', async () => {
    const { data: f } = await importFile('budget', 'final-summary-2025.xlsx');
    assert.equal(f.kind, 'final-account');
    assert.equal(f.year, 2025);
    assert.equal(f.tables[0].table, 'summary');
    assert.equal(f.revenueTotal, 6085.42);
    assert.deepEqual(
      f.revenue.map((r: any) => r.source),
      ['general-budget', 'government-fund', 'superior-subsidy', 'business-income', 'other'],
    );
    const right = f.tables[0].expenditureSide;
    assert.deepEqual(right.at(-1), { name: '总计', row: 40, amount: 6121.82, isTotal: true });
    assert.equal(right.find((r: any) => r.name === '结余分配').amount, null);
  });

  it('takes the later year’s column as this year and a whole-number % as printed, with no false mismatch', async () => {
    const { data: b, out } = await importFile('budget', 'budget-by-year-2021.xlsx');
    assert.equal(b.unit, '元');
    assert.deepEqual(b.lines[0], {
      code: '220',
      name: '自然资源海洋气象等支出',
      total: 700000,
      previous: 300000,
      change: { percent: 133, percentDigits: 0 },
    });
    assert.equal(b.lines[3].previous, null);
    // (The column report names the 增减% column; no warning about the change is given.)
    assert.doesNotMatch(out, /提示.*增减/, '133% agrees with 133.33%: nothing to report');
  });
});

describe('gongkai import three-public', () => {
  it('reads the items-down, two-year layout, keeps the printed subtotals, and flags a printed % that disagrees', async () => {
    const { data: t, out } = await importFile(
      'three-public',
      'three-public-two-year.xlsx',
      '--id',
      'three-public-2025-nr',
    );
    assert.deepEqual(t, committed('three-public-2025-nr'));
    assert.equal(t.scope, 'own');
    assert.equal(t.fund, 'general-budget');
    assert.deepEqual(
      t.lines.map((l: any) => l.category),
      ['total', 'abroad', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception'],
    );
    const vehicle = t.lines.find((l: any) => l.category === 'vehicle');
    assert.deepEqual([vehicle.previous, vehicle.budget, vehicle.actual], [28.02, 32, 30.53]);
    const reception = t.lines.find((l: any) => l.category === 'reception');
    assert.equal(reception.change.percent, -7.81, 'kept as printed');
    assert.equal(reception.reason, '国土空间规划评审接待增加。');
    assert.match(out, /第 9 行：比上年增减：公布的增减幅度为 -7.81%，按金额计算应为 7.80%/);
  });

  it('reads the items-across layout with 预算数 and 决算数 rows', async () => {
    const { data: t } = await importFile('three-public', 'three-public-across-2025.xlsx');
    const get = (c: string) => t.lines.find((l: any) => l.category === c);
    assert.deepEqual([get('total').budget, get('total').actual], [6.5, 5.26]);
    assert.deepEqual([get('vehicle-operation').budget, get('vehicle-operation').actual], [5, 4.4]);
    assert.equal(t.lines.length, 6);
  });

  it('finds the 三公 sheet inside a whole budget workbook (one row: the budget)', async () => {
    const { data: t } = await importFile('three-public', 'budget-book-2026.xlsx');
    assert.deepEqual(
      t.lines.map((l: any) => [l.category, l.budget]),
      [
        ['total', 12.5],
        ['abroad', 0],
        ['vehicle', 8],
        ['vehicle-purchase', 0],
        ['vehicle-operation', 8],
        ['reception', 4.5],
      ],
    );
  });
});

describe('the fee catalogue as published', async () => {
  const { data: list, out } = await importFile(
    'fees',
    'fee-catalogue-2026.xlsx',
    '--id',
    'fees-catalogue-2026',
    '--updated',
    '2026-11-26',
  );
  const fee = (id: string) => list.items.find((f: any) => f.id === id);

  it('is the feed fixture', () => assert.deepEqual(list, committed('fees-catalogue-2026')));

  it('says when it was updated only when the publisher does (--updated): on any day, unknown without it', async () => {
    const { data } = await importFile('fees', 'fee-catalogue-2026.xlsx');
    assert.equal(data.updated, null, 'a spreadsheet does not say when it was updated: unknown, not the day of import');
    const bad = await cli('import', 'fees', FIXTURES + 'fee-catalogue-2026.xlsx', '--updated', '26/11/2026');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--updated 应为日期，例如 2026-03-01（收到“26\/11\/2026”）/);
  });

  it('takes departments and kinds from group rows, and makes sub-items children of their item', () => {
    assert.equal(fee('fee-1').department, '公安部门');
    assert.equal(fee('fee-3').department, '自然资源部门');
    assert.deepEqual([fee('fee-2-1').no, fee('fee-2-1').parent], ['2(1)', 'fee-2']);
    assert.deepEqual([fee('fee-3-2').no, fee('fee-3-2').parent], ['3(2)', 'fee-3']);
    assert.equal(fee('fee-6').category, 'fund', 'under 三、政府性基金');
    assert.equal(fee('fee-1').standard, undefined, 'a catalogue prints no standard: the fee is valid without one');
  });

  it('splits several documents per cell and keeps a bare 文号 as a 文号', () => {
    assert.deepEqual(fee('fee-1').basis, [{ number: '发改价格〔2003〕2322号' }, { number: '财综〔2007〕34号' }]);
    assert.deepEqual(fee('fee-2').basis[0].number, '发改价格〔2004〕2831号');
    assert.deepEqual(fee('fee-2').basis[1], { number: '财综〔2001〕67号' });
    assert.deepEqual(fee('fee-4').basis, [{ title: '土地复垦条例', number: '国务院令第592号', article: '第十八条' }]);
  });

  it('reads 缴入中央/地方国库, and keeps a 资金管理方式 it does not know in 备注, reported by row and column', () => {
    assert.equal(fee('fee-1').fundManagement, 'local-treasury');
    assert.equal(fee('fee-2').fundManagement, 'central-treasury');
    assert.equal(fee('fee-4').fundManagement, 'special-account');
    assert.equal(fee('fee-5').fundManagement, undefined);
    assert.match(fee('fee-5').notes, /资金管理方式：按规定统筹使用/);
    assert.match(out, /表「目录清单」第 13 行 D 列（资金管理方式）：“按规定统筹使用”无法识别，已原样写入备注/);
  });
});

describe('guide sheets as a service centre exports them', async () => {
  const { data: list, out } = await importFile(
    'guides',
    'guides-2026.xlsx',
    '--id',
    'guides-mz',
    '--updated',
    '2026-11-26',
  );
  const [dibao, marriage, charity] = list.guides;

  it('is the feed fixture', () => assert.deepEqual(list, committed('guides-mz')));

  it('reads the national elements, 是否收费 "否", 网上办理 "是", and several phones', () => {
    assert.deepEqual(dibao.audience, ['自然人']);
    assert.deepEqual(dibao.levels, ['county']);
    assert.equal(dibao.caseType, 'promised');
    assert.equal(dibao.crossRegion, 'county');
    assert.deepEqual(dibao.jointDepartments, ['示例县人力资源和社会保障局', '示例县医疗保障局']);
    assert.deepEqual(dibao.fees, { free: true });
    assert.equal(dibao.online, true);
    assert.deepEqual(dibao.consultPhones, ['0999-1234567', '12345']);
    assert.equal(marriage.onlineUrl, 'https://zwfw.shili.example.gov.cn/item/marriage');
  });

  it('reads deadlines and visits as printed: "30工作日", "20个工作日", "即办", "当场办结", "只跑一次"', () => {
    assert.deepEqual([dibao.legalDays, dibao.promisedDays, dibao.visits], [30, 20, 1]);
    assert.deepEqual([marriage.legalDays, marriage.promisedDays], [0, 0]);
    assert.deepEqual(dibao.legalBasis, [{ title: '社会救助暂行办法', number: '国务院令第649号', article: '第十一条' }]);
  });

  it('keeps what it does not understand in 注意事项 and says where: no cell dropped in silence', () => {
    assert.equal(charity.promisedDays, undefined, 'unknown, never 即办');
    assert.deepEqual(charity.notes, ['承诺时限：视情况而定', '到现场次数：跑两趟']);
    assert.match(out, /表「事项」第 4 行：L 列“承诺时限”的“视情况而定”无法识别/);
    assert.match(out, /表「事项」第 1 行：R 列“审批层级”未读取/);
  });

  it('reads a material’s form on two axes: 原件/复印件 and 纸质/电子', () => {
    assert.deepEqual(
      [...dibao.materials, ...marriage.materials, ...charity.materials].map((m: any) => [m.copy, m.medium]),
      [
        ['original', 'paper'],
        ['original-and-copy', 'paper'],
        ['original', 'electronic'],
        ['copy', 'paper-and-electronic'],
      ],
    );
  });
});

describe('an error in one row stays in that row', () => {
  it('reports the bad cell and not false sums above it', async () => {
    const { writeXlsx } = await import('./helpers.js');
    const file = join(tempDir(), 'bad.xlsx');
    await writeXlsx(file, [
      {
        name: '支出总表',
        rows: [
          ['示例县民政局2026年部门预算支出总表'],
          ['单位：万元'],
          ['科目编码', '科目名称', '合计'],
          ['合计', null, 1000],
          ['208', '社会保障和就业支出', 1000],
          ['20802', '民政管理事务', 1000],
          ['2080201', '行政运行', '六百'],
          ['2080208', '基层政权建设和社区治理', 400],
        ],
      },
    ]);
    const r = await cli('import', 'budget', file, '--out', join(tempDir(), 'x.json'));
    assert.equal(r.code, 1);
    assert.match(r.out, /第 7 行：C 列“合计”的“六百”不是数字/);
    assert.doesNotMatch(r.out, /下级科目合计|各类科目之和|明细不全/, 'the parents are not blamed for the missing row');
    assert.match(r.err, /有 1 个错误/);
  });
});
