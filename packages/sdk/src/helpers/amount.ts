/** Amounts in 元 / 万元 / 亿元: exact conversion and formatting with the unit always visible. */
import type { AmountUnit } from '../model/common.js';
import type { Lang } from '../model/common.js';
import { numberFormat } from './intl-format.js';

export const UNIT_FACTORS: Record<AmountUnit, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

const UNIT_LABELS: Record<Lang, Record<AmountUnit, string>> = {
  'zh-CN': { 元: '元', 万元: '万元', 亿元: '亿元' },
  en: { 元: 'yuan', 万元: '× 10,000 yuan', 亿元: '× 100 million yuan' },
};

export const NOT_REPORTED: Record<Lang, string> = { 'zh-CN': '未填报', en: 'not reported' };

export function unitLabel(unit: AmountUnit, lang: Lang = 'zh-CN'): string {
  return UNIT_LABELS[lang][unit];
}

/** Converts between units without float drift (1234.56 万元 → 12345600 元, not 12345600.000000002). */
export function convertAmount(value: number, from: AmountUnit, to: AmountUnit): number {
  if (from === to) return value;
  return Number(((value * UNIT_FACTORS[from]) / UNIT_FACTORS[to]).toPrecision(15));
}

/** The largest unit in which the value is still ≥ 1, for figures shown at a glance. */
export function bestUnit(value: number, from: AmountUnit): AmountUnit {
  const yuan = Math.abs(value * UNIT_FACTORS[from]);
  return yuan >= 1e8 ? '亿元' : yuan >= 1e4 ? '万元' : '元';
}

export interface FormatAmountOptions {
  /** The unit the figure is stated in. */
  unit: AmountUnit;
  /** Show it in this unit instead; `auto` picks the largest readable one. */
  display?: AmountUnit | 'auto';
  lang?: Lang;
  /** Decimals shown; default 2 for 万元/亿元 and up to 2 for 元. */
  decimals?: number;
  /** Append the unit (default true). Tables that state the unit in the header pass false. */
  withUnit?: boolean;
  /** Shown for null (not reported). Default "—". */
  blank?: string;
}

/** `formatAmount(1234.5, { unit: '万元' })` → "1,234.50 万元"; null → "—" (not reported, unlike 0). */
export function formatAmount(value: number | null | undefined, opts: FormatAmountOptions): string {
  const lang = opts.lang ?? 'zh-CN';
  if (typeof value !== 'number' || !Number.isFinite(value)) return opts.blank ?? '—';
  const unit = opts.display === 'auto' ? bestUnit(value, opts.unit) : (opts.display ?? opts.unit);
  const shown = convertAmount(value, opts.unit, unit); // numberFormat never prints "-0"
  const min = opts.decimals ?? (unit === '元' ? 0 : 2);
  const max = opts.decimals ?? 2;
  const text = numberFormat(lang, min, max).format(shown);
  return opts.withUnit === false ? text : `${text} ${unitLabel(unit, lang)}`;
}

/** "+12.3%" / "−4.0%"; null → "—". */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang = 'zh-CN',
  decimals = 1,
  { unsigned = false }: { unsigned?: boolean } = {},
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const text = numberFormat(lang, decimals, decimals).format(Math.abs(value));
  // A share of a whole has no direction; a change has one (+ up, − down).
  if (unsigned) return `${value < 0 ? '−' : ''}${text}%`;
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}%`;
}
