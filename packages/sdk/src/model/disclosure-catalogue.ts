/**
 * 政务公开事项标准目录 (国办发〔2019〕54号): what a county or township must publish, one entry per 事项
 * of the 26 领域 standard guidelines — content, basis, time limit, who, through which channels, to
 * whom, how and at which level — and links to the datasets of the feed that fulfil each entry.
 */
import * as z from 'zod/v4/mini';
import { DateString, DocumentRef, Id, Text, datasetHeader } from './common.js';

/** 公开渠道和载体, the fixed list the standard guidelines print with ■/□ marks. */
export const CATALOGUE_CHANNELS = [
  'website', // 政府网站
  'gazette', // 政府公报
  'social-media', // 两微一端
  'briefing', // 发布会/听证会
  'broadcast', // 广播电视
  'print', // 纸质媒体 (纸质载体)
  'reading-room', // 公开查阅点
  'service-center', // 政务服务中心 (行政服务中心)
  'service-station', // 便民服务站
  'door-to-door', // 入户/现场
  'notice-board', // 社区/村公示栏（电子屏）
  'targeted-push', // 精准推送
  'other', // 其他
] as const;
export type CatalogueChannel = (typeof CATALOGUE_CHANNELS)[number];

/** 公开对象. */
export const CATALOGUE_AUDIENCES = ['public', 'specific'] as const; // 全社会, 特定群体
/** 公开方式. */
export const CATALOGUE_MODES = ['proactive', 'on-request'] as const; // 主动, 依申请
/** 公开层级. */
export const CATALOGUE_LEVELS = ['county', 'township', 'village'] as const; // 县级, 乡级, 村级

/** The parts of a 公开时限 that can be read off its text ("信息形成或变更之日起20个工作日内"). */
export const TimeLimitParsed = z.object({
  /** What the time runs from: 信息形成或变更, 信息形成, 批复, 作出决定. Absent when the text names none. */
  from: z.optional(z.enum(['formed-or-changed', 'formed', 'approved', 'decided'], { error: 'time_limit_from' })),
  days: z.int({ error: 'count' }).check(z.gte(0, { error: 'count' }), z.lte(3650, { error: 'count' })),
  unit: z.enum(['working-days', 'days'], { error: 'time_limit_unit' }),
});
export type TimeLimitParsed = z.infer<typeof TimeLimitParsed>;

/** 公开时限 as printed, and its parsed form when the text parses ("实时公开", "同上" do not). */
export const DisclosureTimeLimit = z.object({ text: Text, parsed: z.optional(TimeLimitParsed) });
export type DisclosureTimeLimit = z.infer<typeof DisclosureTimeLimit>;

/** A dataset of the same feed that fulfils an entry; `records` narrows it to some records (fee, guide ids). */
export const DisclosureLink = z.object({ dataset: Id, records: z.optional(z.array(Id)) });
export type DisclosureLink = z.infer<typeof DisclosureLink>;

const set = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.array(z.enum(values, { error })).check(z.refine((a) => new Set(a).size === a.length, { error: 'duplicate_value' }));

export const DisclosureEntry = z.object({
  id: Id,
  /** 序号 as printed. */
  no: z.optional(Text),
  /** 领域, e.g. 财政预决算, 社会救助 (one of the 26 standard guidelines, or a local one). */
  domain: Text,
  /** 一级事项. */
  level1: Text,
  /** 二级事项; absent where the table prints only one level. */
  level2: z.optional(Text),
  /** 公开内容（要素）. */
  content: Text,
  /** 公开依据. */
  basis: z.optional(z.array(DocumentRef)),
  /** 公开时限. */
  timeLimit: DisclosureTimeLimit,
  /** 公开主体. */
  publisher: Text,
  /** 公开渠道和载体 ticked (■/√) in the table. */
  channels: set(CATALOGUE_CHANNELS, 'catalogue_channel'),
  /** Channels printed outside the fixed list (投资项目在线审批监管平台, 12345热线), kept as printed. */
  otherChannels: z.optional(z.array(Text)),
  /** 公开对象. */
  openTo: set(CATALOGUE_AUDIENCES, 'catalogue_audience'),
  /** 公开方式. */
  openHow: set(CATALOGUE_MODES, 'catalogue_mode'),
  /** 公开层级. */
  openLevels: set(CATALOGUE_LEVELS, 'catalogue_level'),
  /**
   * 信息形成或变更日期: when the information this entry covers last changed, as the catalogue keeper
   * records it. The time limit runs from it; without it no lateness is judged.
   */
  changed: z.optional(DateString),
  /** The datasets (and records) of this feed that publish the entry; none means not yet published. */
  links: z.optional(z.array(DisclosureLink)),
});
export type DisclosureEntry = z.infer<typeof DisclosureEntry>;

export const DisclosureCatalogue = z.object({
  ...datasetHeader,
  kind: z.literal('disclosure-catalogue', { error: 'kind' }),
  /** The county or township whose catalogue this is. */
  region: z.optional(Text),
  entries: z.array(DisclosureEntry),
});
export type DisclosureCatalogue = z.infer<typeof DisclosureCatalogue>;
