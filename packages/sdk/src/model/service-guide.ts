/** Service guides (办事指南): one record per service item (事项). */
import * as z from 'zod/v4/mini';
import { DocumentRef, HttpUrl, Id, Text, WorkingDays, datasetHeader, sourceField } from './common.js';
import { POWER_LEVELS } from './power-list.js';

export const SERVICE_TYPES = [
  'licensing', // 行政许可
  'confirmation', // 行政确认
  'payment', // 行政给付
  'ruling', // 行政裁决
  'public-service', // 公共服务
  'other', // 其他行政权力
] as const;

/** 材料形式, first axis: 原件 / 复印件 / 原件和复印件. */
export const MATERIAL_COPIES = ['original', 'copy', 'original-and-copy'] as const;
/** 材料形式, second axis: 纸质 / 电子 / 纸质和电子. */
export const MATERIAL_MEDIA = ['paper', 'electronic', 'paper-and-electronic'] as const;

/** 办件类型: 即办件 (done at the window) or 承诺件 (done within the promised time). */
export const CASE_TYPES = ['immediate', 'promised'] as const;
/** 通办范围: where else the item can be handled. */
export const CROSS_REGION_SCOPES = ['national', 'provincial', 'municipal', 'county', 'none'] as const;

/** One row of 申请材料. */
export const Material = z.object({
  name: Text,
  /**
   * Model version 1's single axis (原件 / 复印件 / 原件和复印件 / 电子材料). Version 2 writes the two
   * axes below; `materialForm()` reads either.
   */
  form: z.optional(z.enum(['original', 'copy', 'original-and-copy', 'electronic'], { error: 'material_form' })),
  /** 原件 / 复印件 */
  copy: z.optional(z.enum(MATERIAL_COPIES, { error: 'material_copy' })),
  /** 纸质 / 电子 */
  medium: z.optional(z.enum(MATERIAL_MEDIA, { error: 'material_medium' })),
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
  /** 服务对象, as printed: 自然人, 企业法人, 社会组织法人 … */
  audience: z.optional(z.array(Text)),
  /** 行使层级 */
  levels: z.optional(z.array(z.enum(POWER_LEVELS, { error: 'power_level' }))),
  /** 办件类型 */
  caseType: z.optional(z.enum(CASE_TYPES, { error: 'case_type' })),
  /** 通办范围 */
  crossRegion: z.optional(z.enum(CROSS_REGION_SCOPES, { error: 'cross_region' })),
  /** 共同实施部门 */
  jointDepartments: z.optional(z.array(Text)),
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
  /** 咨询电话; `consultPhones` when several are printed. */
  consultPhone: z.optional(Text),
  consultPhones: z.optional(z.array(Text)),
  /** 监督投诉电话; `complaintPhones` when several are printed. */
  complaintPhone: z.optional(Text),
  complaintPhones: z.optional(z.array(Text)),
  address: z.optional(Text),
  hours: z.optional(Text),
  onlineUrl: z.optional(HttpUrl),
  /** 是否网上办理, when the guide says 是/否 without a link. */
  online: z.optional(z.boolean({ error: 'boolean' })),
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
export type MaterialCopy = (typeof MATERIAL_COPIES)[number];
export type MaterialMedium = (typeof MATERIAL_MEDIA)[number];
export type CaseType = (typeof CASE_TYPES)[number];
export type CrossRegionScope = (typeof CROSS_REGION_SCOPES)[number];
