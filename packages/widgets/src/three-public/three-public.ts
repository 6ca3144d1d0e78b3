/**
 * <gk-three-public>: "三公"经费 — the four lines with budget, actual and last year, their sum, the
 * change with an arrow and %, the published reason, and a small bar chart beside the figures.
 * A printed percentage that disagrees with the amounts is kept and flagged, never overwritten.
 */
import { css, html, nothing, svg } from 'lit';
import {
  formatAmount,
  formatPercent,
  NOT_REPORTED,
  unitLabel,
  threePublicChanges,
  type ThreePublic,
  type ThreePublicChange,
  type ThreePublicSubtotalRow,
  type ThreePublicSummary,
  threePublicRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { renderChange } from './change-cell.js';
import { chartClass, chartColours } from '../styles/chart.styles.js';
import { GkDataElement, type Problem, type Ready, type ViewInput } from '../base/data-element.js';
import { fill, paren } from '../util/lang.js';
import { textMeasurer } from '../util/measure-text.js';
import { themes } from '../styles/themes.styles.js';
import { figureTables, narrowCards } from '../styles/tables.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { STRINGS } from './strings.js';

export interface ThreePublicData {
  dataset: ThreePublic;
  summary: ThreePublicSummary;
}

/** Budget, actual and last year: chart series 1, 2 and 8 (grey for the past). */
const SERIES = [0, 1, 7];

/**
 * @tagname gk-three-public
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart table - The table of the four lines with their changes and reasons.
 * @csspart chart - The bar chart beside the table.
 * @csspart related - The related figures (机关运行经费, 政府采购, …).
 */
export class GkThreePublic extends GkDataElement<ThreePublicData, 'three-public'> {
  static override styles = [
    tokens,
    chartColours,
    themes,
    figureTables,
    narrowCards,
    css`
      :host {
        container-type: inline-size;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.3em;
      }
      .layout {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-start;
      }
      /* The table takes the whole row (its reasons need the width); the chart goes below it. */
      .table-scroll {
        flex: 1 1 100%;
        min-width: 0;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
      }
      tfoot td,
      tfoot th {
        font-weight: 700;
        border-top: 2px solid var(--_text);
      }
      .up {
        color: var(--_danger);
      }
      .down {
        color: var(--_success);
      }
      td.change {
        white-space: normal;
      }
      td.change .figure {
        white-space: nowrap;
      }
      .differs {
        display: block;
        font-size: 0.85em;
        font-size: max(var(--_font-min), 0.85em);
        color: var(--_danger);
        white-space: normal;
      }
      tbody th,
      tfoot th {
        min-width: 8em;
      }
      td.reason {
        color: var(--_muted);
        min-width: 10em;
      }
      figure {
        flex: 1 1 14rem;
        max-width: 24rem;
        margin: 0;
      }
      figure svg {
        display: block;
        width: 100%;
        height: auto;
      }
      /* In the hall the chart is as wide as its 11-unit labels need to be drawn at the mode's smallest
         size (24 × 11 > 260 units: a little over it), not a 24rem thumbnail. */
      :host(:is([size='kiosk'], [presentation])) figure {
        flex: 0 1 auto;
        width: calc(var(--_font-min) * 24);
        max-width: 100%;
      }
      .bar-value {
        fill: var(--_muted);
      }
      .legend {
        display: flex;
        gap: 1rem;
        font-size: 0.85em;
        font-size: max(var(--_font-min), 0.85em);
        flex-wrap: wrap;
      }
      .swatch {
        display: inline-block;
        width: 0.8em;
        height: 0.8em;
        margin-right: 0.3em;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.5rem;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
      :host([size='kiosk']) {
        --_font-size: var(--gk-font-size-kiosk, 1.75rem);
      }
      :host([presentation]) {
        --_font-size: var(--gk-font-size-tv, 2rem);
      }
      :host([size='kiosk']) td.reason {
        font-size: 0.8em;
        font-size: max(var(--_font-min), 0.8em);
      }
      /* The two vehicle parts sit under their printed subtotal. */
      tr.part > th {
        padding-inline-start: 1.5em;
        font-weight: normal;
      }
      .computed,
      .scope {
        color: var(--_muted);
      }
      .computed {
        font-size: 0.85em;
        font-size: max(var(--_font-min), 0.85em);
      }
    `,
  ];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['three-public'] as const;
  static {
    registerKinds(threePublicRules);
  }
  protected override readonly datasetLimit = 1;

  protected toView({ records }: ViewInput<'three-public'>): ThreePublicData | Problem {
    const dataset = records[0]!.record;
    return { dataset, summary: threePublicChanges(dataset) };
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<ThreePublicData>;
    const { dataset: d, summary } = ready.data;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const money = (v: number | null | undefined) => formatAmount(v, { unit: d.unit, lang, withUnit: false });
    const unitIn = paren(unitLabel(d.unit, lang), lang);
    const hasActual = [...summary.lines, summary.total].some((l) => l.actual !== null);
    const cells = (l: ThreePublicChange | ThreePublicSubtotalRow) => {
      const sub = 'printed' in l ? l : undefined;
      const mark =
        sub && !sub.printed ? html`<span class="computed" title=${t.computedTitle}>${t.computed}</span>` : nothing;
      const differs = (col: 'budget' | 'actual' | 'previous') =>
        sub?.mismatch.includes(col)
          ? html`<span class="differs" role="note"
              >⚠ ${fill(t.subtotalDiffers, { sum: money(sub.computed[col]) })}</span
            >`
          : nothing;
      return html`<td class="num" data-label=${t.budget + unitIn}>${money(l.budget)}${mark}${differs('budget')}</td>
        ${hasActual ? html`<td class="num" data-label=${t.actual + unitIn}>${money(l.actual)}${mark}${differs('actual')}</td>` : nothing}
        <td class="num" data-label=${t.previous + unitIn}>${money(l.previous)}${differs('previous')}</td>
        <td class="num change" data-label=${t.change}>
          ${renderChange(l, { t, lang, money })}
          ${
            l.percentMismatch
              ? html`<span class="differs" role="note"
                  >⚠
                  ${fill(t.publishedDiffers, { published: formatPercent(l.publishedPercent, lang, l.published?.percentDigits ?? 2), computed: formatPercent(l.percent, lang, 2) })}</span
                >`
              : nothing
          }
          ${
            sub?.printed && sub.missing.length
              ? html`<span class="differs" role="note"
                  >${fill(t.partial, { missing: sub.missing.map((m) => t[m]).join('、') })}</span
                >`
              : nothing
          }
        </td>
        <td class="reason" data-label=${l.reason ? t.reason : nothing}>${l.reason ?? ''}</td>`;
    };
    const row = (l: ThreePublicChange, cls = '') =>
      html`<tr data-category=${l.category} class=${cls}>
        <th scope="row">${t[l.category]}</th>
        ${cells(l)}
      </tr>`;
    const scope = [d.scope && t[`scope-${d.scope}`], d.fund && t[`fund-${d.fund}`]].filter(Boolean).join(' · ');
    return html`<h2>${fill(t.title, { department: d.department, year: d.year })}</h2>
      ${scope ? html`<p class="scope" part="scope">${scope}</p>` : nothing}
      <div class="layout">
        <div
          class="table-scroll gk-scroll-x holds-cards holds-narrow-cards"
          role="region"
          tabindex="0"
          aria-label=${fill(t.title, { department: d.department, year: d.year })}
        >
          <table part="table" class="cards narrow-cards">
            <caption class="visually-hidden">
              ${fill(t.title, { department: d.department, year: d.year })}${unitIn}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.item}</th>
                <th scope="col" class="num">${t.budget}${unitIn}</th>
                ${hasActual ? html`<th scope="col" class="num">${t.actual}${unitIn}</th>` : nothing}
                <th scope="col" class="num">${t.previous}${unitIn}</th>
                <th scope="col" class="num">${t.change}</th>
                <th scope="col">${t.reason}</th>
              </tr>
            </thead>
            <tbody>
              ${summary.lines.map((l) =>
                l.category === 'vehicle-purchase' || l.category === 'vehicle-operation'
                  ? html`${l === summary.lines.find((x) => x.category.startsWith('vehicle-')) && summary.vehicle?.printed ? row(summary.vehicle, 'subtotal') : nothing}${row(l, 'part')}`
                  : row(l),
              )}
            </tbody>
            <tfoot>
              ${row(summary.total, 'total')}
            </tfoot>
          </table>
        </div>
        ${this.renderBars(ready.data, hasActual)}
      </div>
      ${d.related ? this.renderRelated(d) : nothing} ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}`;
  }

  private renderBars({ dataset, summary }: ThreePublicData, hasActual: boolean) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const series = [
      { key: 'budget' as const, label: t.budget },
      ...(hasActual ? [{ key: 'actual' as const, label: t.actual }] : []),
      { key: 'previous' as const, label: t.previous },
    ];
    // Each bar is labelled with its figure as the table prints it: a zero and a blank both draw no bar,
    // and only the label tells 0.00 from 未填报.
    const label = (v: number | null | undefined) =>
      formatAmount(v, { unit: dataset.unit, lang, withUnit: false, blank: NOT_REPORTED[lang] });
    const values = summary.lines.flatMap((l) => series.map((s) => l[s.key]));
    const max = Math.max(1e-9, ...values.map((v) => v ?? 0));
    const width = 260;
    // Room for the longest label after the longest bar, measured at the chart's own type size.
    const em = 11;
    const measure = textMeasurer(this, em);
    const barRoom = width - 6 - Math.max(...values.map((v) => measure(label(v))));
    // Each item: its name on one line, its bars below (so long names never run into the bars).
    const rowH = 16 * series.length + 24;
    return html`<figure part="chart">
      <svg role="img" aria-label=${t.chart} viewBox="0 0 ${width} ${rowH * summary.lines.length}" font-size=${em}>
        ${summary.lines.map((l, i) => {
          const y0 = i * rowH;
          // One item (its name and its bars) is a unit a hall screen's page never cuts through.
          return svg`<g data-page-unit><text x="0" y=${y0 + 12} fill="currentColor">${t[l.category]}</text>
            ${series.map((s, j) => {
              const v = l[s.key];
              const w = typeof v === 'number' && v > 0 ? Math.max(1, (barRoom * v) / max) : 0;
              const y = y0 + 16 + j * 16;
              return svg`<rect x="0" y=${y} width=${w} height="12" class=${chartClass(SERIES[j]!)}></rect>
                <text class="bar-value" x=${w + 4} y=${y + 10} fill="currentColor">${label(v)}</text>`;
            })}</g>`;
        })}
      </svg>
      <figcaption class="legend">
        ${series.map((s, j) => html`<span><span class="swatch ${chartClass(SERIES[j]!)}"></span>${s.label}</span>`)}
      </figcaption>
    </figure>`;
  }

  private renderRelated(d: ThreePublic) {
    const t = STRINGS[this.effectiveLang];
    const lang = this.effectiveLang;
    const r = d.related!;
    return html`<dl part="related" aria-label=${t.related}>
      ${
        r.runningCosts !== undefined
          ? html`<div>
              <dt>${t.runningCosts}</dt>
              <dd>${formatAmount(r.runningCosts, { unit: d.unit, lang })}</dd>
            </div>`
          : nothing
      }
      ${
        r.procurement !== undefined
          ? html`<div>
              <dt>${t.procurement}</dt>
              <dd>${formatAmount(r.procurement, { unit: d.unit, lang })}</dd>
            </div>`
          : nothing
      }
      ${
        typeof r.vehicles === 'number'
          ? html`<div>
              <dt>${t.vehicles}</dt>
              <dd>${fill(t.vehiclesUnit, { n: r.vehicles })}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-three-public': GkThreePublic;
  }
}
