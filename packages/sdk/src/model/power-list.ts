/**
 * 权责清单 (power list, 中办发〔2015〕21号): one record per power (职权) of a department, with its
 * legal basis, who exercises it, the duties that come with it (责任事项) and when someone is held
 * to account (追责情形). A power links by id to the guides, process and fees that carry it out.
 */
import * as z from 'zod/v4/mini';
import { DateString, DocumentRef, Id, Text, datasetHeader, sourceField } from './common.js';

/** The ten national types of 职权, in the order lists print them. */
export const POWER_TYPES = [
  'licensing', // 行政许可
  'penalty', // 行政处罚
  'enforcement', // 行政强制
  'levy', // 行政征收
  'payment', // 行政给付
  'inspection', // 行政检查
  'confirmation', // 行政确认
  'reward', // 行政奖励
  'ruling', // 行政裁决
  'other', // 其他行政权力
] as const;
export type PowerType = (typeof POWER_TYPES)[number];

/** 行使层级: the levels of government that exercise a power (a list often says 省、市、县). */
export const POWER_LEVELS = ['national', 'provincial', 'municipal', 'county', 'township'] as const;
export type PowerLevel = (typeof POWER_LEVELS)[number];

export const POWER_STATUSES = ['active', 'suspended', 'cancelled'] as const; // 有效 / 暂停 / 取消
export type PowerStatus = (typeof POWER_STATUSES)[number];

/** 子项: part of a power that a list splits out, with its own code when it has one. */
const PowerSubItem = z.object({ code: z.optional(Text), name: Text });

export const Power = z.object({
  id: Id,
  /** 职权编码, as published; absent where the list prints none (none is made up). */
  code: z.optional(Text),
  name: Text,
  subItems: z.optional(z.array(PowerSubItem)),
  type: z.enum(POWER_TYPES, { error: 'power_type' }),
  /** 实施依据: documents with the 条款 cited. */
  basis: z.array(DocumentRef),
  /** 行使主体: the department, and the office inside it that does the work. */
  department: Text,
  office: z.optional(Text),
  /** 责任事项 */
  responsibilities: z.array(Text),
  /** 追责情形 */
  accountability: z.array(Text),
  /** 监督方式 and 监督电话 */
  supervision: z.optional(z.object({ method: z.optional(Text), phone: z.optional(Text) })),
  levels: z.optional(z.array(z.enum(POWER_LEVELS, { error: 'power_level' }))),
  status: z.enum(POWER_STATUSES, { error: 'power_status' }),
  /** Since when the status holds (the date a power was suspended or cancelled, or took effect). */
  statusDate: z.optional(DateString),
  /** The service guides, process (审批流程图) and fees of the same feed that carry out this power. */
  guideRefs: z.optional(z.array(Id)),
  processRef: z.optional(Id),
  feeRefs: z.optional(z.array(Id)),
  notes: z.optional(Text),
  ...sourceField,
});
export type Power = z.infer<typeof Power>;

export const PowerList = z.object({
  ...datasetHeader,
  kind: z.literal('power-list', { error: 'kind' }),
  department: z.optional(Text),
  powers: z.array(Power),
});
export type PowerList = z.infer<typeof PowerList>;
