/** Fee standards as people read them: "80 元/件", "50–200 元", "免收", "停征". */
import type { FeeStandard } from '../model/fees.js';
import type { Lang } from '../model/common.js';
import { numberFormat } from './intl-format.js';

const T = {
  'zh-CN': { yuan: '元', free: '免收', suspended: '停征', min: '最低', max: '最高', sep: '；', none: '未公布标准' },
  en: {
    yuan: 'yuan',
    free: 'Free',
    suspended: 'Suspended',
    min: 'min.',
    max: 'max.',
    sep: '; ',
    none: 'standard not published',
  },
} as const;

export function formatFeeStandard(standard: FeeStandard | undefined, lang: Lang = 'zh-CN'): string {
  const t = T[lang];
  if (!standard) return t.none;
  const nf = numberFormat(lang, 0, 2);
  const n = (v: number) => nf.format(v);
  const money = (v: number, per?: string) => `${n(v)} ${t.yuan}${per ? `/${per}` : ''}`;
  switch (standard.type) {
    case 'fixed':
      return money(standard.amount, standard.per);
    case 'range':
      return `${n(standard.min)}–${money(standard.max, standard.per)}`;
    case 'per-unit': {
      const limits = [
        standard.minCharge !== undefined ? `${t.min} ${money(standard.minCharge)}` : '',
        standard.maxCharge !== undefined ? `${t.max} ${money(standard.maxCharge)}` : '',
      ].filter(Boolean);
      return (
        money(standard.rate, standard.per) +
        (limits.length ? (lang === 'en' ? ` (${limits.join(', ')})` : `（${limits.join('，')}）`) : '')
      );
    }
    case 'tiered':
      return standard.tiers.map((tier) => `${tier.label} ${money(tier.amount, tier.per)}`).join(t.sep);
    case 'free':
      return t.free;
    case 'suspended':
      return t.suspended;
  }
}

/** A number to sort fees by amount: the lowest amount charged; free and suspended sort as 0; unknown last. */
export function feeSortAmount(standard: FeeStandard | undefined): number {
  if (!standard) return Number.POSITIVE_INFINITY;
  switch (standard.type) {
    case 'fixed':
      return standard.amount;
    case 'range':
      return standard.min;
    case 'per-unit':
      return standard.rate;
    case 'tiered':
      return Math.min(...standard.tiers.map((t) => t.amount));
    case 'free':
    case 'suspended':
      return 0;
  }
}
