/**
 * The words real publications print over each column, in one place: every importer matches its
 * headings here, and the README's table is generated from it (scripts/header-dictionary-table.mjs).
 * A heading matches a field when, with spaces, numbering and a printed unit ("（元）", "（万元）")
 * taken off, it is one of the field's words. Sources say where each word was seen printed.
 */
import type { AmountUnit } from '@gongkai/sdk';
import { unitInHeading } from './row-roles.js';

export type TableKind = 'fee' | 'budget' | 'three-public';

export interface FieldWords {
  kind: TableKind;
  field: string;
  /** How the report names the field, in each language (never a code name in the Chinese text). */
  zh: string;
  en: string;
  words: readonly string[];
}

/** Where the words were seen (cited by number in SOURCES below). */
export const SOURCES = [
  // 1: 重庆市2004年行政事业性收费项目目录 (渝办发〔2004〕320号): 序号 | 部门 | 收费项目 | 收费依据 | 收费对象
  'http://www.fymate.net/html/text/lar/168369/16836985.html',
  // 2: 广西 桂政发〔1994〕159号 附表: 部 门 | 序号 | 项 目 | 备 注 (spaced headings, department alone on its row)
  'https://m.haolvshi.com.cn/flfgk/35330.html',
  // 3: 2015年桂林市司法局部门“三公”经费情况统计表: 项 目 | 本年预算数 | 其中:公共预算财政拨款; 合 计; 注
  'http://honghao99.com/html/contentscontent-2015-3-18-781197.html',
  // 4: 重庆市江北区2021年区本级“三公”经费预算支出表: 单位:万元; 项目 | 预算数; 1.因公出国(境)费用
  'http://www.cqjb.gov.cn/zwgk_190/zfxxgkml/czyjs/ys/qzf/202104/t20210409_9097453.html',
  // 5: 财综〔2004〕21号 全国性收费项目目录: 征收范围、征收标准及资金管理方式、文件依据
  'http://www.fymate.net/html/text/chl/522/52250.html',
  // 6: 2018年山东省商业集团部门预算 / 2019年收支预算总表: 单位 : 万元; 项目 | 本年预算数; 功能分类科目
  'https://docsplayer.com/amp/106989306-2018年山东省商业集团有限公司部门预算.html',
  // 7: 曾都区河道堤防建设管理处 2021 年度决算 (湖北): 一般公共预算财政拨款基本支出决算表 …
  'https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html',
] as const;

/**
 * Words seen printed in a cited source (numbers into SOURCES). The other words are the forms of the
 * project's documented layout and earlier fixtures, or common variants not yet found in the
 * reference corpus: the README marks which is which, so they can be confirmed or removed.
 */
export const CITED: Readonly<Record<string, readonly number[]>> = {
  序号: [1, 2],
  部门: [1, 2],
  收费项目: [1],
  项目: [2, 3, 4, 6],
  收费依据: [1],
  收费对象: [1],
  备注: [2],
  资金管理方式: [5],
  文件依据: [5],
  征收标准: [5],
  本年预算数: [3, 6],
  预算数: [4],
  决算数: [7],
  '其中:公共预算财政拨款': [3],
  合计: [3, 4],
};

