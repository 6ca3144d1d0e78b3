/**
 * The figures a budget prints about itself — its 合计 and its 比上年增减 — shown as printed. Our own
 * arithmetic only ever stands beside them, marked as computed, and a disagreement is said in words.
 */
import { html, nothing } from 'lit';
import { formatPercent, type Lang, type LineComparison } from '@gongkai/sdk/core';
import { fill } from '../util/lang.js';
import type { STRINGS } from './strings.js';

type T = (typeof STRINGS)['zh-CN'];

export interface Headline {
  /** The figure shown: the printed 合计, or our sum when none is printed. */
  shown: string;
  /** True when `shown` is our sum. */
  computed: boolean;
  /** Our sum beside a printed 合计 that it does not match; `partial` when the lines fall short of it. */
  beside?: { sum: string; partial: boolean };
}

export function renderHeadline(h: Headline, t: T, compareLabel?: string) {
  return html`<p class="total" part="total">
    ${h.computed ? t.computedTotal : t.total}${t.colon}<strong>${h.shown}</strong>
    ${h.computed ? html`<span class="computed">${t.computedMark}</span>` : nothing}
    ${compareLabel ? html` <span class="muted">· ${compareLabel}</span>` : nothing}
    ${
      h.beside
        ? html`<span class="mismatch-note" role="note"
            >⚠ ${fill(h.beside.partial ? t.linesPartial : t.totalMismatch, { sum: h.beside.sum })}</span
          >`
        : nothing
    }
  </p>`;
}

interface ChangeCellOptions {
  t: T;
  lang: Lang;
  figure: (v: number | null | undefined) => string;
  /** A printed amount with its printed decimals. */
  printed: (v: number, digits: number | undefined) => string;
}

const arrow = (v: number) => (v > 0 ? '▲ ' : v < 0 ? '▼ ' : '');

/**
 * 增减 and 增减幅度 cells: the printed change when there is one (even with no 上年数 to compute from),
 * else our computed change; a printed change our arithmetic disagrees with keeps a note beside it.
 */
export function renderChangeCells(c: LineComparison | undefined, { t, lang, figure, printed }: ChangeCellOptions) {
  const p = c?.published;
  const amount =
    typeof p?.amount === 'number'
      ? `${arrow(p.amount)}${printed(Math.abs(p.amount), p.amountDigits)}`
      : c?.delta === null || c?.delta === undefined
        ? '—'
        : `${arrow(c.delta)}${figure(Math.abs(c.delta))}`;
  const percent =
    typeof p?.percent === 'number'
      ? formatPercent(p.percent, lang, p.percentDigits ?? 2)
      : formatPercent(c?.percent, lang);
  const note = c?.publishedMismatch
    ? html`<div class="mismatch-note" role="note">
        ⚠
        ${fill(t.changeMismatch, {
          computed: [
            c.delta === null ? '' : `${arrow(c.delta)}${figure(Math.abs(c.delta))}`,
            c.percent === null ? '' : formatPercent(c.percent, lang, 2),
          ]
            .filter(Boolean)
            .join(' / '),
        })}
      </div>`
    : nothing;
  return html`<td class="num ${c?.notable ? 'notable' : ''}" data-label=${t.change}>${amount}</td>
    <td class="num ${c?.notable ? 'notable' : ''}" data-label=${t.changePct}>${percent}${note}</td>`;
}
