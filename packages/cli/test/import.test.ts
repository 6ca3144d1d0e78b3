import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, tempDir, writeXlsx, type Row } from './helpers.js';

/** A 支出总表 as a finance bureau sends it: title and unit rows, two merged header rows, a 合计 row. */
function budgetSheet(dataRows: Row[], total = 1300): { name: string; rows: Row[]; merges: string[] } {
  return {
    name: '支出总表',
    rows: [
      ['示例县民政局2026年部门预算支出总表', null, null, null, null],
      [null, null, null, null, '单位：万元'],
      ['功能分类科目', null, '本年支出', null, null],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [null, '合计', total, 600, 700],
      ...dataRows,
    ],
    merges: ['A1:E1', 'A3:B3', 'C3:E3'],
  };
}

const GOOD: Row[] = [
  ['208', '社会保障和就业支出', 1200, 500, 700],
  ['20802', '民政管理事务', 700, 400, 300],
  ['2080201', '行政运行', 400, 400, 0],
  ['2080208', '基层政权建设和社区治理', 300, 0, 300],
  ['20819', '最低生活保障', 500, 100, 400],
  ['2081901', '城市最低生活保障金支出', '500.00', 100, '400'],
  ['221', '住房保障支出', 100, 100, null],
  ['22102', '住房改革支出', 100, 100, null],
  [2210201, '住房公积金', 100, 100, null],
];

describe('gongkai import budget', () => {
  it('reads a real .xlsx with merged header cells and a unit row into budget lines', async () => {
    const dir = tempDir();
    const file = join(dir, 'mz-2026.xlsx');
    await writeXlsx(file, [budgetSheet(GOOD)]);
    const out = join(dir, 'budget.json');
    const r = await cli('import', 'budget', file, '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const b = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(b.kind, 'budget');
    assert.equal(b.department, '示例县民政局');
    assert.equal(b.year, 2026);
    assert.equal(b.unit, '万元');
    assert.equal(b.title, '示例县民政局2026年部门预算支出总表');
    assert.deepEqual(
      b.lines.map((l: any) => [l.code, l.name, l.total, l.basic, l.project]),
      GOOD.map(([c, n, t, ba, p]) => [
        String(c),
        n,
        Number(t),
        ba === null ? null : Number(ba),
        p === null ? null : Number(p),
      ]),
    );
    assert.match(r.out, /已导入 9 条/);
  });

  it('reads 类/款/项 columns, carrying 类 and 款 down to the rows that print only their own part', async () => {
    const dir = tempDir();
    const file = join(dir, 'split.xlsx');
    await writeXlsx(file, [
      {
        name: 'Sheet1',
        rows: [
          ['示例县自然资源局2025年部门决算支出表'],
          ['单位：元'],
          ['科目编码', null, null, '科目名称', '合计'],
          ['类', '款', '项', null, null],
          [220, null, null, '自然资源海洋气象等支出', 300],
          [null, 1, null, '自然资源事务', 300],
          [null, null, 1, '行政运行', 200],
          [null, null, 4, '自然资源规划及管理', 100],
        ],
        merges: ['A3:C3', 'D3:D4', 'E3:E4'],
      },
    ]);
    const out = join(dir, 'final.json');
    const r = await cli('import', 'budget', file, '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const b = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(b.kind, 'final-account');
    assert.equal(b.phase, 'final');
    assert.equal(b.unit, '元');
    assert.deepEqual(
      b.lines.map((l: any) => l.code),
      ['220', '22001', '2200101', '2200104'],
    );
  });

  it('reports every bad row by sheet and row number and writes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.xlsx');
    const rows = [...GOOD];
    rows.splice(3, 0, ['20801x', '错误编码', 1, 1, 0]); // row 9
    rows.splice(5, 0, ['2080299', '其他', '一百', 0, 0]); // row 11
    rows.push(['2210202', null, 5, 5, 0]); // row 17
    await writeXlsx(file, [budgetSheet(rows)]);
    const out = join(dir, 'never.json');
    const r = await cli('import', 'budget', file, '--out', out);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false, 'nothing is written when there are errors');
    assert.match(r.out, /表「支出总表」第 9 行：科目编码“20801x”无法识别/);
    assert.match(r.out, /表「支出总表」第 11 行：C 列“合计”的“一百”不是数字/);
    assert.match(r.out, /表「支出总表」第 17 行：科目 2210202 缺少科目名称/);
    assert.match(r.err, /有 3 个错误，未写出文件/);
  });

  it('keeps a parent line that does not add up as published, and warns against its spreadsheet row', async () => {
    const dir = tempDir();
    const file = join(dir, 'sum.xlsx');
    const rows = GOOD.map((r) => [...r]);
    rows[1]![2] = 799; // 20802 民政管理事务, spreadsheet row 7
    rows[1]![4] = 399;
    await writeXlsx(file, [budgetSheet(rows)]);
    const out = join(dir, 'x.json');
    const r = await cli('import', 'budget', file, '--out', out);
    // The printed figure is the publisher's: kept as published and warned, never a refusal (issue 38).
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /提示 {2}表「[^」]+」第 7 行：合计为 799，但下级科目合计为 700/);
    assert.doesNotMatch(r.out, /total：/, 'no field name of our code in the Chinese text');
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(data.lines.find((l: { code: string }) => l.code === '20802').total, 799);
  });

  it('reads CSV (with a BOM, as Excel saves it) and takes the year and department from options', async () => {
    const dir = tempDir();
    const file = join(dir, 'table.csv');
    writeFileSync(
      file,
      '\uFEFF单位：万元\n科目编码,科目名称,合计\n208,社会保障和就业支出,"1,200.50"\n20802,民政管理事务,"1,200.50"\n',
    );
    const out = join(dir, 'b.json');
    const r = await cli(
      'import',
      'budget',
      file,
      '--year',
      '2026',
      '--department',
      '示例县民政局',
      '--out',
      out,
      '--id',
      'budget-2026-ca',
    );
    assert.equal(r.code, 0, r.out + r.err);
    const b = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(b.id, 'budget-2026-ca');
    assert.equal(b.lines[0].total, 1200.5);
  });

  it('exits 2 when the file cannot be read', async () => {
    const r = await cli('import', 'budget', '/nonexistent/file.xlsx');
    assert.equal(r.code, 2);
    assert.match(r.err, /无法读取/);
  });
});

