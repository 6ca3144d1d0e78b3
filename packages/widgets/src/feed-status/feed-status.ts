/**
 * <gk-feed-status>: the platform editors' dashboard of a harvest (`gongkai harvest` writes the
 * report): one row per publisher, red/amber/green in words as well as colour, worst first,
 * sortable by any column, filterable by status, and each publisher's issues on demand — so a stale
 * 栏目 is found before the inspectors find it.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HarvestReport, type PublisherReport, type ReportStatus } from '@gongkai/sdk/harvest';
import { formatDate, parseJson, type Lang } from '@gongkai/sdk/core';
import { GkElement } from '../base/gk-element.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { COLON, fill, paren } from '../util/lang.js';
import { feedStatusStyles } from './feed-status.styles.js';
import { STRINGS } from './strings.js';

export interface GkPublisherSelectDetail {
  publisher: PublisherReport;
}

type SortKey = 'status' | 'name' | 'region' | 'lastUpdated' | 'lastHarvested' | 'datasets' | 'errors' | 'warnings';
const ORDER: Record<ReportStatus, number> = { red: 0, amber: 1, green: 2 };
const STATUSES: ReportStatus[] = ['red', 'amber', 'green'];

type Load =
  { status: 'idle' | 'loading' } | { status: 'ready'; report: HarvestReport } | { status: 'error'; message: string };

/**
 * @tagname gk-feed-status
 * @fires {GkPublisherSelectDetail} gk-publisher-select - A publisher's issues were opened; `detail.publisher`.
 * @csspart filters - The status filter buttons.
 * @csspart table - The table of publishers.
 * @csspart issues - A publisher's list of issues.
 * @cssprop --gk-feed-status-red - Mark of a publisher that needs action (default: --gk-color-danger).
 * @cssprop --gk-feed-status-amber - Mark of a publisher to check.
 * @cssprop --gk-feed-status-green - Mark of a publisher in order (default: --gk-color-success).
 */
export class GkFeedStatus extends GkElement {
  static override styles = [tokens, themes, controls, feedStatusStyles];

  /** The report: `report.json` of a harvest, or the aggregate folder that holds it. */
  @property() src = '';
  /** The report as an object, for `.data` users. */
  @property({ attribute: false }) data?: unknown;
  @state() private load: Load = { status: 'idle' };
  @state() private sortBy: SortKey = 'status';
  @state() private descending = false;
  @state() private only: ReportStatus | '' = '';
  @state() private open = new Set<string>();

  override reset(): void {
    this.sortBy = 'status';
    this.descending = false;
    this.only = '';
    this.open = new Set();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data') && this.data !== undefined) this.accept(this.data, 'data');
    else if (changed.has('src') && this.src) void this.fetchReport(this.src);
  }

  private accept(input: unknown, src: string): void {
    const r = HarvestReport.safeParse(input);
    const t = STRINGS[this.effectiveLang];
    this.load = r.success
      ? { status: 'ready', report: r.data }
      : {
          status: 'error',
          message: fill(t.invalid, {
            src,
            reason: r.error.issues
              .slice(0, 3)
              .map((i) => `${i.path.join('.')} ${i.message}`)
              .join('; '),
          }),
        };
  }

