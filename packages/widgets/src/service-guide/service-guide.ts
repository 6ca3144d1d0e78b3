/**
 * <gk-service-guide>: one 办事指南 — header facts (type, department, visits, deadlines), a table of
 * contents, and the sections that exist: basis, conditions, materials checklist, the procedure
 * (an embedded <gk-process-flow>), fees resolved from the feed, result, contacts, place and hours,
 * and the online link with a QR code. A reference that does not resolve is shown, not dropped.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  formatFeeStandard,
  formatWorkingDays,
  type Fee,
  type Process,
  type ServiceGuide,
  serviceGuideRules,
  feeListRules,
  processRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { relatedRecords } from '../base/read-input.js';
import { GkDataElement, type Problem, type Ready, type RelatedRead, type ViewInput } from '../base/data-element.js';
import { COLON, fill, paren } from '../util/lang.js';
import { documentLink, phoneLink } from '../util/links.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { stackedTables } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import '../process-flow/index.js';
import { loadQrEncoder, qrCode } from '../util/qr-code.js';
import { serviceGuideStyles } from './service-guide.styles.js';
import { formLabel, hasElements, phonesOf, renderElements } from './guide-elements.js';
import { STRINGS } from './strings.js';

export interface ServiceGuideData {
  guide: ServiceGuide;
  /** Each referenced fee, or undefined where the reference does not resolve. */
  fees: { ref: string; fee?: Fee }[];
  process?: Process;
  /** The process reference, when it does not resolve. */
  processMissing?: string;
}

type Section = { id: string; title: string; body: TemplateResult };

const NARROW = 640;

/**
 * @tagname gk-service-guide
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart guide - The whole guide (an article).
 * @csspart badge - The type and visits badges.
 * @csspart deadlines - The legal and promised deadlines.
 * @csspart toc - The table of contents.
 * @csspart section - Each section (a details element).
 * @csspart materials - The table of materials.
 * @csspart qr - The QR code of the online service.
 * @cssprop --gk-service-guide-qr-size - Side of the QR code (default 9rem).
 * @cssprop --gk-service-guide-qr-size-kiosk - Side of the QR code on a kiosk (default 14rem).
 */
export class GkServiceGuide extends GkDataElement<ServiceGuideData, 'service-guide'> {
  static override styles = [tokens, themes, stackedTables, serviceGuideStyles];

  /** Id of the guide in the feed or dataset; default the first one. */
  @property({ attribute: 'guide' }) guideId?: string;
  /** With `.data`: the fees and processes to resolve the guide's references against. */
  @property({ attribute: false }) fees?: Fee[];
  @property({ attribute: false }) processes?: Process[];
  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected override readonly reloadKeys = ['guideId', 'fees', 'processes'];
  @state() private narrow = false;
  @state() private qrEncode?: Awaited<ReturnType<typeof loadQrEncoder>>;

  private readonly onBeforePrint = () => this.renderRoot.querySelectorAll('details').forEach((d) => (d.open = true));

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  protected readonly kinds = ['service-guide'] as const;

  static {
    // It reads its fees and its process as well.
    registerKinds(serviceGuideRules, feeListRules, processRules);
  }

  /** The fee lists and processes of the same feed, to resolve the guide's references. */
  protected override relatedReads(): RelatedRead[] {
    return [{ kinds: ['fee-list'] }, { kinds: ['process'] }];
  }

  /** The guide named by `guide` (default the first), its fees and its process resolved by id. */
  protected toView({ records, related, fromData }: ViewInput<'service-guide'>): ServiceGuideData | Problem {
    const named = this.guideId ? records.find((r) => r.record.id === this.guideId)?.record : undefined;
    // Given as .data, a guide is shown even when the `guide` attribute names another one.
    const guide = named ?? (this.guideId && !fromData ? undefined : records[0]?.record);
    if (!guide) {
      const id = this.guideId ?? '';
      return { error: { 'zh-CN': `没有办事指南“${id}”`, en: `no guide "${id}"` }, issues: [] };
    }
    const feeById = new Map([...(this.fees ?? []), ...relatedRecords(related, 'fee-list')].map((f) => [f.id, f]));
    const process = guide.processRef
      ? [...(this.processes ?? []), ...relatedRecords(related, 'process')].find((p) => p.id === guide.processRef)
      : undefined;
    return {
      guide,
      fees: guide.fees && 'refs' in guide.fees ? guide.fees.refs.map((ref) => ({ ref, fee: feeById.get(ref) })) : [],
      process,
      processMissing: guide.processRef && !process ? guide.processRef : undefined,
    };
  }

