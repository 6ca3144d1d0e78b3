/**
 * 结果公示 (published results): 办件结果, 行政处罚/检查决定, 抽查结果 and 资金发放名单. Each record
 * names its parties as natural or legal persons: a natural person's name, ID and phone numbers are
 * masked by the SDK (`deidentify`) before a feed is built, and the validator refuses them unmasked.
 */
import * as z from 'zod/v4/mini';
import { Amount, DateString, DocumentRef, Id, Text, datasetHeader, sourceField } from './common.js';

/** 当事人 / 申请人: a natural person (masked) or a legal person (named in full). */
export const Party = z.object({
  name: Text,
  kind: z.enum(['person', 'organization'], { error: 'party_kind' }),
  /** 统一社会信用代码 of an organization; a person's ID number is never published. */
  creditCode: z.optional(Text),
});
export type Party = z.infer<typeof Party>;

/** 公示期: from when to when a record is shown; after `end` it is only in the archive. */
export const Publicity = z.object({ start: DateString, end: DateString });

const common = {
  id: Id,
  publicity: z.optional(Publicity),
  notes: z.optional(Text),
  ...sourceField,
};

/** 办件结果: one application decided. */
const CaseResult = z.object({
  type: z.literal('case'),
  ...common,
  /** 事项 as the public knows it, and the guide that describes it. */
  item: Text,
  guideRef: z.optional(Id),
  applicant: Party,
  accepted: DateString,
  /** 办结日期; absent while the case is still open. */
  decided: z.optional(DateString),
  outcome: z.enum(['approved', 'rejected', 'pending'], { error: 'case_outcome' }),
  /** Why an application was refused (不予许可的理由). */
  reason: z.optional(Text),
  /** Finished within the promised time; absent when unknown (never guessed). */
  onTime: z.optional(z.boolean({ error: 'boolean' })),
});

/** 行政处罚决定 / 行政检查决定. */
const Decision = z.object({
  type: z.literal('decision'),
  ...common,
  kind: z.enum(['penalty', 'inspection'], { error: 'decision_kind' }),
  /** 文书号 (决定书文号), as printed. */
  docNumber: Text,
  party: Party,
  /** 违法事实 (a summary). */
  facts: Text,
  basis: z.array(DocumentRef),
  /** 处罚结果 / 检查结果, as printed. */
  result: Text,
  date: DateString,
});

/** 双随机抽查结果. */
const SpotCheck = z.object({
  type: z.literal('spot-check'),
  ...common,
  /** 抽查任务 */
  task: Text,
  party: Party,
  date: DateString,
  /** 抽查结果, as printed ("未发现问题", "发现问题，已责令整改"). */
  result: Text,
  problemFound: z.optional(z.boolean({ error: 'boolean' })),
});

/** 资金发放名单: one household or person paid under a programme (补贴/奖励). */
const Payment = z.object({
  type: z.literal('payment'),
  ...common,
  recipient: Party,
  /** 村/社区: where the recipient lives, never a street address. */
  village: z.optional(Text),
  programme: Text,
  /** The amount paid, in 元, as published; `null` where the list leaves it blank. */
  amount: Amount,
  date: z.optional(DateString),
});

export const Result = z.discriminatedUnion('type', [CaseResult, Decision, SpotCheck, Payment], {
  error: 'result_type',
});
export type Result = z.infer<typeof Result>;
export type ResultType = Result['type'];
export const RESULT_TYPES = ['case', 'decision', 'spot-check', 'payment'] as const satisfies readonly ResultType[];

export const ResultList = z.object({
  ...datasetHeader,
  kind: z.literal('results', { error: 'kind' }),
  department: z.optional(Text),
  /** The 公示期 of every record that does not give its own. */
  publicity: z.optional(Publicity),
  results: z.array(Result),
});
export type ResultList = z.infer<typeof ResultList>;
