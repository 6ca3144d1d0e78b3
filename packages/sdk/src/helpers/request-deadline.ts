/**
 * 答复期限 of a request (《政府信息公开条例》 第三十三条): 20 working days from the date of receipt,
 * extendable by at most 20 more; the time a third party or another body takes to give its opinion
 * (第三十二条: 15 working days) is not counted. Working days follow the official calendar.
 */
import type { CalendarYear } from '../model/request-guide.js';
import { addWorkingDays } from './dates.js';
import { workingCalendar } from '../calendar/index.js';

export interface DeadlineInput {
  /** The date of receipt (第三十一条), YYYY-MM-DD. */
  received: string;
  /** 20 unless the guide says otherwise. */
  replyDays?: number;
  /** Working days of extension granted (at most 20). */
  extensionDays?: number;
  /** Working days spent waiting for a third party's or another body's opinion, not counted. */
  consultationDays?: number;
  /** The publisher's own calendars (replace the shipped years). */
  calendars?: readonly CalendarYear[];
}

export interface Deadline {
  /** The last day to reply, YYYY-MM-DD. */
  date: string;
  workingDays: number;
  /** False when the count runs into a year no calendar covers (weekends alone were used there). */
  calendarCovers: boolean;
}

export function replyDeadline(input: DeadlineInput): Deadline {
  const workingDays = (input.replyDays ?? 20) + (input.extensionDays ?? 0) + (input.consultationDays ?? 0);
  const calendar = workingCalendar(input.calendars);
  const date = addWorkingDays(input.received, workingDays, calendar);
  const from = Number(input.received.slice(0, 4));
  const to = Number(date.slice(0, 4));
  let calendarCovers = true;
  for (let y = from; y <= to; y++) if (!calendar.years.includes(y)) calendarCovers = false;
  return { date, workingDays, calendarCovers };
}