  protected override firstUpdated(): void {
    // Phones get the sections collapsed, so the table of contents fits on one screen.
    // A hall screen shows every section open; so does a guide not laid out yet (a hidden kiosk panel).
    const width = this.getBoundingClientRect().width;
    this.narrow = this.size !== 'kiosk' && width > 0 && width < NARROW;
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<ServiceGuideData>;
    const { guide: g } = ready.data;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const sections = this.sections(ready.data);
    const visits =
      g.visits === undefined
        ? undefined
        : g.visits === 0
          ? t.visits0
          : g.visits === 1
            ? t.visits1
            : fill(t.visitsN, { n: g.visits });
    return html`<article part="guide" aria-labelledby="title">
      <header>
        <h2 id="title">${g.name}</h2>
        <div class="facts">
          <span class="badge" part="badge">${t[g.type]}</span>
          ${visits ? html`<span class="badge visits" part="badge">${visits}</span>` : nothing}
          ${g.code ? html`<span>${t.code}${COLON[this.effectiveLang]}${g.code}</span>` : nothing}
          <span>${g.department}${g.window ? ` · ${g.window}` : ''}</span>
        </div>
        ${
          g.legalDays !== undefined || g.promisedDays !== undefined
            ? html`<div class="deadlines" part="deadlines">
                ${g.legalDays !== undefined ? html`<span>${t.legalDays}${COLON[this.effectiveLang]}<strong>${formatWorkingDays(g.legalDays, lang)}</strong></span>` : nothing}
                ${g.promisedDays !== undefined ? html`<span>${t.promisedDays}${COLON[this.effectiveLang]}<strong>${formatWorkingDays(g.promisedDays, lang)}</strong></span>` : nothing}
              </div>`
            : nothing
        }
      </header>
      ${
        // In a kiosk its own section index (always in view under the header) is the one menu.
        sections.length > 3 && !this.presentation && !this.hasAttribute('data-gk-kiosk')
          ? html`<nav class="toc" part="toc" aria-label=${t.contents}>
              <ol>
                ${sections.map((s) => html`<li><a href="#${s.id}" @click=${(e: Event) => this.jump(e, s.id)}>${s.title}</a></li>`)}
              </ol>
            </nav>`
          : nothing
      }
      ${sections.map((s, i) =>
        // A wall screen has every section open, under plain headings: nothing there to open or close.
        this.presentation
          ? html`<section class="section" id=${s.id} part="section">
              <h3>${s.title}</h3>
              <div class="body">${s.body}</div>
            </section>`
          : html`<details class="section" id=${s.id} part="section" ?open=${!this.narrow || i === 0}>
              <summary><h3>${s.title}</h3></summary>
              <div class="body">${s.body}</div>
            </details>`,
      )}
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    </article>`;
  }

  private jump(e: Event, id: string) {
    e.preventDefault();
    const d = this.renderRoot.querySelector<HTMLDetailsElement>(`#${id}`);
    if (!d) return;
    d.open = true;
    d.scrollIntoView({ block: 'start' });
    d.querySelector('summary')?.focus();
  }

