/** The columns a fee table can show; `columns="name,standard,basis"` picks and orders them. */
import { html, nothing, type TemplateResult } from 'lit';
import { documentLabel, formatAmount, formatFeeStandard, type Fee, type Lang } from '@gongkai/sdk/core';
import { highlight } from '../util/highlight.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { STRINGS, fill } from './strings.js';
import { COLON } from '../util/lang.js';

export const COLUMN_KEYS = [
  'no',
  'name',
  'department',
  'category',
  'standard',
  'basis',
  'notes',
  'status',
  'fundManagement',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export const DEFAULT_COLUMNS: ColumnKey[] = ['name', 'department', 'standard', 'basis', 'notes'];

export function parseColumns(attr: string | undefined): ColumnKey[] {
  if (!attr) return DEFAULT_COLUMNS;
  const keys = attr.split(/[\s,]+/).filter((k): k is ColumnKey => (COLUMN_KEYS as readonly string[]).includes(k));
  return keys.length ? keys : DEFAULT_COLUMNS;
}

/** A badge for fees that are not charged as listed: 免收, 停征, 已取消. */
export function feeBadge(fee: Fee): 'free' | 'suspended' | 'abolished' | undefined {
  if (fee.status === 'abolished') return 'abolished';
  if (fee.status === 'suspended' || fee.standard?.type === 'suspended') return 'suspended';
  if (fee.standard?.type === 'free') return 'free';
  return undefined;
}

export function columnHeader(key: ColumnKey, lang: Lang): string {
  const t = STRINGS[lang];
  return key === 'department' ? t.department : key === 'category' ? t.category : key === 'status' ? t.status : t[key];
}

export function renderCell(
  key: ColumnKey,
  fee: Fee,
  ranges: readonly [number, number][],
  lang: Lang,
  /** A hall screen's brief form: a basis cited by its 文号 alone (the title where it has none). */
  brief = false,
): TemplateResult | string {
  const t = STRINGS[lang];
  switch (key) {
    case 'no':
      return fee.no === undefined ? '' : String(fee.no);
    case 'name':
      // A sub-item (2(1) under 2) sits indented under its item, and says so to a screen reader.
      return fee.parent === undefined
        ? html`<span class="name">${highlight(fee.name, ranges)}</span>`
        : html`<span class="name sub"
            ><span class="visually-hidden">${t.subItem}${COLON[lang]}</span>${highlight(fee.name, ranges)}</span
          >`;
    case 'fundManagement':
      return fee.fundManagement ? t[fee.fundManagement] : '';
    case 'department':
      return fee.department;
    case 'category':
      return t[fee.category];
    case 'status':
      return t[fee.status ?? 'active'];
    case 'standard': {
      const badge = feeBadge(fee);
      const text =
        fee.standard && fee.standard.type !== 'free' && fee.standard.type !== 'suspended'
          ? formatFeeStandard(fee.standard, lang)
          : '';
      return html`${text}${badge ? html`<span class="badge ${badge}" part="badge">${t[badge]}</span>` : nothing}${!fee.standard && !badge ? html`<span class="muted">${formatFeeStandard(undefined, lang)}</span>` : nothing}${extrasOf(fee, lang).map((x) => html`<div class="extra">${x}</div>`)}`;
    }
    case 'basis':
      return html`${fee.basis.map((d) => {
        const label = brief && d.number ? `${d.number}${d.article ?? ''}` : documentLabel(d);
        const href = safeHttpUrl(d.url);
        return html`<div class="doc">
          ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label}
        </div>`;
      })}`;
    case 'notes':
      return [fee.exemptions, fee.notes].filter(Boolean).join(' ');
  }
}

/** What comes with the standard: add-ons charged on top (工本费) and "first one free", as printed. */
function extrasOf(fee: Fee, lang: Lang): string[] {
  const t = STRINGS[lang];
  const addOns = (fee.addOns ?? []).map((a) =>
    fill(t.addOn, {
      label: a.label,
      amount: `${formatAmount(a.amount, { unit: '元', lang })}${a.per ? `/${a.per}` : ''}`,
    }),
  );
  return fee.firstFree ? [...addOns, fee.firstFree] : addOns;
}

/** Plain text of a cell, for CSV export. */
export function cellText(key: ColumnKey, fee: Fee, lang: Lang): string {
  const t = STRINGS[lang];
  switch (key) {
    case 'standard': {
      const badge = feeBadge(fee);
      const text = badge && badge !== 'free' ? t[badge] : formatFeeStandard(fee.standard, lang);
      return [text, ...extrasOf(fee, lang)].join('；');
    }
    case 'basis':
      return fee.basis.map(documentLabel).join('；');
    case 'name':
      return fee.name;
    default: {
      const v = renderCell(key, fee, [], lang);
      return typeof v === 'string' ? v : '';
    }
  }
}