describe('gongkai import fees', () => {
  it('reads the documented layout, structures standards it understands and keeps the rest as text', async () => {
    const dir = tempDir();
    const file = join(dir, 'fees.csv');
    writeFileSync(
      file,
      [
        '序号,收费单位,收费项目,类别,设立级次,资金管理方式,政策依据,收费标准,减免政策,备注,状态',
        '1,示例县自然资源局,不动产登记费（住宅）,行政事业性收费,中央,缴入国库,《关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）,80元/件,小微企业免收,,',
        '2,示例县教育局,普通高中学费,行政事业性收费,省,财政专户,《示例省物价局关于学费标准的通知》,800-1200元/学期,,,',
        '3,示例县民政局,婚姻登记费,行政事业性收费,中央,缴入国库,,免收,,,',
        '4,示例县人社局,职业技能鉴定费,行政事业性收费,省,缴入国库,,停征,,,',
        '5,示例县住建局,污水处理费,行政事业性收费,省,缴入国库,,居民0.95元/立方米，非居民1.4元/立方米,,,',
        '6,示例县公安局,户籍证明,行政收费,,,,,,,',
      ].join('\n'),
    );
    const out = join(dir, 'fees.json');
    const r = await cli('import', 'fees', file, '--out', out);
    assert.equal(r.code, 1, 'row 7 has an unknown category');
    assert.match(r.out, /第 7 行 D 列（类别）：“行政收费”无法识别/);
    // Fix the bad row and import again.
    writeFileSync(file, readFileSync(file, 'utf8').replace('行政收费', '行政事业性收费'));
    const ok = await cli('import', 'fees', file, '--out', out);
    assert.equal(ok.code, 0, ok.out + ok.err);
    assert.match(ok.out, /第 6 行 H 列（收费标准）：“居民0.95元\/立方米，非居民1.4元\/立方米”无法识别，已原样写入备注/);
    const list = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(list.items[0].standard, { type: 'fixed', amount: 80, per: '件' });
    assert.deepEqual(list.items[0].basis, [
      { title: '关于不动产登记收费标准等有关问题的通知', number: '发改价格规〔2016〕2559号' },
    ]);
    assert.deepEqual(list.items[1].standard, { type: 'range', min: 800, max: 1200, per: '学期' });
    assert.equal(list.items[2].standard.type, 'free');
    assert.equal(list.items[3].status, 'suspended');
    assert.equal(list.items[4].standard, undefined);
    assert.match(list.items[4].notes, /收费标准：居民0.95元/);
    assert.equal(list.items[0].level, 'central');
    assert.equal(list.items[1].fundManagement, 'special-account');
  });
});