  private sections(data: ServiceGuideData): Section[] {
    const g = data.guide;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const out: Section[] = [];
    const add = (id: string, title: string, when: unknown, body: () => TemplateResult) => {
      if (when) out.push({ id, title, body: body() });
    };
    add('elements', t.elements, hasElements(g), () => renderElements(g, t));
    add(
      'basis',
      t.basis,
      g.legalBasis.length,
      () =>
        html`<ul>
          ${g.legalBasis.map((d) => html`<li>${documentLink(d)}</li>`)}
        </ul>`,
    );
    add(
      'conditions',
      t.conditions,
      g.conditions?.length,
      () =>
        html`<ol>
          ${g.conditions!.map((c) => html`<li>${c}</li>`)}
        </ol>`,
    );
    add('materials', t.materials, g.materials.length, () => this.materials(g));
    add('process', t.process, g.processRef || g.flowchartImage, () =>
      data.process
        ? html`<gk-process-flow
            .data=${data.process}
            .promisedDays=${g.promisedDays}
            .legalDays=${g.legalDays}
            lang=${lang}
            size=${this.size}
            theme=${this.theme}
            ?presentation=${this.presentation}
          ></gk-process-flow>`
        : html`${data.processMissing ? html`<p class="warning" role="note">${fill(t.processMissing, { ref: data.processMissing })}</p>` : nothing}
          ${safeHttpUrl(g.flowchartImage) ? html`<img class="flowchart" src=${safeHttpUrl(g.flowchartImage)!} alt=${fill(t.flowchartImage, { name: g.name })} />` : nothing}`,
    );
    add('fees', t.fees, g.fees, () =>
      g.fees && 'free' in g.fees
        ? html`<p><strong>${t.free}</strong>${g.fees.note ? paren(g.fees.note, this.effectiveLang) : ''}</p>`
        : html`<ul>
              ${data.fees.map(({ ref, fee }) =>
                fee
                  ? html`<li>
                      <strong>${fee.name}</strong
                      >${COLON[this.effectiveLang]}${formatFeeStandard(fee.standard, lang)}${fee.exemptions ? html`<br /><small>${fee.exemptions}</small>` : nothing}
                    </li>`
                  : html`<li class="warning">${fill(t.feeMissing, { ref })}</li>`,
              )}
            </ul>
            ${g.fees && 'note' in g.fees && g.fees.note ? html`<p>${g.fees.note}</p>` : nothing}`,
    );
    add('result', t.result, g.result, () => html`<p>${g.result}</p>`);
    add('inspection', t.inspection, g.annualInspection, () => html`<p>${g.annualInspection}</p>`);
    add(
      'notes',
      t.notes,
      g.notes?.length,
      () =>
        html`<ul>
          ${g.notes!.map((n) => html`<li>${n}</li>`)}
        </ul>`,
    );
    add(
      'contact',
      t.contact,
      phonesOf(g.consultPhone, g.consultPhones).length || phonesOf(g.complaintPhone, g.complaintPhones).length,
      () =>
        html`<ul>
          ${phonesOf(g.consultPhone, g.consultPhones).map((p) => html`<li>${t.consultPhone}${COLON[this.effectiveLang]}${phoneLink(p)}</li>`)}
          ${phonesOf(g.complaintPhone, g.complaintPhones).map((p) => html`<li>${t.complaintPhone}${COLON[this.effectiveLang]}${phoneLink(p)}</li>`)}
        </ul>`,
    );
    add(
      'place',
      t.place,
      g.address || g.hours,
      () =>
        html`<ul>
          ${g.window ? html`<li>${t.window}${COLON[this.effectiveLang]}${g.window}</li>` : nothing}
          ${g.address ? html`<li>${t.address}${COLON[this.effectiveLang]}${g.address}</li>` : nothing}
          ${g.hours ? html`<li>${t.hours}${COLON[this.effectiveLang]}${g.hours}</li>` : nothing}
        </ul>`,
    );
    const online = safeHttpUrl(g.onlineUrl);
    add(
      'online',
      t.online,
      online,
      () =>
        html`<div class="online">
          ${this.qrEncode ? this.renderQr(this.qrEncode, online!) : this.loadQr()}
          <a href=${online!} target="_blank" rel="noopener noreferrer">${t.openOnline}</a>
        </div>`,
    );
    return out;
  }

  private renderQr(encode: NonNullable<typeof this.qrEncode>, url: string) {
    const t = STRINGS[this.effectiveLang];
    const code = qrCode(encode, url, `${t.scan}${COLON[this.effectiveLang]}${url}`);
    return code === nothing
      ? nothing
      : html`<figure>
          ${code}
          <figcaption>${t.scan}</figcaption>
        </figure>`;
  }

  private loadQr() {
    void loadQrEncoder().then(
      (encode) => (this.qrEncode = encode),
      () => undefined, // offline before the encoder arrived: the link is still there
    );
    return nothing;
  }

  private materials(g: ServiceGuide) {
    const t = STRINGS[this.effectiveLang];
    return html`<table part="materials">
      <thead>
        <tr>
          <th scope="col">${t.no}</th>
          <th scope="col">${t.materialName}</th>
          <th scope="col">${t.form}</th>
          <th scope="col">${t.copies}</th>
          <th scope="col">${t.required}</th>
          <th scope="col">${t.remarks}</th>
        </tr>
      </thead>
      <tbody>
        ${g.materials.map((m, i) => {
          const blank = safeHttpUrl(m.blankForm);
          return html`<tr>
            <td data-label=${t.no}>${i + 1}</td>
            <td data-label=${t.materialName}>${m.name}</td>
            <td data-label=${t.form}>${formLabel(m, t)}</td>
            <td data-label=${t.copies}>${m.copies ?? ''}</td>
            <td data-label=${t.required}>${m.required ? t.yes : t.optional}</td>
            <td data-label=${t.remarks}>
              ${m.notes ?? ''}${blank ? html` <a href=${blank} target="_blank" rel="noopener noreferrer">${t.blankForm}${t.download}</a>` : nothing}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-service-guide': GkServiceGuide;
  }
}
