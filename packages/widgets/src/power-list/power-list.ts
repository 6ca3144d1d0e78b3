/**
 * <gk-power-list>: a department's 权责清单 — searchable by text, pinyin and initials, filtered by
 * type, office and status, with the count of each type as a small bar. A power opens to show its
 * 依据, 责任事项 and 追责情形, and leads to the guide, flowchart and fees that carry it out: links
 * when the page names where those live (`guide-link`, `process-link`), else shown in place.
 * Long lists are paged, not scrolled, so a kiosk visitor taps through them.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  POWER_TYPES,
  createTextSearch,
  formatDate,
  formatFeeStandard,
  type Fee,
  type Power,
  type PowerType,
  type ServiceGuide,
  type TextSearch,
  powerListRules,
  serviceGuideRules,
  feeListRules,
  processRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { relatedRecords } from '../base/read-input.js';
import { GkDataElement, type Ready, type RelatedRead, type ViewInput } from '../base/data-element.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { cssomStyle } from '../util/cssom-style.js';
import { filterSelect } from '../util/filter-select.js';
import { highlight } from '../util/highlight.js';
import { documentLink, phoneLink } from '../util/links.js';
import { pageCount, pager, pagerStyles } from '../util/pager.js';
import { PinyinController } from '../util/pinyin-controller.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { powerListStyles } from './power-list.styles.js';
import { STRINGS, fill } from './strings.js';
import { COLON } from '../util/lang.js';

export interface PowerListData {
  powers: Power[];
  /** Guides, fees and processes of the same feed, by id, to show what a power links to. */
  guides: Map<string, ServiceGuide>;
  fees: Map<string, Fee>;
  processes: Set<string>;
}

export interface GkPowerSelectDetail {
  power: Power;
}

type Match = { power: Power; ranges: [number, number][] };

/**
 * @tagname gk-power-list
 * @fires {GkPowerSelectDetail} gk-power-select - A power was opened; `detail.power`.
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart toolbar - The search box and filters.
 * @csspart search - The search box.
 * @csspart filter - Each filter select (office, status).
 * @csspart types - The bar of counts by type, each a filter button.
 * @csspart type - One type's button in that bar.
 * @csspart summary - The count of powers shown.
 * @csspart list - The list of powers.
 * @csspart power - Each power (a details element).
 * @csspart badge - The type and status badges.
 * @csspart mark - Search matches highlighted in a name.
 * @csspart pager - The page buttons.
 * @csspart empty - The message when nothing matches.
 * @cssprop --gk-power-list-bar-color - Colour of the count bars (default: --gk-chart-1).
 */
export class GkPowerList extends GkDataElement<PowerListData, 'power-list'> {
  static override styles = [tokens, themes, controls, pagerStyles, powerListStyles];

  /** Search text (also typed by the user). */
  @property() query = '';
  /** Filters: a type (licensing, penalty, …), an office, a status (active, suspended, cancelled). */
  @property() type: '' | PowerType = '';
  @property() office = '';
  @property() status = '';
  /** Only the powers of this department (a county feed holds many departments' lists). */
  @property() department = '';
  /** Powers per page (a kiosk wants fewer). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Where a guide lives, `{id}` for its id (`guide.html?id={id}`); without it the guide opens in place. */
  @property({ attribute: 'guide-link' }) guideLink = '';
  /** Where a flowchart lives, `{id}` for the process id; without it the flowchart opens in place. */
  @property({ attribute: 'process-link' }) processLink = '';

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['power-list'] as const;
  static {
    // It reads the guides, fees and processes its powers link to as well.
    registerKinds(powerListRules, serviceGuideRules, feeListRules, processRules);
  }

  @state() private page = 0;
  @state() private opened = new Set<string>();
  /** Guides and flowcharts shown in place, as `guide:<power id>:<guide id>` / `process:<power id>`. */
  @state() private embedded = new Set<string>();

  private readonly pinyin = new PinyinController(this);
  private index?: { search: TextSearch<Power>; pinyin: unknown; powers: Power[] };
  private unfiltered: Match[] = [];
  private counts = new Map<PowerType, number>();
  private view: Match[] = [];

  /** The guides, fees and processes of the same feed, to show what each power links to. */
  protected override relatedReads(): RelatedRead[] {
    return [{ kinds: ['service-guide'] }, { kinds: ['fee-list'] }, { kinds: ['process'] }];
  }

