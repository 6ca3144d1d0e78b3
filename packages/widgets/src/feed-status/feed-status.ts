/**
 * <gk-feed-status>: the platform editors' dashboard of a harvest (`gongkai harvest` writes the
 * report): one row per publisher, red/amber/green in words as well as colour, worst first,
 * sortable by any column, filterable by status, and each publisher's issues on demand — so a stale
 * 栏目 is found before the inspectors find it.
 *
 * Bounded at any size: a report of 100,000 problems once froze the page for 8.6 s, and a stalled
 * report kept it "loading" for ever. So at most ROWS_SHOWN publishers a page and ISSUES_SHOWN
 * issues per publisher are drawn (the rest counted, in words), and reading the report has a
 * deadline (`timeout`) that ends in an error with a retry.
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
import { pageCount, pager, pagerStyles } from '../util/pager.js';
import { feedStatusStyles } from './feed-status.styles.js';
import { STRINGS } from './strings.js';

export interface GkPublisherSelectDetail {
  publisher: PublisherReport;
}

type SortKey = 'status' | 'name' | 'region' | 'lastUpdated' | 'lastHarvested' | 'datasets' | 'errors' | 'warnings';
const ORDER: Record<ReportStatus, number> = { red: 0, amber: 1, green: 2 };
const STATUSES: ReportStatus[] = ['red', 'amber', 'green'];

/** Publishers drawn per page of the table. */
export const ROWS_SHOWN = 200;
/** Issues drawn for one publisher; the rest are counted (the whole list is in report.json). */
export const ISSUES_SHOWN = 200;

type Load =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; report: HarvestReport }
  /** `retry`: reading failed and may work again (network, deadline, HTTP): a button asks again. */
  | { status: 'error'; message: string; retry?: boolean };

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
  static override styles = [tokens, themes, controls, pagerStyles, feedStatusStyles];

  /** The report: `report.json` of a harvest, or the aggregate folder that holds it. */
  @property() src = '';
  /** The report as an object, for `.data` users. */
  @property({ attribute: false }) data?: unknown;
  /** Milliseconds reading the report may take, body included, before it is given up with a retry button. */
  @property({ type: Number }) timeout = 15_000;
  @state() private load: Load = { status: 'idle' };
  @state() private sortBy: SortKey = 'status';
  @state() private descending = false;
  @state() private only: ReportStatus | '' = '';
  @state() private open = new Set<string>();
  @state() private page = 0;
  /** Aborts the read under way when another starts or the element leaves the page. */
  private reading?: AbortController;

  override reset(): void {
    this.sortBy = 'status';
    this.descending = false;
    this.only = '';
    this.open = new Set();
    this.page = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reading?.abort();
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

  /** Reads the report within `timeout` ms, body included; a stalled server ends in an error, never in waiting. */
  private async fetchReport(src: string): Promise<void> {
    const url = /\.json(\?.*)?$/.test(src) ? src : `${src.replace(/\/?$/, '/')}report.json`;
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    const ms = this.timeout > 0 ? this.timeout : 15_000;
    let late = false;
    const timer = setTimeout(() => ((late = true), reading.abort()), ms);
    this.load = { status: 'loading' };
    try {
      const res = await fetch(url, { signal: reading.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = parseJson(url, await res.text());
      if (this.reading === reading) this.accept(body, url);
    } catch (e) {
      if (this.reading !== reading) return; // a newer read, or the element left the page
      const t = STRINGS[this.effectiveLang];
      const reason = late
        ? fill(t.late, { s: ms / 1000 })
        : ((e as { text?: Record<Lang, string> }).text?.[this.effectiveLang] ?? (e as Error).message);
      this.load = { status: 'error', message: fill(t.failed, { src: url, reason }), retry: true };
    } finally {
      clearTimeout(timer);
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
    if (this.load.status === 'error')
      return html`<p class="message" role="alert">${this.load.message}</p>
        ${
          this.load.retry
            ? html`<button class="retry" part="retry" @click=${() => void this.fetchReport(this.src)}>
                ${t.retry}
              </button>`
            : nothing
        }`;
    if (this.load.status !== 'ready') return html`<p aria-busy="true">${t.loading}</p>`;
    const report = this.load.report;
    const count = (s: ReportStatus) => report.publishers.filter((p) => p.status === s).length;
    const rows = this.sorted(report);
    const pages = pageCount(rows.length, ROWS_SHOWN);
    const page = Math.min(this.page, pages - 1);
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
            html`<button
              aria-pressed=${this.only === s ? 'true' : 'false'}
              @click=${() => ((this.only = s), (this.page = 0))}
            >
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
            ${rows.slice(page * ROWS_SHOWN, (page + 1) * ROWS_SHOWN).map((p) => this.renderRow(p))}
          </tbody>
        </table>
      </div>
      ${pages > 1 ? html`<p class="bounded">${fill(t.rowsShown, { n: ROWS_SHOWN, total: rows.length })}</p>` : nothing}
      ${pager(page, pages, this.effectiveLang, (i) => (this.page = i))}
    `;
  }

  private renderRow(p: PublisherReport) {
    const t = STRINGS[this.effectiveLang];
    const lang = this.effectiveLang;
    const open = this.open.has(p.creditCode);
    const total = issueCount(p);
    const items = open ? issuesOf(p, lang, ISSUES_SHOWN) : [];
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
          total
            ? html`<button aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(p)}>
                  ${open ? t.hide : fill(t.show, { n: total })}
                </button>
                ${
                  open
                    ? html`<ul class="issues" part="issues">
                          ${items.map((i) => html`<li>${i}</li>`)}
                        </ul>
                        ${
                          total > items.length
                            ? html`<p class="bounded">
                                ${fill(t.more, { n: items.length, rest: total - items.length })}
                              </p>`
                            : nothing
                        }`
                    : nothing
                }`
            : t.none
        }
      </td>
    </tr>`;
  }
}

/** How many issues a publisher has (without putting any into words). */
const issueCount = (p: PublisherReport) =>
  p.missingKinds.length + p.stale.length + p.lastGood.length + p.removed.length + p.problems.length;

/**
 * A publisher's first `max` issues in words: missing kinds, stale datasets, last good copies,
 * removals, problems. Only those are put into words, whatever the report holds.
 */
function issuesOf(p: PublisherReport, lang: Lang, max: number): string[] {
  const t = STRINGS[lang];
  const out: string[] = [];
  const add = <T>(list: readonly T[], words: (x: T) => string) => {
    for (const x of list) {
      if (out.length >= max) return;
      out.push(words(x));
    }
  };
  add(p.missingKinds, (kind) => fill(t.missing, { kind }));
  add(
    p.stale,
    (s) =>
      fill(t.stale, { dataset: s.dataset ?? s.kind, rule: s.rule }) +
      (s.ageDays !== null ? fill(t.days, { n: s.ageDays }) : ''),
  );
  add(p.lastGood, (dataset) => fill(t.lastGood, { dataset }));
  add(p.removed, (dataset) => fill(t.removed, { dataset }));
  add(
    p.problems,
    (x) =>
      `${x.severity === 'error' ? t.errors : t.warnings}${COLON[lang]}${x.dataset ? `${x.dataset} · ` : ''}${x.message}`,
  );
  return out;
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
