/**
 * A procedure's time as the public may rely on it: the guide's published 承诺/法定 time, never a sum
 * of the chart's steps in its place. Where the steps add up to more along the longest path, that sum
 * is said beside the promise, as the steps' sum. One wording for the flowchart (web, TV, kiosk) and
 * the printed poster.
 */
import type { Lang } from '../model/common.js';
import type { Process } from '../model/process.js';
import type { ServiceGuide } from '../model/service-guide.js';
import { formatWorkingDays } from './dates.js';
import { longestPathDays, type CriticalPath } from './process-path.js';

/** The times a guide publishes for its procedure, in working days. */
export interface PublishedTimes {
  promisedDays?: number;
  legalDays?: number;
}

/**
 * The published times of the guides carried out through `processId`, when every such guide publishes
 * the same ones; undefined when none refers to it or they differ (one chart serving 低保 at 20 days
 * and 临时救助 at 10 cannot state either as its own).
 */
export function publishedTimesFor(processId: string, guides: readonly ServiceGuide[]): PublishedTimes | undefined {
  let found: PublishedTimes | undefined;
  for (const g of guides) {
    if (g.processRef !== processId) continue;
    const times = { promisedDays: g.promisedDays, legalDays: g.legalDays };
    if (found && (found.promisedDays !== times.promisedDays || found.legalDays !== times.legalDays)) return undefined;
    found = times;
  }
  return found;
}

/** The time the steps are held to: the promise, else the legal limit. */
const limitOf = (t: PublishedTimes): number | undefined => t.promisedDays ?? t.legalDays;

/** Whether the steps' own times, along the longest path, add up to more than the published limit. */
export function stepsExceedPublished(path: CriticalPath, published: PublishedTimes): boolean {
  const limit = limitOf(published);
  return limit !== undefined && path.unknown.length === 0 && path.days > limit;
}

const TEXT = {
  'zh-CN': {
    promised: '承诺时限：{days}',
    legal: '法定时限：{days}',
    join: '，',
    steps: '各步骤时限按最长路径合计 {days}',
    stepsBeside: '；各步骤时限按最长路径合计 {days}，以承诺时限为准',
    stepsBesideLegal: '；各步骤时限按最长路径合计 {days}，以法定时限为准',
    unknown: '全程时限：未注明（{n} 个步骤未公布时限）',
    unknownBeside: '（{n} 个步骤未公布各自时限）',
  },
  en: {
    promised: 'Promised time: {days}',
    legal: 'Legal limit: {days}',
    join: '; ',
    steps: "The steps' own times add up to {days} along the longest path",
    stepsBeside: "; the steps' own times add up to {days} along the longest path: the promised time applies",
    stepsBesideLegal: "; the steps' own times add up to {days} along the longest path: the legal limit applies",
    unknown: 'Total time: not stated ({n} steps publish no time limit)',
    unknownBeside: ' ({n} steps publish no time limit of their own)',
  },
} as const;

const fill = (s: string, p: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

/**
 * The line a chart or poster prints for a procedure's time: the published times first; the steps'
 * longest-path sum only beside them when it is longer, or alone when nothing is published — worded
 * as the steps' sum, never as the promise.
 */
export function timeLimitText(process: Process, published: PublishedTimes = {}, lang: Lang = 'zh-CN'): string {
  const t = TEXT[lang];
  const days = (d: number) => formatWorkingDays(d, lang);
  const path = longestPathDays(process);
  const parts: string[] = [];
  if (published.promisedDays !== undefined) parts.push(fill(t.promised, { days: days(published.promisedDays) }));
  if (published.legalDays !== undefined) parts.push(fill(t.legal, { days: days(published.legalDays) }));
  const head = parts.join(t.join);
  const n = path.unknown.length;
  if (!head) return n ? fill(t.unknown, { n }) : fill(t.steps, { days: days(path.days) });
  if (n) return head + fill(t.unknownBeside, { n });
  if (!stepsExceedPublished(path, published)) return head;
  const beside = published.promisedDays !== undefined ? t.stepsBeside : t.stepsBesideLegal;
  return head + fill(beside, { days: days(path.days) });
}
