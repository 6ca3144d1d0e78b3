/**
 * 政府信息公开指南 (《政府信息公开条例》 第十二条): where and how to apply, what the application holds
 * (第二十九条), how the date of receipt is set per channel (第三十一条), the time limits (第三十二、
 * 三十三条), 信息处理费 (国办函〔2020〕109号) and the holiday calendar the working days are counted on.
 */
import * as z from 'zod/v4/mini';
import { DateString, DocumentRef, HttpUrl, Text, WorkingDays, Year, datasetHeader } from './common.js';

/** 当面, 邮寄, 网络, 传真 */
export const REQUEST_CHANNELS = ['in-person', 'post', 'online', 'fax'] as const;
/**
 * 第三十一条: the date of receipt is the day it is handed in (当面提交), the day it is signed for
 * (邮寄; a letter not signed for: the day it is confirmed with the applicant), or the day both sides
 * confirm it (互联网渠道、传真).
 */
export const RECEIPT_RULES = ['handed-in', 'signed-for', 'confirmed'] as const;

export const RequestChannel = z.object({
  type: z.enum(REQUEST_CHANNELS, { error: 'request_channel' }),
  address: z.optional(Text),
  postcode: z.optional(Text),
  hours: z.optional(Text),
  phone: z.optional(Text),
  fax: z.optional(Text),
  url: z.optional(HttpUrl),
  receipt: z.optional(z.enum(RECEIPT_RULES, { error: 'receipt_rule' })),
  note: z.optional(Text),
});

/** One holiday of a year's 放假安排, as the notice prints it (春节: 2月15日至23日). */
export const HolidayRange = z.object({ name: Text, from: DateString, to: DateString });

/**
 * A year's official calendar: the holidays and the make-up workdays (调休上班) of the State Council's
 * 放假安排 notice, with the notice as its source. The SDK ships the years it knows; a guide may carry
 * its own (a newer year, or a local one), which then replaces the shipped year.
 */
export const CalendarYear = z.object({
  year: Year,
  holidays: z.array(HolidayRange),
  workdays: z.array(DateString),
  source: DocumentRef,
});

export const RequestGuide = z.object({
  ...datasetHeader,
  kind: z.literal('request-guide', { error: 'kind' }),
  /** The body that handles the requests (本机关) and its 政府信息公开工作机构. */
  publisher: Text,
  office: z.optional(Text),
  channels: z.array(RequestChannel),
  /** 第二十九条: what an application holds (name, contact, ID, description of the information, form). */
  formFields: z.array(Text),
  /** 第三十三条 and 第三十二条, in working days. */
  timeLimits: z.object({
    reply: WorkingDays,
    extension: WorkingDays,
    thirdParty: WorkingDays,
  }),
  fees: z.optional(z.object({ basis: DocumentRef, text: z.optional(Text) })),
  calendars: z.optional(z.array(CalendarYear)),
  text: z.optional(Text),
});

export type RequestChannel = z.infer<typeof RequestChannel>;
export type CalendarYear = z.infer<typeof CalendarYear>;
export type RequestGuide = z.infer<typeof RequestGuide>;
