/** "三公"经费: trips abroad, vehicle purchase, vehicle operation and hospitality — budget vs actual vs last year. */
import * as z from 'zod/v4/mini';
import { Amount, AmountUnit, Text, Year, datasetHeader } from './common.js';

export const THREE_PUBLIC_CATEGORIES = [
  'abroad', // 因公出国(境)费
  'vehicle-purchase', // 公务用车购置费
  'vehicle-operation', // 公务用车运行维护费
  'reception', // 公务接待费
] as const;

export const ThreePublicLine = z.object({
  category: z.enum(THREE_PUBLIC_CATEGORIES, { error: 'three_public_category' }),
  budget: Amount,
  /** 决算数; null in a budget-only disclosure. */
  actual: z.optional(Amount),
  /** Last year's figure of the same kind (actual for a final account, budget for a budget). */
  previous: z.optional(Amount),
  /** The change in percent exactly as printed (e.g. -7.81). Kept even when it disagrees with the amounts. */
  publishedChangePercent: z.optional(z.nullable(z.number({ error: 'number' }))),
  /** 增减变化原因 */
  reason: z.optional(Text),
});

export const ThreePublic = z.object({
  ...datasetHeader,
  kind: z.literal('three-public', { error: 'kind' }),
  department: Text,
  year: Year,
  unit: AmountUnit,
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
export type ThreePublicLine = z.infer<typeof ThreePublicLine>;
export type ThreePublic = z.infer<typeof ThreePublic>;