export const DICTIONARY: readonly FieldWords[] = [
  // ---- fee lists and catalogues (sources 1, 2, 5; the project's fixtures of 收费目录清单) ----
  { kind: 'fee', field: 'no', zh: '序号', en: 'item number', words: ['序号', '编号', '项目编号'] },
  {
    kind: 'fee',
    field: 'department',
    zh: '收费单位',
    en: 'department',
    words: ['收费单位', '执收单位', '执收部门', '收费部门', '部门', '主管部门', '部门名称', '单位名称'],
  },
  {
    kind: 'fee',
    field: 'name',
    zh: '收费项目',
    en: 'fee',
    words: ['收费项目', '项目名称', '收费项目名称', '项目', '收费名称', '基金名称', '收费(基金)项目', '收费基金项目'],
  },
  {
    kind: 'fee',
    field: 'category',
    zh: '类别',
    en: 'category',
    words: ['类别', '收费类别', '项目类别', '收费性质', '性质'],
  },
  {
    kind: 'fee',
    field: 'level',
    zh: '设立级次',
    en: 'level',
    words: ['设立级次', '级次', '设立级别', '审批级次', '批准级次'],
  },
  {
    kind: 'fee',
    field: 'fund',
    zh: '资金管理方式',
    en: 'fund management',
    words: ['资金管理方式', '资金管理', '资金缴库方式', '缴库方式', '收入缴库方式'],
  },
  {
    kind: 'fee',
    field: 'basis',
    zh: '政策依据',
    en: 'basis',
    words: [
      '政策依据',
      '收费依据',
      '依据',
      '文件依据',
      '收费文件依据',
      '批准文号',
      '收费政策依据',
      '设立依据',
      '标准依据',
    ],
  },
  {
    kind: 'fee',
    field: 'standard',
    zh: '收费标准',
    en: 'standard',
    words: ['收费标准', '征收标准', '标准', '收费金额', '收费标准及计费单位'],
  },
  {
    kind: 'fee',
    field: 'per',
    zh: '计费单位',
    en: 'charged per',
    words: ['计费单位', '计量单位', '计价单位', '收费单位及标准单位'],
  },
  {
    kind: 'fee',
    field: 'target',
    zh: '收费对象',
    en: 'charged to',
    words: ['收费对象', '征收对象', '缴费对象', '收费范围'],
  },
  {
    kind: 'fee',
    field: 'exemptions',
    zh: '减免政策',
    en: 'exemptions',
    words: ['减免政策', '减免', '优惠政策', '减免规定'],
  },
  { kind: 'fee', field: 'notes', zh: '备注', en: 'notes', words: ['备注', '说明', '附注'] },
  { kind: 'fee', field: 'status', zh: '状态', en: 'status', words: ['状态', '执行状态', '执行情况'] },
  // ---- budget tables (sources 6, 7; the project's real-layout fixtures) ----
  {
    kind: 'budget',
    field: 'code',
    zh: '科目编码',
    en: 'code',
    words: ['科目编码', '科目代码', '功能分类科目编码', '经济分类科目编码', '编码', '代码', '科目编号'],
  },
  { kind: 'budget', field: 'class', zh: '类', en: 'class', words: ['类'] },
  { kind: 'budget', field: 'section', zh: '款', en: 'section', words: ['款'] },
  { kind: 'budget', field: 'item', zh: '项', en: 'item', words: ['项'] },
  {
    kind: 'budget',
    field: 'name',
    zh: '科目名称',
    en: 'name',
    words: ['科目名称', '功能分类科目名称', '经济分类科目名称', '名称', '项目', '科目'],
  },
  {
    kind: 'budget',
    field: 'total',
    zh: '合计',
    en: 'total',
    words: ['合计', '总计', '本年预算数', '预算数', '本年预算', '决算数', '本年决算数', '金额', '本年支出', '本年收入'],
  },
  { kind: 'budget', field: 'basic', zh: '基本支出', en: 'basic expenditure', words: ['基本支出'] },
  { kind: 'budget', field: 'project', zh: '项目支出', en: 'project expenditure', words: ['项目支出'] },
  {
    kind: 'budget',
    field: 'previous',
    zh: '上年数',
    en: 'last year',
    words: ['上年预算数', '上年数', '上年决算数', '上年执行数', '上年预算'],
  },
  {
    kind: 'budget',
    field: 'changeAmount',
    zh: '比上年增减',
    en: 'change',
    words: ['比上年增减', '增减额', '增减', '比上年增减额', '增减变化'],
  },
  {
    kind: 'budget',
    field: 'changePercent',
    zh: '增减幅度',
    en: 'change (%)',
    words: ['增减%', '增减率', '增长率', '增减幅度', '增幅', '比上年增减%', '增减百分比'],
  },
  { kind: 'budget', field: 'personnel', zh: '人员经费', en: 'personnel', words: ['人员经费'] },
  { kind: 'budget', field: 'public', zh: '公用经费', en: 'public funds', words: ['公用经费'] },
  // ---- 三公 tables (sources 3, 4) ----
  {
    kind: 'three-public',
    field: 'item',
    zh: '项目',
    en: 'item',
    words: ['项目', '项目名称', '“三公”经费项目', '三公经费项目', '支出项目', '科目', '名称'],
  },
  {
    kind: 'three-public',
    field: 'amount',
    zh: '预算数',
    en: 'amount',
    words: ['预算数', '本年预算数', '决算数', '本年决算数', '金额', '合计', '支出数', '年初预算数'],
  },
  {
    kind: 'three-public',
    field: 'appropriation',
    zh: '其中：财政拨款',
    en: 'of which appropriation',
    words: ['其中:公共预算财政拨款', '其中:财政拨款', '公共预算财政拨款', '财政拨款'],
  },
];

/** Headings that are never data: numbering of rows and columns. */
const NEVER_DATA = /^(栏次|行次|栏号)$/;

/** A heading as the dictionary compares it: no spaces, ASCII brackets and colon, no unit, no numbering. */
export function normalHeading(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/^[一二三四五六七八九十]+[、.]|^\d+[、.](?!\d)/, '')
    .replace(/\((万元|亿元|元)\)$|[/](万元|亿元|元)$/, '');
}

export interface HeadingMatch {
  entry: FieldWords;
  /** A unit printed in the heading ("标准（元）"). */
  unit?: AmountUnit;
  /** The heading level that matched (the deepest first). */
  level: number;
}

/** The field a column's header path names, looked up from its deepest heading upwards. */
export function matchHeading(path: readonly string[], kind: TableKind): HeadingMatch | undefined {
  const unit = [...path].reverse().map(unitInHeading).find(Boolean);
  for (let level = path.length - 1; level >= 0; level--) {
    const word = normalHeading(path[level]!);
    const entry = DICTIONARY.find((e) => e.kind === kind && e.words.some((w) => normalHeading(w) === word));
    if (entry) return { entry, level, ...(unit ? { unit } : {}) };
  }
  return undefined;
}

/** Any field of any kind: what regions.ts asks to tell a heading row from a row of words. */
export function isHeadingWord(text: string): boolean {
  const word = normalHeading(text);
  return NEVER_DATA.test(word) || DICTIONARY.some((e) => e.words.some((w) => normalHeading(w) === word));
}
