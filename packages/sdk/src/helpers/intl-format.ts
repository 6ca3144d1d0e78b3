/**
 * Intl formatters, made once each: creating one is costly (a new NumberFormat per fee standard made
 * the first search of a 10,000-fee table take 200 ms), and the first of a page loads locale data.
 */
import type { Lang } from '../model/common.js';

/** A number formatter that never prints a negative zero. */
export interface NumberFormat {
  format(value: number): string;
}

const numberFormats = new Map<string, NumberFormat>();

/**
 * Grouped decimals with `min`–`max` fraction digits in the reader's language. A −0, or a small
 * negative rounded to zero (−0.001 at 2 decimals), prints as 0: "-0" is no published figure.
 * (`signDisplay: 'negative'` does this too, but throws in the Chromium 86–105 of 信创 browsers.)
 */
export function numberFormat(lang: Lang, min: number, max: number): NumberFormat {
  const key = `${lang}|${min}|${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    const intl = new Intl.NumberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max });
    f = {
      format: (value) => {
        const text = intl.format(value);
        return /^[-−]/.test(text) && !/[1-9]/.test(text) ? text.slice(1) : text;
      },
    };
    numberFormats.set(key, f);
  }
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
