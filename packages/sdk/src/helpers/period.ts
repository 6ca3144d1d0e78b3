/**
 * A statistics period as printed: "2026-Q1" → 2026年第一季度 / Q1 2026, "2025-12" → 2025年12月 /
 * December 2025, "2025" → 2025年 / 2025. The feed's form (the model's `Period`) is for machines; a
 * reader, on a wall TV above all, reads the words. Anything else is shown as given, never dropped.
 */
import type { Lang } from '../model/common.js';

const QUARTERS_ZH = ['一', '二', '三', '四'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatPeriod(period: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$/.exec(period.trim());
  if (!m) return period;
  const [, year, month, quarter] = m;
  if (quarter) return lang === 'en' ? `Q${quarter} ${year}` : `${year}年第${QUARTERS_ZH[Number(quarter) - 1]}季度`;
  if (month) return lang === 'en' ? `${MONTHS_EN[Number(month) - 1]} ${year}` : `${year}年${Number(month)}月`;
  return lang === 'en' ? year! : `${year}年`;
}
