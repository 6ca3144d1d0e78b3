/**
 * Budgets (预算, 调整预算) and final accounts (决算) of one department for one year.
 * Lines are keyed by 政府收支分类科目 codes: 类 (3 digits) → 款 (5) → 项 (7).
 * Parent totals are published too; the validator checks them against their children.
 * Every figure is kept as printed: a blank is null, a printed 合计 and change are stored beside the
 * lines, and a row printed without a code keeps no code (none is made up).
 */
import * as z from 'zod/v4/mini';
import { Amount, AmountUnit, Text, Year, datasetHeader } from './common.js';
import { PublishedChange } from './published.js';

/** 资金来源 as published in 收入总表. */
export const FUNDING_SOURCES = [
  'general-budget', // 一般公共预算拨款
  'government-fund', // 政府性基金预算拨款
  'state-capital', // 国有资本经营预算拨款
  'special-account', // 财政专户管理资金
  'business-income', // 事业收入
  'carried-over', // 上年结转
  'superior-subsidy', // 上级补助收入
  'subordinate-remittance', // 附属单位上缴收入
  'operating-income', // 经营收入
  'other', // 其他收入
] as const;
export const FundingSource = z.enum(FUNDING_SOURCES, { error: 'funding_source' });

/** 功能分类科目编码: 3, 5 or 7 digits. */
export const FUNCTION_CODE = /^\d{3}(?:\d{2}){0,2}$/;
export const FunctionCode = z.string().check(z.regex(FUNCTION_CODE, { error: 'function_code' }));
/** 经济分类科目编码: 3 digits (类) or 5 digits (款), e.g. 301 / 30101 or 501 / 50101. */
export const ECONOMIC_CODE = /^[35]\d{2}(?:\d{2})?$/;
export const EconomicCode = z.string().check(z.regex(ECONOMIC_CODE, { error: 'economic_code' }));

/**
 * The two economic classifications in use: 政府预算支出经济分类 (501…, the government's) and
 * 部门预算支出经济分类 (301…, the department's). Tables of both kinds are published.
 */
export const ECONOMIC_SCHEMES = ['government', 'department'] as const;
export const EconomicScheme = z.enum(ECONOMIC_SCHEMES, { error: 'economic_scheme' });

export const BudgetLine = z.object({
  /**
   * 科目编码; absent when the row is printed without one (a 项 under an unnamed 款, a re-typed
   * table). Such a row sits under the coded line printed above it.
   */
  code: z.optional(FunctionCode),
  name: Text,
  /** 基本支出 */
  basic: z.optional(Amount),
  /** 项目支出 */
  project: z.optional(Amount),
  /** 合计 */
  total: Amount,
  /** Same line last year, as published beside it (上年数). */
  previous: z.optional(Amount),
  /** 比上年增减 as printed (amount and/or percent); never recomputed into `previous`. */
  change: z.optional(PublishedChange),
  /** Split of the total by funding source, where the table gives one. */
  funding: z.optional(z.partialRecord(FundingSource, Amount)),
  /** 行次 in the printed table. */
  row: z.optional(z.int().check(z.gte(1))),
});

/** A row on the revenue side: a funding source, or a row known only by its printed name. */
export const RevenueLine = z
  .object({
    source: z.optional(FundingSource),
    name: z.optional(Text),
    amount: Amount,
    previous: z.optional(Amount),
    change: z.optional(PublishedChange),
    row: z.optional(z.int().check(z.gte(1))),
  })
  .check(z.refine((l) => l.source !== undefined || l.name !== undefined, { error: 'revenue_unnamed' }));

export const EconomicLine = z.object({
  code: z.optional(EconomicCode),
  /** Which classification the code belongs to; 5xx codes are the government's, 3xx the department's. */
  scheme: z.optional(EconomicScheme),
  name: Text,
  amount: Amount,
  /** 人员经费 / 公用经费 split of 基本支出, where printed. */
  personnel: z.optional(Amount),
  public: z.optional(Amount),
  previous: z.optional(Amount),
  change: z.optional(PublishedChange),
});

