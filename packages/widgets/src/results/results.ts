/**
 * <gk-results>: the results board (结果公示) — 办件结果, 处罚/检查决定, 抽查结果 and 资金发放名单, newest
 * first, filtered by kind, 事项 and month, searchable, paged for a kiosk, with the on-time rate of
 * each 事项. Records past their 公示期 are hidden unless `archive` is set. Personal data is masked
 * again here (whatever the feed holds), and the CSV holds exactly what is shown.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RESULT_TYPES,
  deidentifyResult,
  resultDate,
  resultParty,
  foldText,
  formatDate,
  type Lang,
  type Result,
  type ResultType,
  resultsRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { controls } from '../styles/controls.styles.js';
import { stackedTables } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { downloadCsv, toCsv } from '../util/csv.js';
import { filterSelect } from '../util/filter-select.js';
import { pageCount, pager, pagerStyles } from '../util/pager.js';
import { resultsStyles } from './results.styles.js';
import { STRINGS, fill } from './strings.js';
import { COLON } from '../util/lang.js';

/** A result as shown: masked, with its 公示期 (its own or the list's) and the date it is filed under. */
export interface ShownResult {
  result: Result;
  date?: string;
  end?: string;
}

export interface ResultsData {
  results: ShownResult[];
}

const itemOf = (r: Result): string =>
  r.type === 'case' ? r.item : r.type === 'payment' ? r.programme : r.type === 'decision' ? r.docNumber : r.task;

/** The day it is now, as YYYY-MM-DD in the viewer's time zone. */
const todayLocal = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * @tagname gk-results
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart toolbar - The search box, filters and the CSV button.
 * @csspart search - The search box.
 * @csspart filter - Each filter select.
 * @csspart export - The CSV button.
 * @csspart on-time - The table of on-time rates per 事项.
 * @csspart summary - The count of records shown.
 * @csspart table - The table of records.
 * @csspart pager - The page buttons.
 * @csspart empty - The message when nothing matches.
 * @cssprop --gk-results-rejected - Colour of a refusal (default: --gk-color-danger).
 */
export class GkResults extends GkDataElement<ResultsData, 'results'> {
  static override styles = [tokens, themes, controls, stackedTables, pagerStyles, resultsStyles];

  /** Search text. */
  @property() query = '';
  /** Filters: a kind (case, decision, spot-check, payment), a 事项 or programme, a month (2026-03). */
  @property() type: '' | ResultType = '';
  @property() item = '';
  @property() month = '';
  /** Shows records whose 公示期 has ended too (an archive page). */
  @property({ type: Boolean }) archive = false;
  /** Records per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** The day against which 公示期 are judged (YYYY-MM-DD); default today. */
  @property() today = '';

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['results'] as const;
  static {
    registerKinds(resultsRules);
  }

  @state() private page = 0;
  private view: ShownResult[] = [];
  private expired = 0;

  protected toView({ records }: ViewInput<'results'>): ResultsData {
    const results = records.map(({ record, source }) => {
      // Masked again here: a feed written by hand, or given as .data, never shows a name in the clear.
      const result = deidentifyResult(record);
      const end = result.publicity?.end ?? source?.data.publicity?.end;
      return { result, date: resultDate(result), end };
    });
    // Newest first; a record without a date goes last.
    results.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    return { results };
  }

  override reset(): void {
    this.query = this.item = this.month = '';
    this.type = '';
    this.page = 0;
  }

  private get all(): ShownResult[] {
    return this.loadState.status === 'ready' ? this.loadState.data.results : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['loadState', 'query', 'type', 'item', 'month', 'archive', 'today'] as const;
    if (!inputs.some((k) => changed.has(k as keyof GkResults))) return;
    if (!changed.has('loadState' as keyof GkResults) && !changed.has('page' as keyof GkResults)) this.page = 0;
    const today = this.today || todayLocal();
    const current = this.all.filter((s) => this.archive || !s.end || s.end >= today);
    this.expired = this.all.length - current.length;
    const q = foldText(this.query.trim());
    this.view = current.filter(
      ({ result: r, date }) =>
        (!this.type || r.type === this.type) &&
        (!this.item || itemOf(r) === this.item) &&
        (!this.month || date?.startsWith(this.month)) &&
        (!q || foldText(this.searchText(r)).includes(q)),
    );
  }

