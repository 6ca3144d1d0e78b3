/**
 * "三公"经费: trips abroad, vehicle purchase, vehicle operation and hospitality — budget vs actual vs
 * last year. The table's printed 合计 and the 公务用车购置及运行维护费 subtotal are lines too
 * (`total`, `vehicle`), kept as printed and checked against their parts.
 */
import * as z from 'zod/v4/mini';
import { Amount, AmountUnit, Text, Year, datasetHeader } from './common.js';
import { PublishedChange } from './published.js';

/** The four spending lines, in the order they are printed. */
export const THREE_PUBLIC_CATEGORIES = [
  'abroad', // 因公出国(境)费
  'vehicle-purchase', // 公务用车购置费
  'vehicle-operation', // 公务用车运行维护费
  'reception', // 公务接待费
] as const;

/** Printed subtotals: 合计, and 公务用车购置及运行维护费 (= 购置费 + 运行维护费). */
export const THREE_PUBLIC_SUBTOTALS = ['total', 'vehicle'] as const;

/** 本级 (the department itself) or 汇总 (with its subordinate units). */
export const THREE_PUBLIC_SCOPES = ['own', 'consolidated'] as const;
/** 一般公共预算财政拨款 or all 财政拨款. */
export const THREE_PUBLIC_FUNDS = ['general-budget', 'fiscal'] as const;

export const ThreePublicLine = z.object({
  category: z.enum([...THREE_PUBLIC_CATEGORIES, ...THREE_PUBLIC_SUBTOTALS], { error: 'three_public_category' }),
  budget: Amount,
  /** 决算数; null in a budget-only disclosure. */
  actual: z.optional(Amount),
  /** Last year's figure of the same kind (actual for a final account, budget for a budget). */
  previous: z.optional(Amount),
  /**
   * The change in percent exactly as printed (e.g. -7.81). Kept even when it disagrees with the
   * amounts. Model version 1; version 2 writes `change`, which also keeps the amount and the decimals.
   */
  publishedChangePercent: z.optional(z.nullable(z.number({ error: 'number' }))),
  /** 比上年增减 as printed. */
  change: z.optional(PublishedChange),
  /** 增减变化原因 */
  reason: z.optional(Text),
});

export const ThreePublic = z.object({
  ...datasetHeader,
  kind: z.literal('three-public', { error: 'kind' }),
  department: Text,
  year: Year,
  unit: AmountUnit,
  scope: z.optional(z.enum(THREE_PUBLIC_SCOPES, { error: 'three_public_scope' })),
  fund: z.optional(z.enum(THREE_PUBLIC_FUNDS, { error: 'three_public_fund' })),
  lines: z.array(ThreePublicLine),
  /** Related figures often disclosed beside: 机关运行经费, 政府采购, 国有资产. */
  related: z.optional(
    z.object({
      runningCosts: z.optional(Amount),
      procurement: z.optional(Amount),
      vehicles: z.optional(z.nullable(z.int().check(z.gte(0, { error: 'amount_negative' })))),
    }),
  ),
  explanation: z.optional(Text),
});

export type ThreePublicCategory = (typeof THREE_PUBLIC_CATEGORIES)[number];
export type ThreePublicSubtotal = (typeof THREE_PUBLIC_SUBTOTALS)[number];
export type ThreePublicScope = (typeof THREE_PUBLIC_SCOPES)[number];
export type ThreePublicFund = (typeof THREE_PUBLIC_FUNDS)[number];
export type ThreePublicLine = z.infer<typeof ThreePublicLine>;
export type ThreePublic = z.infer<typeof ThreePublic>;