/** The 合计 (or 总计) row as printed: the figures the publisher states for the whole table. */
export const TotalRow = z.object({
  total: z.optional(Amount),
  basic: z.optional(Amount),
  project: z.optional(Amount),
  previous: z.optional(Amount),
  change: z.optional(PublishedChange),
});

/** One side of a two-sided table (收入 | 行次 | 金额 | 支出 | 行次 | 金额): rows as printed. */
export const SideRow = z.object({
  name: Text,
  /** 行次 */
  row: z.optional(z.int().check(z.gte(1))),
  code: z.optional(FunctionCode),
  amount: Amount,
  previous: z.optional(Amount),
  change: z.optional(PublishedChange),
  /** A 合计/总计 row: a published total of the side, not a line of it. */
  isTotal: z.optional(z.boolean()),
});

/**
 * The fixed set of tables a 部门预算/决算 is published as (财预〔2017〕… templates), in their order.
 * The three-public table is its own dataset kind as well.
 */
export const BUDGET_TABLES = [
  'summary', // 收支总表
  'revenue', // 收入总表
  'expenditure', // 支出总表
  'fiscal-summary', // 财政拨款收支总表
  'general-budget', // 一般公共预算支出表
  'general-basic', // 一般公共预算基本支出表 (by economic classification)
  'three-public', // 一般公共预算"三公"经费支出表
  'government-fund', // 政府性基金预算支出表
  'state-capital', // 国有资本经营预算支出表
] as const;

export const PublishedTable = z.object({
  table: z.enum(BUDGET_TABLES, { error: 'budget_table' }),
  title: z.optional(Text),
  /** 空表并说明: the table was published empty, with this reason. */
  emptyReason: z.optional(Text),
  /** Rows of a two-sided table, as printed. */
  revenueSide: z.optional(z.array(SideRow)),
  expenditureSide: z.optional(z.array(SideRow)),
  /** Function-classified rows (一般公共预算支出表, 政府性基金, 国有资本经营). */
  lines: z.optional(z.array(BudgetLine)),
  /** Economic-classified rows (基本支出表). */
  economic: z.optional(z.array(EconomicLine)),
  total: z.optional(TotalRow),
});

export const BUDGET_PHASES = ['budget', 'adjusted', 'final'] as const;

export const Budget = z.object({
  ...datasetHeader,
  kind: z.enum(['budget', 'final-account'], { error: 'kind' }),
  department: Text,
  year: Year,
  /** 预算 / 调整预算 / 决算; a final account is always `final`. */
  phase: z.enum(BUDGET_PHASES, { error: 'phase' }),
  unit: AmountUnit,
  /** The expenditure table by function (支出总表): 类 → 款 → 项. */
  lines: z.array(BudgetLine),
  /** Its printed 合计 row. */
  total: z.optional(TotalRow),
  /** The revenue side (收入总表 by source, or the revenue half of 收支总表). */
  revenue: z.optional(z.array(RevenueLine)),
  /** The revenue side's printed 合计. */
  revenueTotal: z.optional(Amount),
  economic: z.optional(z.array(EconomicLine)),
  /** The published tables of the set, each as printed or with its 空表 reason. */
  tables: z.optional(z.array(PublishedTable)),
  /** 部门预算说明书 / 决算说明, plain text with paragraphs separated by blank lines. */
  explanation: z.optional(Text),
});

export type FundingSource = z.infer<typeof FundingSource>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type RevenueLine = z.infer<typeof RevenueLine>;
export type EconomicLine = z.infer<typeof EconomicLine>;
export type EconomicScheme = (typeof ECONOMIC_SCHEMES)[number];
export type TotalRow = z.infer<typeof TotalRow>;
export type SideRow = z.infer<typeof SideRow>;
export type BudgetTableName = (typeof BUDGET_TABLES)[number];
export type PublishedTable = z.infer<typeof PublishedTable>;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];
export type Budget = z.infer<typeof Budget>;