  private searchText(r: Result): string {
    const parts = [itemOf(r), resultParty(r).name, r.notes];
    if (r.type === 'payment') parts.push(r.village);
    if (r.type === 'decision') parts.push(r.facts, r.result);
    if (r.type === 'spot-check') parts.push(r.result);
    if (r.type === 'case') parts.push(r.reason);
    return parts.filter(Boolean).join('|');
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<ResultsData>;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const total = this.all.length - this.expired;
    const filtered = Boolean(this.query.trim() || this.type || this.item || this.month);
    const pages = pageCount(this.view.length, this.pageSize);
    const page = Math.min(this.page, pages - 1);
    const size = Math.max(1, this.pageSize);
    const shown = this.view.slice(page * size, (page + 1) * size);
    return html`
      ${this.renderToolbar()} ${this.renderOnTime()}
      <p class="summary" part="summary" role="status">
        ${filtered ? fill(t.found, { n: this.view.length, total }) : fill(t.count, { n: total })}
        ${this.expired && !this.archive ? html`<span class="muted"> · ${fill(t.expired, { n: this.expired })}</span>` : nothing}
      </p>
      ${
        this.all.length === 0
          ? html`<p class="no-results" part="empty">${t.empty}</p>`
          : shown.length === 0
            ? html`<p class="no-results" part="empty">${t.noResults}</p>`
            : this.renderTable(shown, lang)
      }
      ${pager(page, pages, lang, (i) => (this.page = i))}
      <p class="masked">${t.masked}</p>
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  private renderToolbar() {
    const t = STRINGS[this.effectiveLang];
    const all = this.all;
    const types = RESULT_TYPES.filter((k) => all.some((s) => s.result.type === k));
    const items = [
      ...new Set(all.filter((s) => !this.type || s.result.type === this.type).map((s) => itemOf(s.result))),
    ];
    const months = [...new Set(all.map((s) => s.date?.slice(0, 7)).filter((m): m is string => Boolean(m)))];
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
        t.type,
        t.allTypes,
        this.type,
        types.map((k) => [k, t[k]]),
        (v) => {
          this.type = v as ResultType;
          this.item = '';
        },
      )}
      ${filterSelect(
        t.item,
        t.allItems,
        this.item,
        items.map((i) => [i, i]),
        (v) => (this.item = v),
      )}
      ${filterSelect(
        t.month,
        t.allMonths,
        this.month,
        months.map((m) => [m, m]),
        (v) => (this.month = v),
      )}
      ${
        this.expired
          ? html`<label class="check"
              ><input
                type="checkbox"
                .checked=${this.archive}
                @change=${(e: Event) => (this.archive = (e.target as HTMLInputElement).checked)}
              />${t.archive}</label
            >`
          : nothing
      }
      <button class="export" part="export" @click=${() => this.exportCsv()}>${t.exportCsv}</button>
    </div>`;
  }

  /** 按时办结率 per 事项, over the cases shown: on time ÷ decided cases marked either way. */
  onTimeRates(): { item: string; decided: number; marked: number; onTime: number }[] {
    const by = new Map<string, { item: string; decided: number; marked: number; onTime: number }>();
    for (const { result: r } of this.view) {
      if (r.type !== 'case' || r.outcome === 'pending') continue;
      const row = by.get(r.item) ?? by.set(r.item, { item: r.item, decided: 0, marked: 0, onTime: 0 }).get(r.item)!;
      row.decided++;
      if (r.onTime !== undefined) row.marked++;
      if (r.onTime) row.onTime++;
    }
    return [...by.values()];
  }

