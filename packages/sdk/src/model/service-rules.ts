/**
 * 办事纪律 (service rules): the numbered rules a service hall works by, with their basis, and the
 * staff on duty at each window (挂牌上岗). Staff serve in public office and are named as posted.
 */
import * as z from 'zod/v4/mini';
import { DocumentRef, HttpUrl, Text, datasetHeader } from './common.js';

export const RULE_CATEGORIES = [
  'first-inquiry', // 首问负责
  'one-time-notice', // 一次性告知
  'time-limit', // 限时办结
  'badge', // 挂牌上岗
  'prohibition', // 禁止性规定
  'other',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const ServiceRule = z.object({
  /** 序号 as posted. */
  no: z.optional(z.int().check(z.gte(1))),
  category: z.enum(RULE_CATEGORIES, { error: 'rule_category' }),
  title: Text,
  text: Text,
  basis: z.optional(z.array(DocumentRef)),
});
export type ServiceRule = z.infer<typeof ServiceRule>;

export const StaffOnDuty = z.object({
  window: Text,
  name: Text,
  position: z.optional(Text),
  photo: z.optional(HttpUrl),
});
export type StaffOnDuty = z.infer<typeof StaffOnDuty>;

export const ServiceRules = z.object({
  ...datasetHeader,
  kind: z.literal('service-rules', { error: 'kind' }),
  department: z.optional(Text),
  rules: z.array(ServiceRule),
  staff: z.optional(z.array(StaffOnDuty)),
});
export type ServiceRules = z.infer<typeof ServiceRules>;
