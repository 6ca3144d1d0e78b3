/** Service guides (办事指南): one record per service item (事项). */
import * as z from 'zod/v4/mini';
import { DocumentRef, HttpUrl, Id, Text, WorkingDays, datasetHeader, sourceField } from './common.js';

export const SERVICE_TYPES = [
  'licensing', // 行政许可
  'confirmation', // 行政确认
  'payment', // 行政给付
  'ruling', // 行政裁决
  'public-service', // 公共服务
  'other', // 其他行政权力
] as const;

/** One row of 申请材料. */
export const Material = z.object({
  name: Text,
  /** 原件 / 复印件 / 原件和复印件 / 电子材料 */
  form: z.enum(['original', 'copy', 'original-and-copy', 'electronic'], { error: 'material_form' }),
  copies: z.optional(z.int({ error: 'count' }).check(z.gte(0, { error: 'count' }))),
  required: z.boolean({ error: 'boolean' }),
  notes: z.optional(Text),
  /** Link to the blank form (空白表格). */
  blankForm: z.optional(HttpUrl),
  /** Link to a filled-in example (示例样表). */
  example: z.optional(HttpUrl),
});
export type Material = z.infer<typeof Material>;

/** 收费: either 不收费, or references to fee items of a fee list in the same feed. */
export const GuideFees = z.union(
  [
    z.object({ free: z.literal(true), note: z.optional(Text) }),
    z.object({ refs: z.array(Id).check(z.minLength(1, { error: 'refs_empty' })), note: z.optional(Text) }),
  ],
  { error: 'guide_fees' },
);
export type GuideFees = z.infer<typeof GuideFees>;

export const ServiceGuide = z.object({
  id: Id,
  /** 事项编码 */
  code: z.optional(Text),
  name: Text,
  type: z.enum(SERVICE_TYPES, { error: 'service_type' }),
  department: Text,
  /** 办理窗口 */
  window: z.optional(Text),
  /** 设定依据 */
  legalBasis: z.array(DocumentRef),
  /** 申请条件 */
  conditions: z.optional(z.array(Text)),
  materials: z.array(Material),
  /** Id of a process (审批流程图) in a process dataset of the same feed. */
  processRef: z.optional(Id),
  /** A flowchart image, for publishers who have no graph yet. */
  flowchartImage: z.optional(HttpUrl),
  /** 法定时限 and 承诺时限, in working days. */
  legalDays: z.optional(WorkingDays),
  promisedDays: z.optional(WorkingDays),
  fees: z.optional(GuideFees),
  /** 办理结果 / 审批决定证件 */
  result: z.optional(Text),
  /** 年检要求 */
  annualInspection: z.optional(Text),
  /** 注意事项 */
  notes: z.optional(z.array(Text)),
  /** 到现场次数: 0 (全程网办), 1 (最多跑一次), … */
  visits: z.optional(z.int({ error: 'count' }).check(z.gte(0, { error: 'count' }))),
  consultPhone: z.optional(Text),
  complaintPhone: z.optional(Text),
  address: z.optional(Text),
  hours: z.optional(Text),
  onlineUrl: z.optional(HttpUrl),
  ...sourceField,
});
export type ServiceGuide = z.infer<typeof ServiceGuide>;

export const ServiceGuideList = z.object({
  ...datasetHeader,
  kind: z.literal('service-guide', { error: 'kind' }),
  department: z.optional(Text),
  guides: z.array(ServiceGuide),
});
export type ServiceGuideList = z.infer<typeof ServiceGuideList>;

export type ServiceType = (typeof SERVICE_TYPES)[number];
