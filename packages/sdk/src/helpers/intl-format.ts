/**
 * Intl formatters, made once each: creating one is costly (a new NumberFormat per fee standard made
 * the first search of a 10,000-fee table take 200 ms), and the first of a page loads locale data.
 */
import type { Lang } from '../model/common.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Grouped decimals with `min`–`max` fraction digits in the reader's language. */
export function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max })),
    );
  return f;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** 2026年3月1日 / 1 Mar 2026, in the given time zone. */
export function dateFormat(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f)
    dateFormats.set(
      key,
      (f = new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: lang === 'en' ? 'short' : 'long',
        day: 'numeric',
        timeZone,
      })),
    );
  return f;
}
