/**
 * <gk-service-rules>: 办事纪律 — the numbered rules of a service hall with their basis, and the staff
 * on duty at each window (挂牌上岗), as posted on the wall.
 */
import { serviceRulesRules, registerKinds } from '@gongkai/sdk/core';
import { html, nothing } from 'lit';
import type { ServiceRules } from '@gongkai/sdk/core';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { stackedTables } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { COLON, fill, paren } from '../util/lang.js';
import { documentLink } from '../util/links.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { serviceRulesStyles } from './service-rules.styles.js';
import { STRINGS } from './strings.js';

/**
 * @tagname gk-service-rules
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart rules - The list of rules.
 * @csspart rule - Each rule.
 * @csspart staff - The table of staff on duty.
 * @cssprop --gk-service-rules-number - Colour of the rule numbers (default: --gk-color-primary).
 */
export class GkServiceRules extends GkDataElement<ServiceRules, 'service-rules'> {
  static override styles = [tokens, themes, stackedTables, serviceRulesStyles];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['service-rules'] as const;
  static {
    registerKinds(serviceRulesRules);
  }
  protected override readonly datasetLimit = 1;

  protected toView({ sources }: ViewInput<'service-rules'>): ServiceRules {
    return sources[0]!.data;
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<ServiceRules>;
    const d = ready.data;
    const t = STRINGS[this.effectiveLang];
    return html`
      <h2>${d.title ?? t.rules}</h2>
      <ol part="rules">
        ${d.rules.map(
          (r, i) =>
            html`<li part="rule" data-category=${r.category}>
              <span class="no" aria-hidden="true">${r.no ?? i + 1}</span>
              <div>
                <p class="title">
                  ${r.title}${r.title !== t[r.category] ? html` <span class="basis">${paren(t[r.category], this.effectiveLang)}</span>` : nothing}
                </p>
                <p>${r.text}</p>
                ${r.basis?.length ? html`<p class="basis">${t.basis}${COLON[this.effectiveLang]}${r.basis.map((b) => documentLink(b))}</p>` : nothing}
              </div>
            </li>`,
        )}
      </ol>
      ${d.staff?.length ? this.renderStaff(d) : nothing} ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  private renderStaff(d: ServiceRules) {
    const t = STRINGS[this.effectiveLang];
    const photos = d.staff!.some((s) => safeHttpUrl(s.photo));
    return html`<h3>${t.staff}</h3>
      <table part="staff">
        <thead>
          <tr>
            ${photos ? html`<th scope="col"><span class="visually-hidden">${t.photos}</span></th>` : nothing}
            <th scope="col">${t.window}</th>
            <th scope="col">${t.name}</th>
            <th scope="col">${t.position}</th>
          </tr>
        </thead>
        <tbody>
          ${d.staff!.map((s) => {
            const photo = safeHttpUrl(s.photo);
            return html`<tr>
              ${photos ? html`<td>${photo ? html`<img src=${photo} alt=${fill(t.photo, { name: s.name })} />` : nothing}</td>` : nothing}
              <td data-label=${t.window}>${s.window}</td>
              <td data-label=${t.name}>${s.name}</td>
              <td data-label=${t.position}>${s.position ?? ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-service-rules': GkServiceRules;
  }
}
