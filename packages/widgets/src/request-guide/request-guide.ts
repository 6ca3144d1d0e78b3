/**
 * <gk-request-guide>: a unit's 政府信息公开指南 — where and how to apply, how the date of receipt is set,
 * what the application holds — with a reply-deadline calculator on the official holiday calendar,
 * a 信息处理费 calculator on the 国办函〔2020〕109号 tiers, and a blank application form to print.
 * Nothing typed here leaves the page: the calculators take a date and counts, and no field of the
 * form is filled in on screen.
 */
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  OFFICIAL_CALENDARS,
  formatDate,
  perPageFee,
  perRequestFee,
  registerKinds,
  replyDeadline,
  requestGuideRules,
  type RequestGuide,
} from '@gongkai/sdk/core';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { fill } from '../util/lang.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { STRINGS } from './strings.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @tagname gk-request-guide
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart deadline - The reply-deadline calculator.
 * @csspart fees - The processing-fee calculator.
 * @csspart form - The blank application form (printed on its own page).
 */
export class GkRequestGuide extends GkDataElement<RequestGuide, 'request-guide'> {
  static override styles = [
    tokens,
    themes,
    controls,
    css`
      :host {
        container-type: inline-size;
        overflow-wrap: anywhere;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.3em;
      }
      h3 {
        font-size: 1.1em;
        margin: 1.25rem 0 0.5rem;
      }
      .channels {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        gap: 0.75rem;
      }
      .channel {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5rem 0.75rem;
      }
      .channel h4 {
        margin: 0 0 0.25rem;
      }
      dl {
        margin: 0;
      }
      dt {
        color: var(--_muted);
        font-size: 0.9em;
      }
      dd {
        margin: 0 0 0.35rem;
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        display: grid;
        gap: 0.5rem;
        max-width: 40rem;
      }
      label {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
        align-items: center;
      }
      output {
        display: block;
        font-weight: 700;
        font-size: 1.1em;
      }
      .muted {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .warn {
        color: var(--_danger);
      }
      table.form {
        border-collapse: collapse;
        width: 100%;
        max-width: 40rem;
      }
      table.form th,
      table.form td {
        border: 1px solid var(--_text);
        padding: 0.5rem;
        text-align: left;
        vertical-align: top;
      }
      table.form td {
        height: 3em;
        width: 55%;
      }
      .form-sheet h3 {
        text-align: center;
      }
      @media print {
        .calculator,
        button {
          display: none;
        }
        .form-sheet {
          break-before: page;
        }
      }
    `,
  ];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['request-guide'] as const;
  static {
    registerKinds(requestGuideRules);
  }
  protected override readonly datasetLimit = 1;

  @state() private received = '';
  @state() private extended = false;
  @state() private consultation = 0;
  @state() private feeMode: 'per-request' | 'per-page' = 'per-request';
  @state() private feeCount = 0;

  protected toView({ records }: ViewInput<'request-guide'>): RequestGuide {
    return records[0]!.record;
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<RequestGuide>;
    const g = ready.data;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const field = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`<h2>${fill(t.title, { publisher: g.publisher })}</h2>
      ${g.office ? html`<p class="muted">${g.office}</p>` : nothing}
      <p>
        ${fill(t.limits, { reply: g.timeLimits.reply, extension: g.timeLimits.extension, third: g.timeLimits.thirdParty })}
      </p>
      <h3>${t.channels}</h3>
      <div class="channels">
        ${g.channels.map((c) => {
          const url = safeHttpUrl(c.url);
          return html`<section class="channel" aria-label=${t[c.type]}>
            <h4>${t[c.type]}</h4>
            <dl>
              ${field(t.address, c.address)} ${field(t.postcode, c.postcode)} ${field(t.hours, c.hours)}
              ${field(t.phone, c.phone)} ${field(t.faxNo, c.fax)}
              ${field(t.url, url ? html`<a href=${url} rel="noopener">${url}</a>` : undefined)}
              ${field(t.receiptLabel, c.receipt ? t[c.receipt] : undefined)}
              ${c.note ? html`<dd>${c.note}</dd>` : nothing}
            </dl>
          </section>`;
        })}
      </div>
      <h3>${t.form}</h3>
      <ol>
        ${g.formFields.map((f) => html`<li>${f}</li>`)}
      </ol>
      ${this.renderDeadline(g)} ${this.renderFees(g)}
      <p class="muted calculator">${t.privacy}</p>
      ${this.renderForm(g)} ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}`;
  }

