/**
 * 监督与评价: how the public complains or supervises (channels), what became of complaints
 * (受理, 办结, 满意) and how the public rated the service (好差评, five levels), per period.
 */
import * as z from 'zod/v4/mini';
import { HttpUrl, Text, datasetHeader } from './common.js';

export const CHANNEL_KINDS = [
  'phone', // 监督电话
  'hotline', // 12345 政务服务便民热线
  'mailbox', // 意见箱 / 信箱 (a place)
  'email',
  'online', // 网上投诉地址
  'unit', // 投诉受理单位
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const Channel = z.object({
  kind: z.enum(CHANNEL_KINDS, { error: 'channel_kind' }),
  label: Text,
  /** The number, address or e-mail as published. */
  value: Text,
  url: z.optional(HttpUrl),
  hours: z.optional(Text),
});
export type Channel = z.infer<typeof Channel>;

/** A calendar month (2026-03), quarter (2026-Q1) or year (2026). */
export const Period = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/, { error: 'period' }));

const Count = z.nullable(z.int({ error: 'count' }).check(z.gte(0, { error: 'count' })));

/** 投诉: received (受理), settled (办结) and settled to the complainant's satisfaction (满意). */
export const ComplaintStats = z.object({ period: Period, received: Count, settled: Count, satisfied: Count });
export type ComplaintStats = z.infer<typeof ComplaintStats>;

export const RATING_LEVELS = ['verySatisfied', 'satisfied', 'neutral', 'dissatisfied', 'veryDissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** 好差评 of one period: counts of the five levels, and what became of the bad ratings (差评整改). */
export const RatingStats = z.object({
  period: Period,
  counts: z.object({
    verySatisfied: Count,
    satisfied: Count,
    neutral: Count,
    dissatisfied: Count,
    veryDissatisfied: Count,
  }),
  /** 差评 to put right, and how many were (整改). */
  rectification: z.optional(z.object({ due: Count, done: Count })),
});
export type RatingStats = z.infer<typeof RatingStats>;

export const Supervision = z.object({
  ...datasetHeader,
  kind: z.literal('supervision', { error: 'kind' }),
  department: z.optional(Text),
  channels: z.array(Channel),
  complaints: z.optional(z.array(ComplaintStats)),
  ratings: z.optional(z.array(RatingStats)),
});
export type Supervision = z.infer<typeof Supervision>;