  protected toView({ records, related }: ViewInput<'power-list'>): PowerListData {
    return {
      powers: records.map((r) => r.record),
      guides: new Map(relatedRecords(related, 'service-guide').map((g) => [g.id, g])),
      fees: new Map(relatedRecords(related, 'fee-list').map((f) => [f.id, f])),
      processes: new Set(relatedRecords(related, 'process').map((p) => p.id)),
    };
  }

  /** Clears search, filters, page and what was opened (a kiosk does this when a visitor leaves). */
  override reset(): void {
    this.query = '';
    this.type = '';
    this.office = this.status = '';
    this.page = 0;
    this.opened = new Set();
    this.embedded = new Set();
  }

  /** The department's powers, kept while the data and department stay (the search index is made for them). */
  private get powers(): Power[] {
    const all = this.loadState.status === 'ready' ? this.loadState.data.powers : [];
    if (this.shown?.all !== all || this.shown.department !== this.department)
      this.shown = {
        all,
        department: this.department,
        powers: this.department ? all.filter((p) => p.department === this.department) : all,
      };
    return this.shown.powers;
  }
  private shown?: { all: Power[]; department: string; powers: Power[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.pinyin.ensureFor(this.query);
    const filters = ['query', 'type', 'office', 'status', 'department'] as const;
    if (filters.some((k) => changed.has(k)) && !changed.has('page' as keyof GkPowerList)) this.page = 0;
    const pinyinArrived = this.index !== undefined && this.index.pinyin !== this.pinyin.converter;
    if (pinyinArrived || changed.has('loadState' as keyof GkPowerList) || filters.some((k) => changed.has(k)))
      this.computeView();
  }

  /** The search index of the powers shown, rebuilt when they or the pinyin dictionary change. */
  private search(): TextSearch<Power> {
    const powers = this.powers;
    const pinyin = this.pinyin.converter;
    if (this.index?.powers !== powers || this.index.pinyin !== pinyin) {
      const search = createTextSearch(
        powers,
        {
          name: (p) => p.name,
          rest: (p) => [
            p.code,
            p.office,
            ...(p.subItems ?? []).map((s) => s.name),
            ...p.basis.flatMap((b) => [b.title, b.number]),
          ],
        },
        { pinyin },
      );
      this.index = { search, pinyin, powers };
    }
    return this.index.search;
  }

  /** Builds the search index while the page is idle, so the first keystroke does not wait for it. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.loadState;
    const current = this.index?.pinyin === this.pinyin.converter && this.index?.powers === this.powers;
    if (state.status !== 'ready' || current) return;
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => {
        if (this.loadState === state) this.search();
      });
  }

  private computeView(): void {
    const q = this.query.trim();
    const found: Match[] = q
      ? this.search()
          .search(q)
          .map((m) => ({ power: m.record, ranges: m.ranges }))
      : this.powers.map((power) => ({ power, ranges: [] }));
    // Counts by type are of what the other filters leave, so a type's count is what choosing it shows.
    this.unfiltered = found.filter(
      ({ power: p }) => (!this.office || p.office === this.office) && (!this.status || p.status === this.status),
    );
    this.counts = new Map();
    for (const { power } of this.unfiltered) this.counts.set(power.type, (this.counts.get(power.type) ?? 0) + 1);
    this.view = this.type ? this.unfiltered.filter((m) => m.power.type === this.type) : this.unfiltered;
  }

  private get pageCount(): number {
    return pageCount(this.view.length, this.pageSize);
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<PowerListData>;
    const t = STRINGS[this.effectiveLang];
    const total = this.powers.length;
    const filtered = Boolean(this.query.trim() || this.type || this.office || this.status);
    const size = Math.max(1, this.pageSize);
    const page = Math.min(this.page, this.pageCount - 1);
    const shown = this.view.slice(page * size, (page + 1) * size);
    return html`
      ${this.renderToolbar()} ${total ? this.renderTypes() : nothing}
      <p class="summary" part="summary" role="status">
        ${filtered ? fill(t.found, { n: this.view.length, total }) : fill(t.count, { n: total })}
      </p>
      ${
        total === 0
          ? html`<p class="no-results" part="empty">${t.empty}</p>`
          : shown.length === 0
            ? html`<p class="no-results" part="empty">
                ${this.pinyin.loading ? t.searching : fill(t.noResults, { q: this.query.trim() || '…' })}
              </p>`
            : html`<ol class="powers" part="list" start=${page * size + 1}>
                ${shown.map((m) => this.renderPower(m, ready.data))}
              </ol>`
      }
      ${pager(page, this.pageCount, this.effectiveLang, (i) => {
        this.page = i;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.powers summary')?.focus());
      })}
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  private renderToolbar() {
    const t = STRINGS[this.effectiveLang];
    const powers = this.powers;
    const offices = [...new Set(powers.map((p) => p.office).filter((o): o is string => Boolean(o)))];
    const statuses = [...new Set(powers.map((p) => p.status))];
    return html`<div class="toolbar" part="toolbar">
      <input
        type="search"
        part="search"
        aria-label=${t.search}
        placeholder=${t.searchPlaceholder}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      ${filterSelect(
        t.office,
        t.allOffices,
        this.office,
        offices.map((o) => [o, o]),
        (v) => (this.office = v),
      )}
      ${filterSelect(
        t.status,
        t.allStatuses,
        this.status,
        statuses.map((s) => [s, t[s]]),
        (v) => (this.status = v),
      )}
    </div>`;
  }

  /** Counts by type as bars; each is a toggle that filters by its type. */
  private renderTypes() {
    const t = STRINGS[this.effectiveLang];
    const max = Math.max(1, ...this.counts.values());
    const types = POWER_TYPES.filter((k) => this.counts.has(k) || this.type === k);
    return html`<div class="types" part="types" role="group" aria-label=${t.byType}>
      ${types.map((k) => {
        const n = this.counts.get(k) ?? 0;
        const inner = html`<span class="type-label">${t[k]}</span>
          <span class="type-count">${n}</span>
          <span class="bar" aria-hidden="true"><span ${cssomStyle({ width: `${(100 * n) / max}%` })}></span></span>`;
        // On a wall screen the counts are figures to read, not buttons.
        return this.presentation
          ? html`<div class="type" part="type" data-type=${k}>${inner}</div>`
          : html`<button
              class="type"
              part="type"
              data-type=${k}
              aria-pressed=${this.type === k ? 'true' : 'false'}
              @click=${() => (this.type = this.type === k ? '' : k)}
            >
              ${inner}
            </button>`;
      })}
    </div>`;
  }

  private renderPower({ power: p, ranges }: Match, data: PowerListData) {
    const t = STRINGS[this.effectiveLang];
    const open = this.opened.has(p.id);
    const head = html`<span class="name">${highlight(p.name, ranges)}</span>
      <span class="meta">
        <span class="badge type-${p.type}" part="badge">${t[p.type]}</span>
        ${p.status !== 'active' ? html`<span class="badge status" part="badge">${t[p.status]}</span>` : nothing}
        ${p.code ? html`<span class="code">${p.code}</span>` : nothing}
        ${p.office ? html`<span>${p.office}</span>` : nothing}
      </span>`;
    // A wall screen lists the powers; there is nothing to open on a screen nobody touches.
    if (this.presentation) return html`<li class="power" part="power" data-id=${p.id}><p class="row">${head}</p></li>`;
    return html`<li>
      <details
        class="power"
        part="power"
        data-id=${p.id}
        ?open=${open}
        @toggle=${(e: Event) => this.onToggle(p, (e.target as HTMLDetailsElement).open)}
      >
        <summary>${head}</summary>
        ${open ? this.renderDetail(p, data) : nothing}
      </details>
    </li>`;
  }

  private renderDetail(p: Power, data: PowerListData) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const row = (label: string, body: unknown) =>
      html`<dt>${label}</dt>
        <dd>${body}</dd>`;
    const list = (items: readonly string[]) =>
      html`<ol>
        ${items.map((i) => html`<li>${i}</li>`)}
      </ol>`;
    const statusText =
      p.status === 'active' && !p.statusDate
        ? nothing
        : html`${t[p.status]}${p.statusDate ? ` · ${fill(t.since, { date: formatDate(p.statusDate, lang) })}` : ''}`;
    return html`<div class="detail">
      <dl>
        ${p.code ? row(t.code, p.code) : nothing}
        ${p.subItems?.length ? row(t.subItems, list(p.subItems.map((s) => (s.code ? `${s.code} ${s.name}` : s.name)))) : nothing}
        ${row(
          t.basis,
          p.basis.length
            ? html`<ul>
                ${p.basis.map((d) => html`<li>${documentLink(d)}${d.excerpt ? html`<q>${d.excerpt}</q>` : nothing}</li>`)}
              </ul>`
            : t.unstated,
        )}
        ${row(t.subject_, [p.department, p.office].filter(Boolean).join(' · '))}
        ${p.levels?.length ? row(t.levels, p.levels.map((l) => t[l]).join(t.levelSep)) : nothing}
        ${statusText === nothing ? nothing : row(t.status, statusText)}
        ${row(t.responsibilities, p.responsibilities.length ? list(p.responsibilities) : t.unstated)}
        ${row(t.accountability, p.accountability.length ? list(p.accountability) : t.unstated)}
        ${p.supervision?.method ? row(t.supervision, p.supervision.method) : nothing}
        ${p.supervision?.phone ? row(t.phone, phoneLink(p.supervision.phone)) : nothing}
        ${p.notes ? row(t.notes, p.notes) : nothing}
      </dl>
      ${this.renderLinks(p, data)}
    </div>`;
  }

