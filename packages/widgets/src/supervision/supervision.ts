/**
 * <gk-supervision>: how to complain (each channel a tap-to-call link, or a link with its QR code),
 * what became of complaints, and how the public rated the service (好差评): the share of each of the
 * five levels as a bar with the table beside it, and the satisfaction rate with how it is computed.
 * A blank count stays blank and is left out of a rate; it is never taken as 0.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  RATING_LEVELS,
  type Channel,
  type RatingStats,
  type Supervision,
  supervisionRules,
  registerKinds,
  formatPeriod,
} from '@gongkai/sdk/core';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { chartClass, chartColours } from '../styles/chart.styles.js';
import { figureTables, narrowCards } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { cssomStyle } from '../util/cssom-style.js';
import { phoneLink } from '../util/links.js';
import { loadQrEncoder, qrCode } from '../util/qr-code.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { supervisionStyles } from './supervision.styles.js';
import { STRINGS, fill } from './strings.js';
import { COLON } from '../util/lang.js';

/** Ratings summed over periods, the blanks left out and counted. */
export interface RatingTotals {
  counts: Record<(typeof RATING_LEVELS)[number], number>;
  total: number;
  /** (非常满意 + 满意) ÷ total, or undefined with no ratings. */
  rate?: number;
  /** How many period × level counts were blank: left out of the sums, and said beside the rate. */
  blanks: number;
}

/** The sums of the five levels over `ratings`, blanks left out (a blank is not a zero) and counted. */
export function ratingTotals(ratings: readonly RatingStats[]): RatingTotals {
  const counts = Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as RatingTotals['counts'];
  let blanks = 0;
  for (const r of ratings)
    for (const l of RATING_LEVELS) {
      const v = r.counts[l];
      if (typeof v === 'number') counts[l] += v;
      else blanks++;
    }
  const total = RATING_LEVELS.reduce((n, l) => n + counts[l], 0);
  return { counts, total, rate: total ? (counts.verySatisfied + counts.satisfied) / total : undefined, blanks };
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);

/**
 * @tagname gk-supervision
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart channels - The list of channels.
 * @csspart qr - A channel's QR code.
 * @csspart complaints - The complaints table.
 * @csspart ratings - The ratings bar and table.
 * @csspart rate - The satisfaction rate and how it is computed.
 * @cssprop --gk-supervision-qr-size - Side of a QR code (default 7rem).
 */
export class GkSupervision extends GkDataElement<Supervision, 'supervision'> {
  static override styles = [tokens, themes, figureTables, narrowCards, chartColours, supervisionStyles];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['supervision'] as const;
  static {
    registerKinds(supervisionRules);
  }
  protected override readonly datasetLimit = 1;
  @state() private qrEncode?: Awaited<ReturnType<typeof loadQrEncoder>>;

  protected toView({ sources }: ViewInput<'supervision'>): Supervision {
    return sources[0]!.data;
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<Supervision>;
    const d = ready.data;
    const t = STRINGS[this.effectiveLang];
    return html`
      ${d.title ? html`<h2>${d.title}</h2>` : nothing}
      <section>
        <h3 id="channels">${t.channels}</h3>
        <ul class="channels" part="channels">
          ${d.channels.map((c) => this.renderChannel(c))}
        </ul>
      </section>
      ${d.complaints?.length ? this.renderComplaints(d) : nothing}
      ${d.ratings?.length ? this.renderRatings(d.ratings) : nothing} ${this.renderUpdated(ready)}
      ${this.renderIssues(ready.issues)}
    `;
  }