  private renderDeadline(g: RequestGuide) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const d = DATE.test(this.received)
      ? replyDeadline({
          received: this.received,
          replyDays: g.timeLimits.reply,
          extensionDays: this.extended ? g.timeLimits.extension : 0,
          consultationDays: Math.min(Math.max(0, this.consultation), g.timeLimits.thirdParty),
          calendars: g.calendars,
        })
      : undefined;
    const sources = [...OFFICIAL_CALENDARS, ...(g.calendars ?? [])]
      .map(
        (c) =>
          `${c.year}：${c.source.title ?? c.source.number ?? ''}${c.source.number && c.source.title ? `（${c.source.number}）` : ''}`,
      )
      .join('；');
    return html`<section class="calculator" part="deadline">
      <h3>${t.deadline}</h3>
      <fieldset>
        <label
          >${t.received}
          <input
            type="date"
            name="received"
            .value=${this.received}
            @input=${(e: Event) => (this.received = (e.target as HTMLInputElement).value)}
        /></label>
        <label class="check"
          ><input
            type="checkbox"
            name="extended"
            .checked=${this.extended}
            @change=${(e: Event) => (this.extended = (e.target as HTMLInputElement).checked)}
          />${fill(t.extended, { days: g.timeLimits.extension })}</label
        >
        <label
          >${t.consultation}
          <input
            type="number"
            name="consultation"
            min="0"
            max=${g.timeLimits.thirdParty}
            inputmode="numeric"
            .value=${String(this.consultation)}
            @input=${(e: Event) => (this.consultation = Number((e.target as HTMLInputElement).value) || 0)}
        /></label>
        <output aria-live="polite"
          >${d ? fill(t.deadlineIs, { date: formatDate(d.date, lang), days: d.workingDays }) : t.deadlineEmpty}</output
        >
        ${d && !d.calendarCovers ? html`<p class="warn" role="note">${t.notCovered}</p>` : nothing}
        <p class="muted">${fill(t.calendarSource, { sources })}</p>
      </fieldset>
    </section>`;
  }

  private renderFees(g: RequestGuide) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const n = Math.max(0, Math.floor(this.feeCount));
    const fee = this.feeMode === 'per-request' ? perRequestFee(n) : perPageFee(n);
    const mode = (m: 'per-request' | 'per-page', label: string) =>
      html`<label class="check"
        ><input
          type="radio"
          name="fee-mode"
          value=${m}
          .checked=${this.feeMode === m}
          @change=${() => (this.feeMode = m)}
        />${label}</label
      >`;
    return html`<section class="calculator" part="fees">
      <h3>${t.fees}</h3>
      ${g.fees ? html`<p class="muted">${g.fees.text ?? ''}（${g.fees.basis.number ?? g.fees.basis.title}）</p>` : nothing}
      <fieldset>
        <div>${mode('per-request', t.perRequest)} ${mode('per-page', t.perPage)}</div>
        <p class="muted">${this.feeMode === 'per-request' ? t.tiersRequest : t.tiersPage}</p>
        <label
          >${this.feeMode === 'per-request' ? t.requestsThisMonth : t.pages}
          <input
            type="number"
            name="fee-count"
            min="0"
            inputmode="numeric"
            .value=${String(this.feeCount)}
            @input=${(e: Event) => (this.feeCount = Number((e.target as HTMLInputElement).value) || 0)}
        /></label>
        <output aria-live="polite">${fill(t.feeIs, { yuan: fee.toLocaleString(lang) })}</output>
      </fieldset>
    </section>`;
  }

  /** A blank form: the §29 fields with empty boxes, for the applicant to fill in on paper. */
  private renderForm(g: RequestGuide) {
    const t = STRINGS[this.effectiveLang];
    return html`<section class="form-sheet" part="form">
      <button type="button" @click=${() => print()}>${t.printForm}</button>
      <h3>${t.formTitle}</h3>
      <table class="form">
        <caption class="visually-hidden">
          ${t.formTitle}
        </caption>
        <tbody>
          ${g.formFields.map(
            (f) =>
              html`<tr>
                <th scope="row">${f}</th>
                <td></td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p>${t.signature}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-request-guide': GkRequestGuide;
  }
}