describe('gongkai import guides', () => {
  it('reads items and their materials from two sheets, reporting a material of an unknown item', async () => {
    const dir = tempDir();
    const file = join(dir, 'guides.xlsx');
    const write = (withStray: boolean) =>
      writeXlsx(file, [
        {
          name: '事项',
          rows: [
            [
              '事项编码',
              '事项名称',
              '事项类型',
              '实施部门',
              '办理窗口',
              '设定依据',
              '申请条件',
              '法定时限',
              '承诺时限',
              '收费',
              '到现场次数',
              '流程',
            ],
            [
              'MZ-001',
              '最低生活保障对象认定',
              '行政给付',
              '示例县民政局',
              '社会救助窗口',
              '《社会救助暂行办法》（国务院令第649号）',
              '持有本县户籍；人均收入低于低保标准',
              '30个工作日',
              '20',
              '不收费',
              '1',
              'proc-dibao',
            ],
            [
              'MZ-002',
              '结婚登记',
              '行政确认',
              '示例县民政局',
              '婚姻登记处',
              '《婚姻登记条例》',
              null,
              '即办',
              '0',
              'fee-marriage',
              '1',
              null,
            ],
          ],
        },
        {
          name: '材料',
          rows: [
            ['事项编码', '材料名称', '材料形式', '份数', '是否必需', '备注'],
            ['MZ-001', '低保申请书', '原件', 1, '是', null],
            ['MZ-001', '户口簿', '复印件', 1, '是', null],
            ['MZ-001', '残疾证', '复印件', 1, '否', '有则提供'],
            ...(withStray ? [['MZ-009', '不存在的事项的材料', '原件', 1, '是', null]] : []),
            ['MZ-002', '身份证', '原件和复印件', 1, '是', null],
          ],
        },
      ]);
    await write(true);
    const out = join(dir, 'guides.json');
    const r = await cli('import', 'guides', file, '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.out, /表「材料」第 5 行：事项编码“MZ-009”在“事项”表中不存在/);
    assert.equal(existsSync(out), false);
    await write(false);
    const ok = await cli('import', 'guides', file, '--out', out);
    assert.equal(ok.code, 0, ok.out + ok.err);
    const [dibao, marriage] = JSON.parse(readFileSync(out, 'utf8')).guides;
    assert.equal(dibao.type, 'payment');
    assert.deepEqual(dibao.conditions, ['持有本县户籍', '人均收入低于低保标准']);
    assert.equal(dibao.legalDays, 30);
    assert.equal(dibao.promisedDays, 20);
    assert.deepEqual(dibao.fees, { free: true });
    assert.equal(dibao.processRef, 'proc-dibao');
    assert.deepEqual(
      dibao.materials.map((m: any) => [m.name, m.copy, m.required]),
      [
        ['低保申请书', 'original', true],
        ['户口簿', 'copy', true],
        ['残疾证', 'copy', false],
      ],
    );
    assert.equal(marriage.legalDays, 0);
    assert.deepEqual(marriage.fees, { refs: ['fee-marriage'] });
    assert.equal(marriage.materials[0].copy, 'original-and-copy');
  });
});
