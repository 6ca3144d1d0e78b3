/** Approval flowcharts (审批流程图) as a graph: nodes with who and how long, labelled edges. */
import * as z from 'zod/v4/mini';
import { Id, Text, WorkingDays, datasetHeader, sourceField } from './common.js';

export const NODE_KINDS = ['start', 'step', 'decision', 'end'] as const;

export const ProcessNode = z.object({
  id: Id,
  kind: z.enum(NODE_KINDS, { error: 'node_kind' }),
  label: Text,
  /** Who does it: 窗口, 业务科室, 分管领导… */
  owner: z.optional(Text),
  /** Swimlane; defaults to the owner. */
  lane: z.optional(Text),
  /** 时限 for this step, in working days. */
  days: z.optional(WorkingDays),
  description: z.optional(Text),
  /** 审查标准: what the step checks, as the guide prints it. */
  criteria: z.optional(Text),
  /** 办理结果: what the step produces (受理通知书, 审批决定). */
  result: z.optional(Text),
});
export type ProcessNode = z.infer<typeof ProcessNode>;

export const ProcessEdge = z.object({
  from: Id,
  to: Id,
  /** 受理 / 不予受理 / 补正材料 … */
  label: z.optional(Text),
});
export type ProcessEdge = z.infer<typeof ProcessEdge>;

export const Process = z.object({
  id: Id,
  name: Text,
  department: z.optional(Text),
  nodes: z.array(ProcessNode).check(z.minLength(2, { error: 'nodes_too_few' })),
  edges: z.array(ProcessEdge),
  ...sourceField,
});
export type Process = z.infer<typeof Process>;

export const ProcessList = z.object({
  ...datasetHeader,
  kind: z.literal('process', { error: 'kind' }),
  processes: z.array(Process),
});
export type ProcessList = z.infer<typeof ProcessList>;

export type NodeKind = (typeof NODE_KINDS)[number];
