/**
 * Fee lists (收费目录清单): 收费项目, 收费依据, 收费标准.
 * Catalogues usually publish no amounts, so the structured standard is optional.
 */
import * as z from 'zod/v4/mini';
import { DateString, DocumentRef, FIGURE_LIMIT, Id, Text, datasetHeader, sourceField } from './common.js';

const Money = z
  .number({ error: 'amount' })
  .check(z.gte(0, { error: 'amount_negative' }), z.lte(FIGURE_LIMIT, { error: 'amount_too_big' }));

/** "80 元/件": one amount per unit of service. */
const Fixed = z.object({ type: z.literal('fixed'), amount: Money, per: z.optional(Text) });
/** "50–200 元": a range set by the price document. */
const Range = z.object({ type: z.literal('range'), min: Money, max: Money, per: z.optional(Text) });
/** "每平方米 3 元, 最低 100 元": a rate times a quantity. */
const PerUnit = z.object({
  type: z.literal('per-unit'),
  rate: Money,
  per: Text,
  minCharge: z.optional(Money),
  maxCharge: z.optional(Money),
});
/** Amounts by class or bracket: 住宅 80 元/件, 非住宅 550 元/件; or 0–100㎡, 100㎡ 以上. */
const Tiered = z.object({
  type: z.literal('tiered'),
  tiers: z
    .array(
      z.object({
        label: Text,
        amount: Money,
        per: z.optional(Text),
        from: z.optional(z.number()),
        to: z.optional(z.number()),
      }),
    )
    .check(z.minLength(1, { error: 'tiers_empty' })),
});
/** 免征 / 免收 */
const Free = z.object({ type: z.literal('free'), reason: z.optional(Text) });
/** 停征: charging suspended by a document. */
const Suspended = z.object({ type: z.literal('suspended'), since: z.optional(DateString), basis: z.optional(Text) });

/** An add-on charged on top (a 工本费 beside a registration fee). */
export const FeeAddOn = z.object({ label: Text, amount: Money, per: z.optional(Text) });
export type FeeAddOn = z.infer<typeof FeeAddOn>;

export const FeeStandard = z.discriminatedUnion('type', [Fixed, Range, PerUnit, Tiered, Free, Suspended], {
  error: 'fee_standard',
});
export type FeeStandard = z.infer<typeof FeeStandard>;

export const FEE_CATEGORIES = [
  'administrative', // 行政事业性收费
  'fund', // 政府性基金
  'service', // 经营服务性收费
] as const;

export const Fee = z.object({
  id: Id,
  /** 序号 in the published catalogue: 3, or "2(1)" for a sub-item, as printed. */
  no: z.optional(z.union([z.int().check(z.gte(1)), Text], { error: 'fee_no' })),
  /** The item this one is a sub-item of (2(1) under 2), by id. */
  parent: z.optional(Id),
  name: Text,
  department: Text,
  category: z.enum(FEE_CATEGORIES, { error: 'fee_category' }),
  /** 设立级次 */
  level: z.optional(z.enum(['central', 'provincial', 'municipal', 'county'], { error: 'fee_level' })),
  /** 资金管理方式: 缴入国库 (中央/地方, or unspecified) / 财政专户 */
  fundManagement: z.optional(
    z.enum(['treasury', 'central-treasury', 'local-treasury', 'special-account'], { error: 'fund_management' }),
  ),
  basis: z.array(DocumentRef),
  /** Absent when the catalogue prints no standard: the fee is valid and shows 未公布标准. */
  standard: z.optional(FeeStandard),
  /** Charged on top of the standard. */
  addOns: z.optional(z.array(FeeAddOn)),
  /** "首次申领免费" and the like, as printed. */
  firstFree: z.optional(Text),
  /** 减免政策, as published. */
  exemptions: z.optional(Text),
  effectiveFrom: z.optional(DateString),
  effectiveTo: z.optional(DateString),
  status: z.optional(z.enum(['active', 'suspended', 'abolished'], { error: 'fee_status' })),
  notes: z.optional(Text),
  ...sourceField,
});
export type Fee = z.infer<typeof Fee>;

export const FeeList = z.object({
  ...datasetHeader,
  kind: z.literal('fee-list', { error: 'kind' }),
  department: z.optional(Text),
  items: z.array(Fee),
});
export type FeeList = z.infer<typeof FeeList>;

export type FeeCategory = (typeof FEE_CATEGORIES)[number];