  private renderChannel(c: Channel) {
    const t = STRINGS[this.effectiveLang];
    const url = safeHttpUrl(c.url);
    const value =
      c.kind === 'phone' || c.kind === 'hotline'
        ? phoneLink(c.value)
        : c.kind === 'email' && /^[^\s@]+@[^\s@]+$/.test(c.value)
          ? html`<a href="mailto:${c.value}">${c.value}</a>`
          : url
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${c.value}</a>`
            : c.value;
    return html`<li class="channel" data-kind=${c.kind}>
      <span class="label">${c.label}</span>
      <span class="value">${value}</span>
      ${c.hours ? html`<span class="hours">${c.hours}</span>` : nothing} ${url ? this.qr(url, c.label) : nothing}
      <span class="visually-hidden">${t[c.kind]}</span>
    </li>`;
  }

  private qr(url: string, label: string) {
    if (this.qrEncode) return qrCode(this.qrEncode, url, fill(STRINGS[this.effectiveLang].qr, { label }));
    void loadQrEncoder().then(
      (encode) => (this.qrEncode = encode),
      () => undefined, // offline before the encoder arrived: the link beside it still works
    );
    return nothing;
  }

  private renderComplaints(d: Supervision) {
    const t = STRINGS[this.effectiveLang];
    const n = (x: number | null) => (x === null ? t.none : String(x));
    return html`<section>
      <h3 id="complaints">${t.complaints}</h3>
      <div
        class="table-scroll gk-scroll-x holds-cards holds-narrow-cards"
        role="region"
        tabindex="0"
        aria-labelledby="complaints"
      >
        <table part="complaints" class="cards narrow-cards">
          <thead>
            <tr>
              <th scope="col">${t.period}</th>
              <th scope="col" class="num">${t.received}</th>
              <th scope="col" class="num">${t.settled}</th>
              <th scope="col" class="num">${t.satisfied}</th>
              <th scope="col" class="num">${t.rate}</th>
            </tr>
          </thead>
          <tbody>
            ${d.complaints!.map(
              (c) =>
                html`<tr>
                  <th scope="row">${formatPeriod(c.period, this.effectiveLang)}</th>
                  <td class="num" data-label=${t.received}>${n(c.received)}</td>
                  <td class="num" data-label=${t.settled}>${n(c.settled)}</td>
                  <td class="num" data-label=${t.satisfied}>${n(c.satisfied)}</td>
                  <td class="num" data-label=${t.rate}>
                    ${c.settled && c.satisfied !== null ? pct(c.satisfied / c.settled) : t.none}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderRatings(ratings: readonly RatingStats[]) {
    const t = STRINGS[this.effectiveLang];
    const all = ratingTotals(ratings);
    // Periods as printed words (2026年第一季度), not the feed's 2026-Q1.
    const periods = ratings.map((r) => formatPeriod(r.period, this.effectiveLang));
    const n = (x: number | null) => (x === null ? t.none : x.toLocaleString('zh-CN'));
    return html`<section part="ratings">
      <h3 id="ratings">${t.ratings}</h3>
      <p class="rate" part="rate">
        <strong class="big">${pct(all.rate)}</strong>
        <span
          >${fill(t.rateWhole, { n: all.total.toLocaleString('zh-CN'), from: periods[0]!, to: periods.at(-1)! })}</span
        >
        <span class="how"
          >${fill(t.rateHow, {
            a: all.counts.verySatisfied.toLocaleString('zh-CN'),
            b: all.counts.satisfied.toLocaleString('zh-CN'),
            n: all.total.toLocaleString('zh-CN'),
            rate: pct(all.rate),
          })}${all.blanks ? fill(t.rateBlanks, { n: all.blanks }) : ''}</span
        >
      </p>
      <div
        class="bar"
        role="img"
        aria-label=${`${t.chart}${COLON[this.effectiveLang]}${RATING_LEVELS.map((l) => `${t[l]} ${pct(all.total ? all.counts[l] / all.total : undefined)}`).join(this.effectiveLang === 'en' ? ', ' : '，')}`}
      >
        ${RATING_LEVELS.map((l, i) =>
          all.counts[l]
            ? html`<span class="seg ${chartClass(i)}" ${cssomStyle({ 'flex-grow': String(all.counts[l]) })}></span>`
            : nothing,
        )}
      </div>
      <ul class="legend" aria-hidden="true">
        ${RATING_LEVELS.map(
          (l, i) =>
            html`<li>
              <span class="swatch ${chartClass(i)}"></span>${t[l]}
              ${pct(all.total ? all.counts[l] / all.total : undefined)}
            </li>`,
        )}
      </ul>
      <div class="table-scroll gk-scroll-x holds-cards" role="region" tabindex="0" aria-labelledby="ratings">
        <table class="cards">
          <thead>
            <tr>
              <th scope="col">${t.period}</th>
              ${RATING_LEVELS.map((l) => html`<th scope="col" class="num">${t[l]}</th>`)}
              <th scope="col" class="num">${t.total}</th>
              <th scope="col" class="num">${t.rate}</th>
              <th scope="col" class="num">${t.rectification}</th>
            </tr>
          </thead>
          <tbody>
            ${ratings.map((r) => {
              const one = ratingTotals([r]);
              const x = r.rectification;
              return html`<tr>
                <th scope="row">${formatPeriod(r.period, this.effectiveLang)}</th>
                ${RATING_LEVELS.map((l) => html`<td class="num" data-label=${t[l]}>${n(r.counts[l])}</td>`)}
                <td class="num" data-label=${t.total}>${one.total.toLocaleString('zh-CN')}</td>
                <td class="num" data-label=${t.rate}>${pct(one.rate)}</td>
                <td class="num" data-label=${t.rectification}>
                  ${x ? fill(t.rectified, { done: n(x.done), due: n(x.due) }) : t.none}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-supervision': GkSupervision;
  }
}