  /** The guides, flowchart and fees that carry out a power. */
  private renderLinks(p: Power, data: PowerListData) {
    const t = STRINGS[this.effectiveLang];
    const guides = p.guideRefs ?? [];
    const fees = p.feeRefs ?? [];
    if (!guides.length && !p.processRef && !fees.length) return nothing;
    const src = this.effectiveSrc;
    const missing = (id: string) => html`<span class="missing">${fill(t.missing, { id })}</span>`;
    return html`<section class="links" aria-label=${t.carriedOut}>
      ${guides.map((id) => {
        const g = data.guides.get(id);
        if (!g) return html`<p>${t.guide}${COLON[this.effectiveLang]}${id} ${missing(id)}</p>`;
        const href = this.linkTo(this.guideLink, id);
        if (href)
          return html`<p><a class="guide-link" href=${href}>${t.guide}${COLON[this.effectiveLang]}${g.name}</a></p>`;
        if (!src) return html`<p>${t.guide}${COLON[this.effectiveLang]}${g.name}</p>`;
        const key = `guide:${p.id}:${id}`;
        const shown = this.embedded.has(key);
        return html`<p>
            <button class="embed" aria-expanded=${shown ? 'true' : 'false'} @click=${() => this.toggleEmbed(key)}>
              ${fill(shown ? t.hideGuide : t.showGuide, { name: g.name })}
            </button>
          </p>
          ${shown ? html`<gk-service-guide class="embedded" src=${src} guide=${id} lang=${this.effectiveLang}></gk-service-guide>` : nothing}`;
      })}
      ${p.processRef ? this.renderFlowchartLink(p, p.processRef, data, src) : nothing}
      ${
        fees.length
          ? html`<div class="fees">
              <span>${t.fees}${COLON[this.effectiveLang]}</span>
              <ul>
                ${fees.map((id) => {
                  const f = data.fees.get(id);
                  return html`<li>
                    ${f ? `${f.name}${COLON[this.effectiveLang]}${formatFeeStandard(f.standard, this.effectiveLang)}` : missing(id)}
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderFlowchartLink(p: Power, id: string, data: PowerListData, src: string | undefined) {
    const t = STRINGS[this.effectiveLang];
    if (!data.processes.has(id))
      return html`<p>
        ${t.flowchart}${COLON[this.effectiveLang]}<span class="missing">${fill(t.missing, { id })}</span>
      </p>`;
    const href = this.linkTo(this.processLink, id);
    if (href) return html`<p><a class="process-link" href=${href}>${t.flowchart}</a></p>`;
    if (!src) return nothing;
    const key = `process:${p.id}`;
    const shown = this.embedded.has(key);
    return html`<p>
        <button class="embed" aria-expanded=${shown ? 'true' : 'false'} @click=${() => this.toggleEmbed(key)}>
          ${shown ? t.hideFlowchart : t.showFlowchart}
        </button>
      </p>
      ${shown ? html`<gk-process-flow class="embedded" src=${src} process=${id} lang=${this.effectiveLang}></gk-process-flow>` : nothing}`;
  }

  /** A link from a template such as `guide.html?id={id}`; only http(s) or relative links. */
  private linkTo(template: string, id: string): string | undefined {
    if (!template) return undefined;
    const href = template.replace(/\{id\}/g, encodeURIComponent(id));
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return safeHttpUrl(href);
    return href;
  }

  private toggleEmbed(key: string) {
    const next = new Set(this.embedded);
    if (next.has(key)) next.delete(key);
    else {
      next.add(key);
      // The guide and flowchart elements load when first wanted (a page of powers alone never needs them).
      void (key.startsWith('guide:') ? import('../service-guide/index.js') : import('../process-flow/index.js'));
    }
    this.embedded = next;
  }

  private onToggle(p: Power, open: boolean) {
    if (open === this.opened.has(p.id)) return;
    const next = new Set(this.opened);
    if (open) next.add(p.id);
    else next.delete(p.id);
    this.opened = next;
    if (open) this.emit('gk-power-select', { power: p });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-power-list': GkPowerList;
  }
  interface HTMLElementEventMap {
    'gk-power-select': CustomEvent<GkPowerSelectDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-power-select': GkPowerSelectDetail;
  }
}