  private renderOnTime() {
    const rows = this.onTimeRates();
    if (!rows.length) return nothing;
    const t = STRINGS[this.effectiveLang];
    const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : t.unknown);
    return html`<table class="on-time" part="on-time">
      <caption>
        ${t.onTimeTitle}
        <span class="muted">${t.onTimeCaption}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.item}</th>
          <th scope="col" class="num">${t.decided}</th>
          <th scope="col" class="num">${t.onTime}</th>
          <th scope="col" class="num" title=${t.rateHow}>${t.rate}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row" data-label=${t.item}>${r.item}</th>
              <td class="num" data-label=${t.decided}>${r.decided}</td>
              <td class="num" data-label=${t.onTime}>${r.onTime}</td>
              <td class="num rate" data-label=${t.rate}>${pct(r.onTime, r.marked)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The columns of the table: a 发放名单 has its own; other kinds share who / what / result. */
  private columns(lang: Lang): { head: string; cell: (s: ShownResult) => string; cls?: string }[] {
    const t = STRINGS[lang];
    if (this.type === 'payment')
      return [
        { head: t.name, cell: (s) => resultParty(s.result).name },
        { head: t.village, cell: (s) => (s.result.type === 'payment' ? (s.result.village ?? '') : '') },
        { head: t.programme, cell: (s) => itemOf(s.result) },
        { head: t.amount, cell: (s) => this.amount(s.result), cls: 'num' },
        { head: t.date, cell: (s) => (s.date ? formatDate(s.date, lang) : ''), cls: 'date' },
      ];
    return [
      { head: t.date, cell: (s) => (s.date ? formatDate(s.date, lang) : ''), cls: 'date' },
      { head: t.kind, cell: (s) => t[s.result.type], cls: 'kind' },
      { head: t.what, cell: (s) => itemOf(s.result) },
      { head: t.who, cell: (s) => resultParty(s.result).name },
      { head: t.result, cell: (s) => this.outcome(s.result, lang), cls: 'outcome' },
    ];
  }

  private amount(r: Result): string {
    if (r.type !== 'payment') return '';
    // A blank amount stays blank (未填报), never 0.
    return r.amount === null ? '—' : r.amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  }

  private outcome(r: Result, lang: Lang): string {
    const t = STRINGS[lang];
    switch (r.type) {
      case 'case':
        return r.outcome === 'rejected' && r.reason ? `${t.rejected}${COLON[lang]}${r.reason}` : t[r.outcome];
      case 'decision':
        return r.result;
      case 'spot-check':
        return r.result;
      case 'payment':
        return `${this.amount(r)} ${t.yuan}`;
    }
  }

  private renderTable(shown: ShownResult[], lang: Lang) {
    const t = STRINGS[lang];
    const cols = this.columns(lang);
    return html`<table class="records" part="table">
      <caption class="visually-hidden">
        ${t.caption}
      </caption>
      <thead>
        <tr>
          ${cols.map((c) => html`<th scope="col" class=${c.cls ?? ''}>${c.head}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (s) =>
            html`<tr
              data-id=${s.result.id}
              class=${s.result.type === 'case' && s.result.outcome === 'rejected' ? 'rejected' : ''}
            >
              ${cols.map((c) => html`<td class=${c.cls ?? ''} data-label=${c.head}>${c.cell(s)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** What is shown (after filters, every page), as Excel-ready CSV: masked, as on screen. */
  exportCsv({ download = true } = {}): string {
    const lang = this.effectiveLang;
    const cols = this.columns(lang);
    const csv = toCsv([cols.map((c) => c.head), ...this.view.map((s) => cols.map((c) => c.cell(s)))]);
    if (download) downloadCsv(`${STRINGS[lang].subject}-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    return csv;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-results': GkResults;
  }
}
