/** Widgets speak zh-CN unless their own `lang` (or an ancestor's) says English. */
import type { Lang } from '@gongkai/sdk/core';

export function resolveLang(el: HTMLElement): Lang {
  // The property first: Lit renders before it reflects a new `lang` to the attribute.
  const lang = el.lang || el.closest('[lang]')?.getAttribute('lang') || 'zh-CN';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** A table of UI strings per language; every language must have every key. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** `fill('共 {n} 项', { n: 3 })` → "共 3 项". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** A parenthetical as each language writes it: "预算数（万元）", "Budget (× 10,000 yuan)". */
export function paren(text: string | number, lang: Lang): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

/** Between a label and its value, as each language writes it: "合计：36.00", "Total: 36.00". */
export const COLON: Record<Lang, string> = { 'zh-CN': '：', en: ': ' };