  private async fetchReport(src: string): Promise<void> {
    const url = /\.json(\?.*)?$/.test(src) ? src : `${src.replace(/\/?$/, '/')}report.json`;
    this.load = { status: 'loading' };
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = parseJson(url, await res.text());
      if (this.src === src) this.accept(body, url);
    } catch (e) {
      const t = STRINGS[this.effectiveLang];
      const reason = (e as { text?: Record<Lang, string> }).text?.[this.effectiveLang] ?? (e as Error).message;
      if (this.src === src) this.load = { status: 'error', message: fill(t.failed, { src: url, reason }) };
    }
  }

  private sorted(report: HarvestReport): PublisherReport[] {
    const key = this.sortBy;
    const value = (p: PublisherReport): string | number =>
      key === 'status'
        ? ORDER[p.status]
        : key === 'name'
          ? p.name
          : key === 'region'
            ? (p.region ?? '')
            : key === 'lastUpdated'
              ? (p.lastUpdated ?? '')
              : p[key];
    const collator = new Intl.Collator('zh-CN');
    const rows = report.publishers.filter((p) => !this.only || p.status === this.only);
    return rows.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      return (this.descending ? -c : c) || collator.compare(a.name, b.name);
    });
  }

  private sort(key: SortKey): void {
    this.descending = this.sortBy === key ? !this.descending : false;
    this.sortBy = key;
  }

  private toggle(p: PublisherReport): void {
    const next = new Set(this.open);
    if (next.has(p.creditCode)) next.delete(p.creditCode);
    else {
      next.add(p.creditCode);
      this.emit('gk-publisher-select', { publisher: p });
    }
    this.open = next;
  }

  protected override render() {
    const t = STRINGS[this.effectiveLang];
    if (this.load.status === 'error') return html`<p class="message" role="alert">${this.load.message}</p>`;
    if (this.load.status !== 'ready') return html`<p aria-busy="true">${t.loading}</p>`;
    const report = this.load.report;
    const count = (s: ReportStatus) => report.publishers.filter((p) => p.status === s).length;
    const head = (key: SortKey, label: string, numeric = false) =>
      html`<th
        scope="col"
        class=${numeric ? 'num' : ''}
        aria-sort=${this.sortBy === key ? (this.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button class="sort" @click=${() => this.sort(key)}>${label}</button>
      </th>`;
    return html`
      <h2>${fill(t.title, { name: report.name })}</h2>
      <p>${fill(t.summary, { time: formatDate(report.harvested, this.effectiveLang), n: report.publishers.length })}</p>
      <div class="filters" part="filters" role="group" aria-label=${t.filter}>
        ${(['', ...STATUSES] as const).map(
          (s) =>
            html`<button aria-pressed=${this.only === s ? 'true' : 'false'} @click=${() => (this.only = s)}>
              ${s ? t[s] + paren(count(s), this.effectiveLang) : t.all + paren(report.publishers.length, this.effectiveLang)}
            </button>`,
        )}
      </div>
      <div class="wrap gk-scroll-x" role="region" tabindex="0" aria-label=${fill(t.title, { name: report.name })}>
        <table part="table">
          <thead>
            <tr>
              ${head('status', t.status)} ${head('name', t.publisher)} ${head('region', t.region)}
              ${head('lastUpdated', t.lastUpdated)} ${head('lastHarvested', t.lastHarvested)}
              ${head('datasets', t.datasets, true)} ${head('errors', t.errors, true)}
              ${head('warnings', t.warnings, true)}
              <th scope="col">${t.details}</th>
            </tr>
          </thead>
          <tbody>
            ${this.sorted(report).map((p) => this.renderRow(p))}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRow(p: PublisherReport) {
    const t = STRINGS[this.effectiveLang];
    const lang = this.effectiveLang;
    const items = issuesOf(p, lang);
    const open = this.open.has(p.creditCode);
    return html`<tr class=${p.status} data-publisher=${p.creditCode}>
      <td data-label=${t.status}><span class="dot" aria-hidden="true"></span>${t[p.status]}</td>
      <th scope="row"><span class="name">${p.name}</span><br /><small>${p.creditCode}</small></th>
      <td data-label=${t.region}>${p.region ?? ''}</td>
      <td data-label=${t.lastUpdated}>${p.lastUpdated ? formatDate(p.lastUpdated, lang) : t.unknown}</td>
      <td data-label=${t.lastHarvested}>${formatDate(p.lastHarvested, lang)}</td>
      <td class="num" data-label=${t.datasets}>${p.datasets}</td>
      <td class="num" data-label=${t.errors}>${p.errors}</td>
      <td class="num" data-label=${t.warnings}>${p.warnings}</td>
      <td>
        ${
          items.length
            ? html`<button aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(p)}>
                  ${open ? t.hide : fill(t.show, { n: items.length })}
                </button>
                ${
                  open
                    ? html`<ul class="issues" part="issues">
                        ${items.map((i) => html`<li>${i}</li>`)}
                      </ul>`
                    : nothing
                }`
            : t.none
        }
      </td>
    </tr>`;
  }
}

/** A publisher's issues in words: missing kinds, stale datasets, last good copies, removals, problems. */
function issuesOf(p: PublisherReport, lang: Lang): string[] {
  const t = STRINGS[lang];
  return [
    ...p.missingKinds.map((kind) => fill(t.missing, { kind })),
    ...p.stale.map(
      (s) =>
        fill(t.stale, { dataset: s.dataset ?? s.kind, rule: s.rule }) +
        (s.ageDays !== null ? fill(t.days, { n: s.ageDays }) : ''),
    ),
    ...p.lastGood.map((dataset) => fill(t.lastGood, { dataset })),
    ...p.removed.map((dataset) => fill(t.removed, { dataset })),
    ...p.problems.map(
      (x) =>
        `${x.severity === 'error' ? t.errors : t.warnings}${COLON[lang]}${x.dataset ? `${x.dataset} · ` : ''}${x.message}`,
    ),
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-feed-status': GkFeedStatus;
  }
  interface HTMLElementEventMap {
    'gk-publisher-select': CustomEvent<GkPublisherSelectDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-publisher-select': GkPublisherSelectDetail;
  }
}
