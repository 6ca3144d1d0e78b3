/**
 * The table corpus (test/fixtures/table-corpus, written by make.mjs from layouts.mjs, where each
 * layout says where it was seen): the whole dataset each file imports to — every figure, code and
 * name — what the report says of every column and of every row that is not data, and every
 * warning.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the corpus's own description, plain .mjs
import { LAYOUTS } from '../../../test/fixtures/table-corpus/layouts.mjs';
import { cli, tempDir } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../test/fixtures/table-corpus/', import.meta.url));

type Layout = { file: string; kind?: string; args?: string[] };

async function importFile(file: string, kind = 'fees', args: string[] = [], lang: string[] = []) {
  const out = join(tempDir(), 'out.json');
  const r = await cli('import', kind, CORPUS + file, ...args, '--out', out, ...lang);
  assert.equal(r.code, 0, r.out + r.err);
  const lines = r.out.split('\n');
  // The report's lines, without the sheet name (the file says which).
  const report = lines.filter((l) => /^ {4}表「/.test(l)).map((l) => l.trim().replace(/^表「[^」]*」/, ''));
  const warnings = lines.filter((l) => /^ {2}(提示|错误) {2}/.test(l)).map((l) => l.trim().replace(/表「[^」]*」/, ''));
  return { data: JSON.parse(readFileSync(out, 'utf8')), report, warnings, out: r.out };
}

const EXPECTED: Record<string, { report: string[]; warnings: string[]; data: unknown }> = {
  'fee-two-row-standard.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（收费标准/计费单位）：读作“计费单位”',
      'D 列（收费标准/标准（元））：读作“收费标准”',
      'E 列（收费依据）：读作“政策依据”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-two-row-standard',
      updated: null,
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
  },
  'fee-chongqing-2004.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（部门）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（收费依据）：读作“政策依据”',
      'E 列（收费对象）：读作“备注（收费对象）”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-chongqing-2004',
      updated: null,
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
  },
  'fee-guangxi-1994.xlsx': {
    report: [
      'A 列（部门）：读作“收费单位”',
      'B 列（序号）：读作“序号”',
      'C 列（项目）：读作“收费项目”',
      'D 列（备注）：读作“备注”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-guangxi-1994',
      updated: null,
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
  },
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
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-catalogue-merged-groups',
      updated: null,
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
    warnings: ['提示  ：隐藏行 3 未读取'],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-hidden-helper',
      updated: null,
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
    warnings: [
      '提示  F 列（征收方式）：表头“征收方式”不对应任何可公开的项目，未读取；如需公开，请改用常用表头（见 README 表头词表）',
    ],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-column-numbers-total',
      updated: null,
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
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-two-tables',
      updated: null,
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
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-synonyms',
      updated: null,
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
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-percent-and-decimals',
      updated: null,
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
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-gbk',
      updated: null,
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
  },
  'fee-utf16.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-utf16',
      updated: null,
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
  },
  'fee-csv-two-row.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准/计费单位）：读作“计费单位”',
      'E 列（收费标准/标准（元））：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-csv-two-row',
      updated: null,
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
  },
  'tp-jiangbei-2021.xlsx': {
    report: ['A 列（项目）：读作“项目”', 'B 列（预算数）：读作“预算数”'],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'three-public',
      id: 'three-public-2021-tp-jiangbei-2021',
      title: '示例区2021年区本级“三公”经费预算支出表',
      updated: null,
      department: '示例区财政局',
      year: 2021,
      unit: '万元',
      scope: 'own',
      lines: [
        {
          category: 'total',
          budget: 4432,
        },
        {
          category: 'abroad',
          budget: 39,
        },
        {
          category: 'reception',
          budget: 323,
        },
        {
          category: 'vehicle',
          budget: 4070,
        },
        {
          category: 'vehicle-operation',
          budget: 2648,
        },
        {
          category: 'vehicle-purchase',
          budget: 1422,
        },
      ],
    },
  },
  'tp-guilin-2015.xlsx': {
    report: [
      'A 列（项目）：读作“项目”',
      'B 列（本年预算数）：读作“预算数”',
      'C 列（其中：公共预算财政拨款）：表头“其中：公共预算财政拨款”不对应任何可公开的项目，未读取；如需公开，请改用常用表头（见 README 表头词表）',
      '第 10 行：表下的注释/说明，不作为数据',
    ],
    warnings: ['提示  第 3 行：C 列“其中：公共预算财政拨款”未读取'],
    data: {
      modelVersion: 2,
      kind: 'three-public',
      id: 'three-public-2015-tp-guilin-2015',
      title: '2015年示例市司法局部门“三公”经费情况统计表',
      updated: null,
      department: '示例市司法局',
      year: 2015,
      unit: '万元',
      fund: 'fiscal',
      lines: [
        {
          category: 'total',
          budget: 34.35,
        },
        {
          category: 'abroad',
          budget: 0,
        },
        {
          category: 'reception',
          budget: 1.7,
        },
        {
          category: 'vehicle',
          budget: 32.65,
        },
        {
          category: 'vehicle-operation',
          budget: 32.65,
        },
        {
          category: 'vehicle-purchase',
          budget: 0,
        },
      ],
    },
  },
  'tp-percent-cells.xlsx': {
    report: [
      'A 列（项目）：读作“项目”',
      'B 列（2024年预算数）：读作“上年数”',
      'C 列（2025年预算数）：读作“预算数”',
      'D 列（比上年增减）：读作“比上年增减”',
      'E 列（增减率）：读作“增减幅度”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'three-public',
      id: 'three-public-2025-tp-percent-cells',
      title: '示例县民政局2025年“三公”经费支出表',
      updated: null,
      department: '示例县民政局',
      year: 2025,
      unit: '万元',
      lines: [
        {
          category: 'total',
          budget: 23.7,
          previous: 25,
          change: {
            amount: -1.3,
            percent: -5.2,
            percentDigits: 1,
          },
        },
        {
          category: 'abroad',
          budget: 0,
          previous: 0,
          change: {
            amount: 0,
          },
        },
        {
          category: 'vehicle',
          budget: 14.2,
          previous: 15,
          change: {
            amount: -0.8,
            percent: -5.33,
            percentDigits: 2,
          },
        },
        {
          category: 'vehicle-purchase',
          budget: 0,
          previous: 0,
          change: {
            amount: 0,
          },
        },
        {
          category: 'vehicle-operation',
          budget: 14.2,
          previous: 15,
          change: {
            amount: -0.8,
            percent: -5.33,
            percentDigits: 2,
          },
        },
        {
          category: 'reception',
          budget: 9.5,
          previous: 10,
          change: {
            amount: -0.5,
            percent: -5,
            percentDigits: 1,
          },
        },
      ],
    },
  },
  'tp-hidden-share.xlsx': {
    report: ['A 列（项目）：读作“项目”', 'B 列（预算数）：读作“预算数”'],
    warnings: [
      '提示  ：隐藏列 C 未读取（打印时看不到的列不公开）',
      '提示  第 6 行：公务用车购置及运行维护费已公布，但表中缺少其组成部分（公务用车购置费、公务用车运行维护费）：明细不全',
      '提示  第 4 行：合计已公布，但表中缺少其组成部分（公务用车购置费、公务用车运行维护费）：明细不全',
    ],
    data: {
      modelVersion: 2,
      kind: 'three-public',
      id: 'three-public-2026-tp-hidden-share',
      title: '示例县民政局2026年“三公”经费预算表',
      updated: null,
      department: '示例县民政局',
      year: 2026,
      unit: '万元',
      lines: [
        {
          category: 'total',
          budget: 20,
        },
        {
          category: 'abroad',
          budget: 0,
        },
        {
          category: 'vehicle',
          budget: 12,
        },
        {
          category: 'reception',
          budget: 8,
        },
      ],
    },
  },
  'budget-percent-cells.xlsx': {
    report: [
      'A 列（科目编码）：读作“科目编码”',
      'B 列（科目名称）：读作“科目名称”',
      'C 列（合计）：读作“合计”',
      'D 列（上年预算数）：读作“上年数”',
      'E 列（比上年增减）：读作“比上年增减”',
      'F 列（增减%）：读作“增减幅度”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'budget',
      id: 'budget-2026-budget-percent-cells',
      title: '示例县民政局2026年部门预算一般公共预算支出表',
      updated: null,
      department: '示例县民政局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      lines: [
        {
          code: '208',
          name: '社会保障和就业支出',
          total: 1250,
          previous: 1100,
          change: {
            amount: 150,
            percent: 13.64,
            percentDigits: 2,
          },
        },
        {
          code: '221',
          name: '住房保障支出',
          total: 100,
          previous: 110,
          change: {
            amount: -10,
            percent: -9.1,
            percentDigits: 1,
          },
        },
      ],
      total: {
        total: 1350,
        previous: 1210,
        change: {
          amount: 140,
          percent: 11.57,
          percentDigits: 2,
        },
      },
    },
  },
  'budget-formula-hidden.xlsx': {
    report: [
      'A 列（科目编码）：读作“科目编码”',
      'B 列（科目名称）：读作“科目名称”',
      'C 列（合计）：读作“合计”',
      'D 列（基本支出）：读作“基本支出”',
      'E 列（项目支出）：读作“项目支出”',
    ],
    warnings: ['提示  ：隐藏列 F 未读取（打印时看不到的列不公开）'],
    data: {
      modelVersion: 2,
      kind: 'budget',
      id: 'budget-2026-budget-formula-hidden',
      title: '示例县民政局2026年部门预算支出表',
      updated: null,
      department: '示例县民政局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      lines: [
        {
          code: '208',
          name: '社会保障和就业支出',
          total: 1250,
          basic: 650,
          project: 600,
        },
        {
          code: '221',
          name: '住房保障支出',
          total: 100,
          basic: 100,
          project: 0,
        },
      ],
      total: {
        total: 1350,
        basic: 750,
        project: 600,
      },
    },
  },
  'budget-gbk.csv': {
    report: ['A 列（科目编码）：读作“科目编码”', 'B 列（科目名称）：读作“科目名称”', 'C 列（合计）：读作“合计”'],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'budget',
      id: 'budget-2026-budget-gbk',
      title: '示例县民政局2026年部门预算一般公共预算支出表',
      updated: null,
      department: '示例县民政局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      lines: [
        {
          code: '208',
          name: '社会保障和就业支出',
          total: 1250,
        },
        {
          code: '20802',
          name: '民政管理事务',
          total: 1250,
        },
      ],
    },
  },
  'fee-group-numbered.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（项目名称）：读作“收费项目”',
      'C 列（资金管理方式）：读作“资金管理方式”',
      'D 列（政策依据）：读作“政策依据”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-group-numbered',
      updated: null,
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
          fundManagement: 'treasury',
        },
        {
          id: 'fee-2',
          no: 2,
          name: '户口簿工本费',
          department: '公安部门',
          category: 'administrative',
          basis: [
            {
              number: '价费字〔1992〕240号',
            },
          ],
          fundManagement: 'treasury',
        },
        {
          id: 'fee-3',
          no: 3,
          name: '婚姻登记证书工本费',
          department: '民政部门',
          category: 'administrative',
          basis: [
            {
              number: '发改价格〔2003〕392号',
            },
          ],
          fundManagement: 'treasury',
        },
      ],
    },
  },
  'fee-dash-and-status.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
      'E 列（状态）：读作“状态”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-dash-and-status',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '职业技能鉴定费',
          department: '示例县人社局',
          category: 'administrative',
          basis: [],
          status: 'suspended',
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
          status: 'active',
        },
      ],
    },
  },
  'fee-utf8.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-utf8',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '户口簿工本费',
          department: '示例县公安局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 5,
            per: '本',
          },
        },
      ],
    },
  },
  'fee-utf16be.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-utf16be',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '户口簿工本费',
          department: '示例县公安局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 5,
            per: '本',
          },
        },
      ],
    },
  },
  'fee-subtotals.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（收费单位）：读作“收费单位”',
      'C 列（收费项目）：读作“收费项目”',
      'D 列（类别）：读作“类别”',
      'E 列（收费标准）：读作“收费标准”',
      '第 4 行：公布的合计/小计行，不作为数据',
      '第 6 行：公布的合计/小计行，不作为数据',
      '第 7 行：公布的合计/小计行，不作为数据',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-subtotals',
      updated: null,
      items: [
        {
          id: 'fee-1',
          no: 1,
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
          no: 2,
          name: '户口簿工本费',
          department: '示例县公安局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 5,
            per: '本',
          },
        },
        {
          id: 'fee-3',
          no: 3,
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
      ],
    },
  },
  'fee-publisher-unit-row.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准（元））：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-publisher-unit-row',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '计量器具检定费',
          department: '示例县市场监管局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 30,
          },
        },
      ],
    },
  },
  'fee-one-row-unit-columns.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（计费单位）：读作“计费单位”',
      'E 列（标准（元））：读作“收费标准”',
      'F 列（收费依据）：读作“政策依据”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-one-row-unit-columns',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '不动产登记费（住宅）',
          department: '示例县自然资源局',
          category: 'administrative',
          basis: [
            {
              number: '发改价格规〔2016〕2559号',
            },
          ],
          standard: {
            type: 'fixed',
            amount: 80,
            per: '件',
          },
        },
        {
          id: 'fee-2',
          name: '不动产登记费（非住宅）',
          department: '示例县自然资源局',
          category: 'administrative',
          basis: [
            {
              number: '发改价格规〔2016〕2559号',
            },
          ],
          standard: {
            type: 'fixed',
            amount: 550,
            per: '件',
          },
        },
      ],
    },
  },
  'fee-spacers.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-spacers',
      updated: null,
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
      ],
    },
  },
  'fee-gbk-tab.csv': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-gbk-tab',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '户口簿工本费',
          department: '示例县公安局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 5,
            per: '本',
          },
        },
      ],
    },
  },
  'fee-second-sheet.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-second-sheet',
      updated: null,
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
      ],
    },
  },
  'tp-final-down.xlsx': {
    report: [
      'A 列（项目）：读作“项目”',
      'B 列（预算数）：读作“预算数”',
      'C 列（决算数）：读作“决算数”',
      '第 10 行：填表人/审核人等签署行，不作为数据',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'three-public',
      id: 'three-public-2020-tp-final-down',
      title: '示例县审计局2020年一般公共预算财政拨款“三公”经费支出决算表',
      updated: null,
      department: '示例县审计局',
      year: 2020,
      unit: '万元',
      fund: 'general-budget',
      lines: [
        {
          category: 'total',
          budget: 6,
          actual: 5.2,
        },
        {
          category: 'abroad',
          budget: 0,
          actual: 0,
        },
        {
          category: 'vehicle',
          budget: 4,
          actual: 3.6,
        },
        {
          category: 'vehicle-purchase',
          budget: 0,
          actual: 0,
        },
        {
          category: 'vehicle-operation',
          budget: 4,
          actual: 3.6,
        },
        {
          category: 'reception',
          budget: 2,
          actual: 1.6,
        },
      ],
    },
  },
  'fee-two-levels.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（设立级次）：读作“设立级次”',
      'E 列（收费标准）：读作“收费标准”',
    ],
    warnings: [
      '提示  第 2 行 E 列（收费标准）：“按占用面积每平方米每日0.5元”无法识别，已原样写入备注',
      '提示  第 2 行 D 列（设立级次）：“市、县级”无法识别，已原样写入备注',
    ],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-two-levels',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '城市道路占用费',
          department: '示例县住建局',
          category: 'administrative',
          basis: [],
          notes: '收费标准：按占用面积每平方米每日0.5元 设立级次：市、县级',
        },
        {
          id: 'fee-2',
          name: '居民身份证工本费',
          department: '示例县公安局',
          category: 'administrative',
          basis: [],
          standard: {
            type: 'fixed',
            amount: 20,
            per: '证',
          },
          level: 'central',
        },
      ],
    },
  },
  'fee-basis-several.xlsx': {
    report: [
      'A 列（收费单位）：读作“收费单位”',
      'B 列（收费项目）：读作“收费项目”',
      'C 列（类别）：读作“类别”',
      'D 列（政策依据）：读作“政策依据”',
      'E 列（收费标准）：读作“收费标准”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-basis-several',
      updated: null,
      items: [
        {
          id: 'fee-1',
          name: '土地复垦费',
          department: '示例县自然资源局',
          category: 'administrative',
          basis: [
            {
              title: '土地复垦条例',
              number: '国务院令第592号',
              article: '第十八条',
            },
            {
              number: '财税〔2019〕45号',
            },
          ],
          standard: {
            type: 'free',
          },
        },
      ],
    },
  },
  'fee-sub-items-in-no.xlsx': {
    report: [
      'A 列（序号）：读作“序号”',
      'B 列（项目名称）：读作“收费项目”',
      'C 列（设立级次）：读作“设立级次”',
      'D 列（政策依据）：读作“政策依据”',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'fee-list',
      id: 'fees-fee-sub-items-in-no',
      updated: null,
      items: [
        {
          id: 'fee-1',
          no: 1,
          name: '机动车号牌工本费',
          department: '公安部门',
          category: 'administrative',
          basis: [
            {
              number: '发改价格〔2004〕2831号',
            },
          ],
          level: 'central',
        },
        {
          id: 'fee-1-1',
          no: '1(1)',
          parent: 'fee-1',
          name: '号牌',
          department: '公安部门',
          category: 'administrative',
          basis: [],
        },
        {
          id: 'fee-1-2',
          no: '1(2)',
          parent: 'fee-1',
          name: '行驶证',
          department: '公安部门',
          category: 'administrative',
          basis: [],
        },
        {
          id: 'fee-2',
          no: 2,
          name: '驾驶证工本费',
          department: '公安部门',
          category: 'administrative',
          basis: [
            {
              number: '发改价格〔2004〕2831号',
            },
          ],
          level: 'central',
        },
      ],
    },
  },
  'budget-column-numbers.xlsx': {
    report: [
      'A 列（科目编码）：读作“科目编码”',
      'B 列（科目名称）：读作“科目名称”',
      'C 列（合计）：读作“合计”',
      'D 列（基本支出）：读作“基本支出”',
      'E 列（项目支出）：读作“项目支出”',
      '第 4 行：栏次编号行，不作为数据',
    ],
    warnings: [],
    data: {
      modelVersion: 2,
      kind: 'final-account',
      id: 'final-2020-budget-column-numbers',
      title: '示例县审计局2020年部门决算一般公共预算财政拨款支出决算表',
      updated: null,
      department: '示例县审计局',
      year: 2020,
      phase: 'final',
      unit: '万元',
      lines: [
        {
          code: '201',
          name: '一般公共服务支出',
          total: 320,
          basic: 300,
          project: 20,
        },
      ],
      total: {
        total: 320,
        basic: 300,
        project: 20,
      },
    },
  },
};

describe('the table corpus: tables as published', () => {
  it('has an expectation for every layout', () => {
    assert.deepEqual(
      (LAYOUTS as Layout[]).map((l) => l.file),
      Object.keys(EXPECTED),
    );
  });

  for (const layout of LAYOUTS as Layout[]) {
    it(`${layout.file}: the whole dataset as printed, every column and non-data row in the report`, async () => {
      const got = await importFile(layout.file, layout.kind, layout.args);
      const expected = EXPECTED[layout.file]!;
      assert.deepEqual(got.data, expected.data);
      assert.deepEqual(got.report, expected.report);
      assert.deepEqual(got.warnings, expected.warnings);
    });
  }

  it('says which encoding each CSV was in', async () => {
    assert.match((await importFile('fee-gbk.csv')).out, /CSV 文件编码：GBK\/GB18030/);
    assert.match((await importFile('fee-utf16.csv')).out, /CSV 文件编码：UTF-16 LE/);
    assert.match((await importFile('fee-utf16be.csv')).out, /CSV 文件编码：UTF-16 BE/);
    assert.match((await importFile('fee-utf8.csv')).out, /CSV 文件编码：UTF-8\n/);
    assert.match((await importFile('fee-csv-two-row.csv')).out, /CSV 文件编码：UTF-8（带 BOM）/);
    assert.match((await importFile('budget-gbk.csv', 'budget')).out, /CSV 文件编码：GBK\/GB18030/);
  });

  it('names a column it cannot map, and the hidden rows it left out', async () => {
    assert.match(
      (await importFile('fee-column-numbers-total.xlsx')).out,
      /提示 {2}表「收费」F 列（征收方式）：表头“征收方式”不对应任何可公开的项目，未读取/,
    );
    assert.match((await importFile('fee-hidden-helper.xlsx')).out, /表「收费」：隐藏行 3 未读取/);
  });

  it('words the report in English with --lang en', async () => {
    const { out } = await importFile('fee-hidden-helper.xlsx', 'fees', [], ['--lang', 'en']);
    assert.match(out, /sheet "收费" column F \(占比\): hidden column: not read/);
    assert.match(out, /sheet "收费" column C \(收费项目\): read as fee/);
  });
});
