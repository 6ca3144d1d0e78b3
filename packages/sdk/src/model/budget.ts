/**
 * Budgets (预算, 调整预算) and final accounts (决算) of one department for one year.
 * Lines are keyed by 政府收支分类科目 codes: 类 (3 digits) → 款 (5) → 项 (7).
 * Parent totals are published too; the validator checks them against their children.
 */
import * as z from 'zod/v4/mini';
import { Amount, AmountUnit, Text, Year, datasetHeader } from './common.js';

/** 资金来源 as published in 收入总表. */
export const FUNDING_SOURCES = [
  'general-budget', // 一般公共预算拨款
  'government-fund', // 政府性基金预算拨款
  'state-capital', // 国有资本经营预算拨款
  'special-account', // 财政专户管理资金
  'business-income', // 事业收入
  'carried-over', // 上年结转
  'other', // 其他收入
] as const;
export const FundingSource = z.enum(FUNDING_SOURCES, { error: 'funding_source' });

/** 功能分类科目编码: 3, 5 or 7 digits. */
export const FunctionCode = z.string().check(z.regex(/^\d{3}(?:\d{2}){0,2}$/, { error: 'function_code' }));
/** 经济分类科目编码: 3 digits (类) or 5 digits (款), e.g. 301 / 30101 or 501 / 50101. */
export const EconomicCode = z.string().check(z.regex(/^[35]\d{2}(?:\d{2})?$/, { error: 'economic_code' }));

export const BudgetLine = z.object({
  code: FunctionCode,
  name: Text,
  /** 基本支出 */
  basic: z.optional(Amount),
  /** 项目支出 */
  project: z.optional(Amount),
  /** 合计 */
  total: Amount,
  /** Same line last year, as published beside it (上年数). */
  previous: z.optional(Amount),
  /** Split of the total by funding source, where the table gives one. */
  funding: z.optional(z.partialRecord(FundingSource, Amount)),
  /** 行次 in the printed table. */
  row: z.optional(z.int().check(z.gte(1))),
});

export const RevenueLine = z.object({
  source: FundingSource,
  name: z.optional(Text),
  amount: Amount,
  previous: z.optional(Amount),
});

export const EconomicLine = z.object({
  code: EconomicCode,
  name: Text,
  amount: Amount,
  previous: z.optional(Amount),
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
  lines: z.array(BudgetLine),
  revenue: z.optional(z.array(RevenueLine)),
  economic: z.optional(z.array(EconomicLine)),
  /** 部门预算说明书 / 决算说明, plain text with paragraphs separated by blank lines. */
  explanation: z.optional(Text),
});

export type FundingSource = z.infer<typeof FundingSource>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type RevenueLine = z.infer<typeof RevenueLine>;
export type EconomicLine = z.infer<typeof EconomicLine>;
export type BudgetPhase = (typeof BUDGET_PHASES)[number];
export type Budget = z.infer<typeof Budget>;
