/**
 * A 三公 line's change: the printed 增减 when the table prints one (with its printed decimals, even
 * when no 上年数 is printed to compute from), else the change computed from the amounts.
 */
import { html } from 'lit';
import { formatPercent, type Lang, type ThreePublicChange } from '@gongkai/sdk/core';
import type { STRINGS } from './strings.js';
import { paren } from '../util/lang.js';

interface Options {
  t: (typeof STRINGS)['zh-CN'];
  lang: Lang;
  money: (v: number | null | undefined) => string;
}

export function renderChange(l: ThreePublicChange, { t, lang, money }: Options) {
  const p = l.published;
  const delta = typeof p?.amount === 'number' ? p.amount : l.delta;
  const percent = typeof p?.percent === 'number' ? p.percent : l.percent;
  const digits = typeof p?.percent === 'number' ? (p.percentDigits ?? 2) : 2;
  if (delta === null && percent === null) return html`—`;
  const sign = delta ?? percent!;
  const dir = sign > 0 ? 'up' : sign < 0 ? 'down' : 'same';
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '＝';
  const pct = percent !== null ? formatPercent(percent, lang, digits) : '';
  // Amount and percentage each stay whole; between them the cell may wrap (a TV's large type).
  return html`<span class=${dir}
    ><span class="figure"
      ><span aria-hidden="true">${arrow} </span
      ><span class="visually-hidden">${t[dir]} </span>${delta !== null ? money(Math.abs(delta)) : pct}</span
    >${delta !== null && pct ? html`<span class="figure">${paren(pct, lang)}</span>` : ''}</span
  >`;
}
