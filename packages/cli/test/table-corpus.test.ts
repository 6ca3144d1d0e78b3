/**
 * The table corpus (test/fixtures/table-corpus, written by make.mjs from layouts.mjs, where each
 * layout says where it was seen): every fee, every code and name, and what the report says of
 * every column and of every row that is not data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, tempDir } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../test/fixtures/table-corpus/', import.meta.url));

async function importFees(file: string) {
  const out = join(tempDir(), 'fees.json');
  const r = await cli('import', 'fees', CORPUS + file, '--out', out);
  assert.equal(r.code, 0, r.out + r.err);
  // The report's lines for this file, without the sheet name (the file says which).
  const report = r.out
    .split('\n')
    .filter((l) => /^ {4}表「/.test(l))
    .map((l) => l.trim().replace(/^表「[^」]*」/, ''));
  return { items: JSON.parse(readFileSync(out, 'utf8')).items, report, out: r.out };
}

const EXPECTED: Record<string, { report: string[]; items: unknown[] }> = {
  'fee-catalogue-merged-groups.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（项目名称）：读作“收费项目”',
      'C 列（设立级次）：读作“设立级次”',
      'D 列（资金管理方式）：读作“资金管理方式”',
      'E 列（政策依据）：读作“政策依据”',
      'F 列（备注）：读作“备注”',
      '第 10 行：表下的注释/说明，不作为数据',
      '第 11 行：填表人/审核人等签署行，不作为数据',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '居民身份证工本费',
        department: '公安部门',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2003〕2322号',
          },
        ],
        level: 'central',
        fundManagement: 'local-treasury',
        notes: '首次申领免收',
      },
      {
        id: 'fee-2',
        no: 2,
        name: '机动车号牌工本费',
        department: '公安部门',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2004〕2831号',
          },
        ],
        level: 'central',
        fundManagement: 'central-treasury',
      },
      {
        id: 'fee-2-1',
        no: '2(1)',
        parent: 'fee-2',
        name: '号牌（含临时号牌）',
        department: '公安部门',
        category: 'administrative',
        basis: [],
      },
      {
        id: 'fee-2-2',
        no: '2(2)',
        parent: 'fee-2',
        name: '行驶证',
        department: '公安部门',
        category: 'administrative',
        basis: [],
      },
      {
        id: 'fee-3',
        no: 3,
        name: '土地复垦费',
        department: '自然资源部门',
        category: 'administrative',
        basis: [
          {
            title: '土地复垦条例',
            number: '国务院令第592号',
            article: '第十八条',
          },
        ],
        level: 'central',
        fundManagement: 'special-account',
      },
    ],
  },
  'fee-chongqing-2004.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（部门）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（收费依据）：读作“政策依据”',
      'E 列（收费对象）：读作“备注（收费对象）”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '烟草专卖许可证收费',
        department: '烟草',
        category: 'administrative',
        basis: [
          {
            number: '财综〔2001〕10号',
          },
        ],
        notes: '收费对象：申领许可证的单位和个人',
      },
      {
        id: 'fee-2',
        no: 2,
        name: '居民身份证工本费',
        department: '公安',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2003〕2322号',
          },
        ],
        notes: '收费对象：申领居民身份证的公民',
      },
      {
        id: 'fee-3',
        no: 3,
        name: '户口簿工本费',
        department: '公安',
        category: 'administrative',
        basis: [
          {
            number: '价费字〔1992〕240号',
          },
        ],
      },
    ],
  },
  'fee-column-numbers-total.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（执收单位）：读作“收费单位”',
      'C 列（收费项目名称）：读作“收费项目”',
      'D 列（收费类别）：读作“类别”',
      'E 列（征收标准）：读作“收费标准”',
      'F 列（征收方式）：表头“征收方式”不对应任何可公开的项目，未读取；如需公开，请改用常用表头（见 README 表头词表）',
      '第 3 行：栏次编号行，不作为数据',
      '第 6 行：公布的合计/小计行，不作为数据',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '城市道路占用挖掘修复费',
        department: '示例县住建局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'range',
          min: 50,
          max: 200,
          per: '平方米',
        },
      },
      {
        id: 'fee-2',
        no: 2,
        name: '防空地下室易地建设费',
        department: '示例县人防办',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'free',
        },
      },
    ],
  },
  'fee-guangxi-1994.xlsx': {
    report: [
      'A 列（部门）：读作“收费单位”',
      'B 列（序号）：读作“序号”',
      'C 列（项目）：读作“收费项目”',
      'D 列（备注）：读作“备注”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '律师工作执照费',
        department: '司法',
        category: 'administrative',
        basis: [],
      },
      {
        id: 'fee-2',
        no: 2,
        name: '民事诉讼费',
        department: '司法',
        category: 'administrative',
        basis: [],
      },
      {
        id: 'fee-3',
        no: 3,
        name: '治安管理收费',
        department: '公安',
        category: 'administrative',
        basis: [],
      },
      {
        id: 'fee-4',
        no: 4,
        name: '枪支管理证件工本费',
        department: '公安',
        category: 'administrative',
        basis: [],
        notes: '限定持枪单位',
      },
    ],
  },
  'fee-hidden-helper.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费单位）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（类别）：读作“类别”',
      'E 列（收费标准）：读作“收费标准”',
      'F 列（占比）：隐藏列，未读取（打印时看不到的列不公开）',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '婚姻登记证书工本费',
        department: '示例县民政局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 9,
          per: '本',
        },
      },
      {
        id: 'fee-3',
        no: 3,
        name: '不动产登记费（住宅）',
        department: '示例县自然资源局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 80,
          per: '件',
        },
      },
    ],
  },
  'fee-percent-and-decimals.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费单位）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（类别）：读作“类别”',
      'E 列（收费标准/计费单位）：读作“计费单位”',
      'F 列（收费标准/标准（元））：读作“收费标准”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '污水处理费（居民）',
        department: '示例县水务局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 0.95,
          per: '立方米',
        },
      },
      {
        id: 'fee-2',
        no: 2,
        name: '污水处理费（非居民）',
        department: '示例县水务局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 1.4,
          per: '立方米',
        },
      },
    ],
  },
  'fee-synonyms.xlsx': {
    report: [
      'A 列（执收单位）：读作“收费单位”',
      'B 列（收费项目名称）：读作“收费项目”',
      'C 列（收费类别）：读作“类别”',
      'D 列（审批级次）：读作“设立级次”',
      'E 列（缴库方式）：读作“资金管理方式”',
      'F 列（文件依据）：读作“政策依据”',
      'G 列（征收标准）：读作“收费标准”',
      'H 列（减免规定）：读作“减免政策”',
    ],
    items: [
      {
        id: 'fee-1',
        name: '普通高中学费',
        department: '示例县教育局',
        category: 'administrative',
        basis: [
          {
            title: '示例省普通高中学费标准的通知',
          },
        ],
        standard: {
          type: 'range',
          min: 800,
          max: 1200,
          per: '学期',
        },
        level: 'provincial',
        fundManagement: 'special-account',
        exemptions: '建档立卡学生免收',
      },
    ],
  },
  'fee-two-row-standard.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（收费标准/计费单位）：读作“计费单位”',
      'D 列（收费标准/标准（元））：读作“收费标准”',
      'E 列（收费依据）：读作“政策依据”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '居民身份证工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2003〕2322号',
          },
        ],
        standard: {
          type: 'fixed',
          amount: 20,
          per: '证',
        },
      },
      {
        id: 'fee-2',
        no: 2,
        name: '临时居民身份证工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2003〕2322号',
          },
        ],
        standard: {
          type: 'fixed',
          amount: 10,
          per: '证',
        },
      },
      {
        id: 'fee-3',
        no: 3,
        name: '机动车号牌工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2004〕2831号',
          },
        ],
        standard: {
          type: 'fixed',
          amount: 100,
          per: '副',
        },
      },
    ],
  },
  'fee-two-tables.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费单位）：读作“收费单位”',
      'C 列（项目名称）：读作“收费项目”',
      'D 列（政策依据）：读作“政策依据”',
      '（第 2 张表）A 列（序号）：读作“序号”',
      '（第 2 张表）B 列（收费单位）：读作“收费单位”',
      '（第 2 张表）C 列（项目名称）：读作“收费项目”',
      '（第 2 张表）D 列（政策依据）：读作“政策依据”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '特种设备检验检测费',
        department: '示例县市场监管局',
        category: 'administrative',
        basis: [
          {
            number: '发改价格〔2015〕1299号',
          },
        ],
      },
      {
        id: 'fee-t2-1',
        no: 1,
        name: '地方水利建设基金',
        department: '示例县财政局',
        category: 'fund',
        basis: [
          {
            number: '财综〔2011〕2号',
          },
        ],
      },
    ],
  },
  'fee-csv-two-row.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准/计费单位）：读作“计费单位”',
      'E 列（收费标准/标准（元））：读作“收费标准”',
    ],
    items: [
      {
        id: 'fee-1',
        name: '居民身份证工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 20,
          per: '证',
        },
      },
      {
        id: 'fee-2',
        name: '临时居民身份证工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 10,
          per: '证',
        },
      },
    ],
  },
  'fee-gbk.csv': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费单位）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（类别）：读作“类别”',
      'E 列（设立级次）：读作“设立级次”',
      'F 列（资金管理方式）：读作“资金管理方式”',
      'G 列（政策依据）：读作“政策依据”',
      'H 列（收费标准）：读作“收费标准”',
    ],
    items: [
      {
        id: 'fee-1',
        no: 1,
        name: '户口簿工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [
          {
            number: '价费字〔1992〕240号',
          },
        ],
        standard: {
          type: 'fixed',
          amount: 5,
          per: '本',
        },
        level: 'central',
        fundManagement: 'treasury',
      },
      {
        id: 'fee-2',
        no: 2,
        name: '婚姻登记费',
        department: '示例县民政局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'free',
        },
        level: 'central',
        fundManagement: 'treasury',
      },
    ],
  },
  'fee-utf16.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    items: [
      {
        id: 'fee-1',
        name: '临时居民身份证工本费',
        department: '示例县公安局',
        category: 'administrative',
        basis: [],
        standard: {
          type: 'fixed',
          amount: 10,
          per: '证',
        },
      },
    ],
  },
};

describe('the table corpus: fee tables as published', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: every fee as printed, every column and every non-data row in the report`, async () => {
      const got = await importFees(file);
      assert.deepEqual(got.items, expected.items);
      assert.deepEqual(got.report, expected.report);
    });
  }

  it('says which encoding each CSV was in', async () => {
    assert.match((await importFees('fee-gbk.csv')).out, /CSV 文件编码：GBK\/GB18030/);
    assert.match((await importFees('fee-utf16.csv')).out, /CSV 文件编码：UTF-16 LE/);
    assert.match((await importFees('fee-csv-two-row.csv')).out, /CSV 文件编码：UTF-8（带 BOM）/);
  });

  it('names a column it cannot map, and the hidden rows it left out', async () => {
    assert.match(
      (await importFees('fee-column-numbers-total.xlsx')).out,
      /提示 {2}表「收费」F 列（征收方式）：表头“征收方式”不对应任何可公开的项目，未读取/,
    );
    assert.match((await importFees('fee-hidden-helper.xlsx')).out, /表「收费」：隐藏行 3 未读取/);
  });

  it('words the report in English with --lang en', async () => {
    const out = join(tempDir(), 'fees.json');
    const r = await cli('import', 'fees', CORPUS + 'fee-hidden-helper.xlsx', '--out', out, '--lang', 'en');
    assert.match(r.out, /sheet "收费" column F \(占比\): hidden column: not read/);
    assert.match(r.out, /sheet "收费" column C \(收费项目\): read as fee/);
  });
});
