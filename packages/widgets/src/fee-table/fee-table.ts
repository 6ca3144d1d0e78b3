/**
 * <gk-fee-table>: 收费项目、依据、标准 — searchable (text, pinyin, initials, amounts), filterable,
 * sortable, groupable, virtualized for 10,000 rows, cards on narrow screens, printable, CSV export.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cssomStyle } from '../util/cssom-style.js';
import { filterSelect } from '../util/filter-select.js';
import {
  createFeeSearch,
  feeSortAmount,
  type Fee,
  type FeeSearch,
  type Lang,
  type PinyinConverter,
  feeListRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { downloadCsv, toCsv } from '../util/csv.js';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { PinyinController } from '../util/pinyin-controller.js';
import { VirtualRows } from '../util/virtual-rows.js';
import { controls } from '../styles/controls.styles.js';
import { stackedTables } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { COLUMN_KEYS, cellText, columnHeader, parseColumns, renderCell, type ColumnKey } from './columns.js';
import { feeTableStyles } from './fee-table.styles.js';
import { NO_RANGES, RowList, type DisplayRow, type ShownFee } from './row-list.js';
import { STRINGS, fill } from './strings.js';

export interface FeeTableData {
  items: Fee[];
  /** How many fees the dataset holds; more than `items` while a large list is still being validated. */
  total?: number;
  /** Fee lists the feed holds beyond those read (a feed of thousands is read a page of lists at a time). */
  unread?: number;
}

export interface GkFeeSelectDetail {
  fee: Fee;
}

type SortKey = '' | 'name' | '-name' | 'amount' | '-amount';

/** Above this many rows only the visible window is rendered. */
const VIRTUAL_FROM = 80;
const SORTABLE: Partial<Record<ColumnKey, 'name' | 'amount'>> = { name: 'name', standard: 'amount' };

type FeeStatus = NonNullable<Fee['status']>;
interface FilterChoices {
  fees: Fee[];
  departments: string[];
  categories: Fee['category'][];
  statuses: FeeStatus[];
}
/** Fees gone through per task for the filters' options (a plain loop: 20,000 take a few ms). */
const CHOICES_SLICE = 20_000;

/** Fees indexed per task: about 2,000 rows index well inside a frame's budget on a slow machine. */
const INDEX_SLICE = 2000;

/**
 * Fee lists read from a feed at a time, the first in the manifest's order: a province feed listing
 * 5,000 lists made 5,000 requests before the first row. The rest are counted on screen and read a
 * page at a time when asked for.
 */
export const FEE_LISTS_PER_PAGE = 20;

/**
 * @tagname gk-fee-table
 * @fires {GkFeeSelectDetail} gk-fee-select - A fee was chosen (click, Enter or Space); `detail.fee`.
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart toolbar - The search box, filters and buttons above the table.
 * @csspart search - The search box.
 * @csspart filter - Each filter select (department, category, status).
 * @csspart export - The CSV download button.
 * @csspart summary - The count of fees shown ("共 12 项").
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The table of fees.
 * @csspart header - The header row.
 * @csspart row - Each fee row.
 * @csspart badge - The category and status badges in a row.
 * @csspart mark - Search matches highlighted in a row.
 * @csspart empty - The message when nothing matches.
 * @csspart unread - The line saying how many of the feed's fee lists are not loaded yet.
 * @csspart load-more - The button on it that loads the next page of lists.
 * @cssprop --gk-fee-table-max-height - Height of the scrolling box (default 36rem).
 * @cssprop --gk-fee-table-selected-bg - Background of the selected fee (default: --gk-color-selected).
 */
export class GkFeeTable extends GkDataElement<FeeTableData, 'fee-list'> {
  static override styles = [tokens, themes, controls, stackedTables, feeTableStyles];

  /** Columns to show, in order: no, name, department, category, standard, basis, notes, status. */
  @property() columns?: string;
  /** Search text (also typed by the user). */
  @property() query = '';
  /** Filters: a department name, a category (administrative, fund, service), a status. */
  @property() department = '';
  @property() category = '';
  @property() status = '';
  /** `name`, `-name`, `amount` or `-amount`; empty keeps the published order. */
  @property({ reflect: true }) sort: SortKey = '';
  /** `department` groups rows under their department. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: '' | 'department' = '';

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };

  @state() private printing = false;
  @state() private activeIndex = -1;
  @state() private selectedKey?: string;
  @query('.scroller') private scroller?: HTMLElement;

  private readonly pinyin = new PinyinController(this);
  /** The search index, and the pinyin dictionary it was built with. */
  private index?: FeeSearch;
  private indexPinyin?: PinyinConverter;
  private indexStale = false;
  private view = RowList.of([]);
  /** How many fees `view` holds (without its group headings). */
  private shownFees = 0;
  private choicesOf?: FilterChoices;
  private choicesPending?: Fee[];
  private readonly rows = new VirtualRows(this, { scroller: () => this.scroller });
  private focusPending = false;
  private readonly collator = new Intl.Collator('zh-CN-u-co-pinyin');
  private readonly onBeforePrint = () => {
    this.printing = true;
    this.performUpdate(); // render every row before the print layout is taken
  };
  private readonly onAfterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Clears search, filters, sort and selection (a kiosk does this when a user walks away). */
  override reset(): void {
    this.query = '';
    this.department = this.category = this.status = '';
    this.sort = '';
    this.selectedKey = undefined;
    this.activeIndex = -1;
    this.rows.rewind();
  }

  /** The rows currently shown (after search and filters), as Excel-ready CSV; also offered as a download. */
  exportCsv({ download = true } = {}): string {
    const lang = this.effectiveLang;
    const header = COLUMN_KEYS.map((k) => columnHeader(k, lang));
    const body = this.view
      .slice(0, this.view.length)
      .filter((r) => r.type === 'fee')
      .map((r) => COLUMN_KEYS.map((k) => cellText(k, (r as { fee: Fee }).fee, lang)));
    const csv = toCsv([header, ...body]);
    if (download) downloadCsv(`${STRINGS[lang].subject}-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    return csv;
  }

  protected readonly kinds = ['fee-list'] as const;
  protected override datasetLimit = FEE_LISTS_PER_PAGE;

  static {
    registerKinds(feeListRules);
  }

  /** Every fee of the lists read, in published order (a `.data` list may still be partly checked: `total`). */
  protected toView({ records, total, unread }: ViewInput<'fee-list'>): FeeTableData {
    return { items: records.map((r) => r.record), total, unread };
  }

  /** Reads the next page of the feed's fee lists (those read so far come from the client's cache). */
  loadMoreLists(): Promise<void> {
    this.datasetLimit += FEE_LISTS_PER_PAGE;
    return this.reload();
  }

  private get fees(): Fee[] {
    return this.loadState.status === 'ready' ? this.loadState.data.items : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another feed (or one list of it) starts again from its first page of lists.
    if (['src', 'feed', 'datasetId'].some((k) => changed.has(k as keyof GkFeeTable)))
      this.datasetLimit = FEE_LISTS_PER_PAGE;
    super.willUpdate(changed);
    const pinyinArrived = this.indexPinyin !== this.pinyin.converter;
    this.indexPinyin = this.pinyin.converter;
    this.indexStale = changed.has('loadState' as keyof GkFeeTable) || pinyinArrived;
    if (this.indexStale) this.index = undefined;
    // A query set as an attribute (or typed before the dictionary arrived) may be pinyin.
    if (changed.has('query')) this.pinyin.ensureFor(this.query);
    const inputs = ['loadState', 'query', 'department', 'category', 'status', 'sort', 'groupBy', 'lang'];
    if (pinyinArrived || inputs.some((k) => changed.has(k as keyof GkFeeTable))) this.computeView();
  }

  /**
   * The search index of the current fees (with pinyin once loaded), made on first need. A long list
   * is indexed a slice at a time, yielding between slices, so no task blocks the page: meanwhile a
   * search covers the fees indexed so far and says so, and runs again once all are in.
   */
  private ensureIndex(): FeeSearch {
    if (this.index) return this.index;
    const fees = this.fees;
    const index = createFeeSearch(fees, { pinyin: this.indexPinyin, deferred: fees.length > INDEX_SLICE });
    this.index = index;
    if (!index.complete) void this.indexInSlices(index);
    return index;
  }

  private async indexInSlices(index: FeeSearch): Promise<void> {
    while (this.index === index && !index.indexMore(INDEX_SLICE)) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    if (this.index !== index) return;
    if (this.query.trim()) this.computeView();
    this.requestUpdate();
  }

  /** Builds the search index while the page is idle, so the first keystroke does not wait for it. */
  private prepareIndex(): void {
    const state = this.loadState;
    if (this.index || state.status !== 'ready' || typeof requestIdleCallback !== 'function') return;
    requestIdleCallback(() => {
      if (this.loadState === state) this.ensureIndex();
    });
  }

  /** A search or a filter narrows the list. */
  private get narrowed(): boolean {
    return Boolean(this.query.trim() || this.department || this.category || this.status);
  }

  private computeView(): void {
    const fees = this.fees;
    if (!this.narrowed && !this.sort && this.groupBy !== 'department') {
      // Every fee in published order (the usual first view): rows made as they are shown.
      this.view = RowList.allOf(fees);
      this.shownFees = fees.length;
      if (this.activeIndex >= fees.length) this.activeIndex = -1;
      return;
    }
    let matches: readonly ShownFee[];
    if (this.query.trim()) {
      matches = this.ensureIndex().search(this.query);
    } else matches = fees.map((fee) => ({ fee, ranges: NO_RANGES }));
    if (this.department || this.category || this.status)
      matches = matches.filter(
        ({ fee }) =>
          (!this.department || fee.department === this.department) &&
          (!this.category || fee.category === this.category) &&
          (!this.status || (fee.status ?? 'active') === this.status),
      );
    if (this.sort) {
      const dir = this.sort.startsWith('-') ? -1 : 1;
      const byName = this.sort.endsWith('name');
      const key = new Map(matches.map((m) => [m.fee, byName ? 0 : feeSortAmount(m.fee.standard)]));
      // Fees with no published amount stay last whichever way amounts are sorted.
      const byAmount = (a: number, b: number) =>
        a === b ? 0 : a === Infinity ? 1 : b === Infinity ? -1 : dir * (a - b);
      matches = [...matches].sort((a, b) =>
        byName ? dir * this.collator.compare(a.fee.name, b.fee.name) : byAmount(key.get(a.fee)!, key.get(b.fee)!),
      );
    }
    this.view = this.groupBy === 'department' ? this.grouped(matches) : RowList.shown(matches);
    this.shownFees = matches.length;
    if (this.activeIndex >= this.view.length) this.activeIndex = -1;
  }

  /** The fees under a heading per department, in the order of each department's first fee. */
  private grouped(matches: readonly ShownFee[]): RowList {
    const groups = new Map<string, ShownFee[]>();
    for (const m of matches)
      (groups.get(m.fee.department) ?? groups.set(m.fee.department, []).get(m.fee.department)!).push(m);
    const view: DisplayRow[] = [];
    for (const [label, list] of groups) {
      view.push({ type: 'group', key: `group:${label}`, label, count: list.length });
      for (const m of list) view.push({ type: 'fee', key: m.fee.id, fee: m.fee, ranges: m.ranges });
    }
    return RowList.of(view);
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<FeeTableData>;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const total = ready.data.total ?? this.fees.length;
    const shown = this.shownFees;
    return html`
      ${this.renderToolbar()}
      <p class="summary" part="summary" role="status">
        ${this.narrowed ? fill(t.found, { n: shown, total }) : fill(t.count, { n: total })}
        ${this.query.trim() && this.index && !this.index.complete ? html`<span class="indexing">${t.indexing}</span>` : nothing}
      </p>
      ${
        total === 0
          ? html`<p class="no-results" part="empty">${t.empty}</p>`
          : shown === 0
            ? html`<p class="no-results" part="empty">
                ${this.pinyin.loading ? t.searching : fill(t.noResults, { q: this.query.trim() || '…' })}
              </p>`
            : this.renderTable()
      }
      ${this.renderUnread(ready.data.unread)} ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  /** Never a silent cut: how many lists were not read, and a button to read the next page of them. */
  private renderUnread(unread = 0) {
    if (unread <= 0) return nothing;
    const t = STRINGS[this.effectiveLang];
    return html`<p class="unread" part="unread" role="status">
      ${fill(t.unreadLists, { n: unread })}
      <button class="load-more" part="load-more" @click=${() => void this.loadMoreLists()}>
        ${fill(t.loadMoreLists, { n: Math.min(unread, FEE_LISTS_PER_PAGE) })}
      </button>
    </p>`;
  }

  /**
   * The filters' options: what the fees hold, found once per list (not on every keystroke's render).
   * A long list is gone through a slice at a time after it is shown; until then the options are
   * those of the rows shown before (the first screenful), and the pickers fill in when done.
   */
  private choices(): FilterChoices {
    const fees = this.fees;
    if (this.choicesOf?.fees === fees) return this.choicesOf;
    if (this.choicesPending !== fees) {
      this.choicesPending = fees;
      const found = {
        fees,
        departments: new Set<string>(),
        categories: new Set<Fee['category']>(),
        statuses: new Set<FeeStatus>(),
      };
      const step = (from: number) => {
        if (this.choicesPending !== fees) return; // another list came meanwhile
        const to = Math.min(fees.length, from + CHOICES_SLICE);
        for (let i = from; i < to; i++) {
          const f = fees[i]!;
          found.departments.add(f.department);
          found.categories.add(f.category);
          found.statuses.add(f.status ?? 'active');
        }
        if (to < fees.length) return void setTimeout(() => step(to));
        this.choicesOf = {
          fees,
          departments: [...found.departments],
          categories: [...found.categories],
          statuses: [...found.statuses],
        };
        this.choicesPending = undefined;
        if (from > 0) this.requestUpdate();
      };
      step(0);
      if (this.choicesOf?.fees === fees) return this.choicesOf;
    }
    return this.choicesOf ?? { fees, departments: [], categories: [], statuses: [] };
  }

  private renderToolbar() {
    const t = STRINGS[this.effectiveLang];
    const { departments, categories, statuses } = this.choices();
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
        t.department,
        t.allDepartments,
        this.department,
        departments.map((d) => [d, d]),
        (v) => (this.department = v),
      )}
      ${filterSelect(
        t.category,
        t.allCategories,
        this.category,
        categories.map((c) => [c, t[c]]),
        (v) => (this.category = v),
      )}
      ${filterSelect(
        t.status,
        t.allStatuses,
        this.status,
        statuses.map((s) => [s, t[s]]),
        (v) => (this.status = v),
      )}
      <label class="check"
        ><input
          type="checkbox"
          .checked=${this.groupBy === 'department'}
          @change=${(e: Event) => (this.groupBy = (e.target as HTMLInputElement).checked ? 'department' : '')}
        />${t.groupByDepartment}</label
      >
      <button class="export" part="export" @click=${() => this.exportCsv()}>${t.exportCsv}</button>
    </div>`;
  }

  private renderTable() {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const cols = this.hallColumns(parseColumns(this.columns));
    const virtual = this.view.length > VIRTUAL_FROM && !this.printing;
    const range = this.rows.range(this.view, virtual);
    let firstFee = range.start;
    while (firstFee < this.view.length && this.view.at(firstFee)!.type !== 'fee') firstFee++;
    if (firstFee === this.view.length) firstFee = -1;
    const tabStop = this.activeIndex >= range.start && this.activeIndex < range.end ? this.activeIndex : firstFee;
    const sortState = (k: 'name' | 'amount') =>
      this.sort === k ? 'ascending' : this.sort === `-${k}` ? 'descending' : 'none';
    return html`<div class="scroller ${virtual ? 'virtual' : ''}" part="scroller" @scroll=${this.rows.onScroll}>
      <table part="table" aria-rowcount=${this.view.length + 1}>
        <caption class="visually-hidden">
          ${t.caption}
        </caption>
        <thead>
          <tr aria-rowindex="1">
            ${cols.map((c) => {
              const s = SORTABLE[c];
              if (!s) return html`<th scope="col" class="plain" part="header">${columnHeader(c, lang)}</th>`;
              const state = sortState(s);
              // The plain label is what prints: a repeated print header drops buttons; arrows mean nothing on paper.
              return html`<th scope="col" part="header" aria-sort=${state}>
                <span class="print-label" aria-hidden="true">${columnHeader(c, lang)}</span>
                <button @click=${() => this.toggleSort(s)} aria-label=${fill(t.sortBy, { col: columnHeader(c, lang) })}>
                  ${columnHeader(c, lang)}<span class="sort-icon" aria-hidden="true"
                    >${state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}</span
                  >
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody @keydown=${this.onKeyDown} @click=${this.onClick}>
          ${
            range.top > 0
              ? html`<tr class="spacer" aria-hidden="true">
                  <td colspan=${cols.length} ${cssomStyle({ height: `${range.top}px` })}></td>
                </tr>`
              : nothing
          }
          ${this.view.slice(range.start, range.end).map((row, k) => {
            const i = range.start + k;
            if (row.type === 'group') {
              return html`<tr class="group" data-key=${row.key} aria-rowindex=${i + 2}>
                <th colspan=${cols.length} scope="colgroup">
                  ${row.label} <span class="muted">(${row.count} ${t.items})</span>
                </th>
              </tr>`;
            }
            return html`<tr
              class="fee ${row.key === this.selectedKey ? 'selected' : ''}"
              part="row"
              data-key=${row.key}
              data-index=${i}
              aria-rowindex=${i + 2}
              aria-selected=${row.key === this.selectedKey ? 'true' : 'false'}
              tabindex=${i === tabStop ? 0 : -1}
            >
              ${cols.map((c) => this.renderFeeCell(c, row.fee, row.ranges, lang, row.key))}
            </tr>`;
          })}
          ${
            range.bottom > 0
              ? html`<tr class="spacer" aria-hidden="true">
                  <td colspan=${cols.length} ${cssomStyle({ height: `${range.bottom}px` })}></td>
                </tr>`
              : nothing
          }
        </tbody>
      </table>
    </div>`;
  }

  /**
   * On a hall screen (kiosk, wall TV) a column no fee on the list fills is left out: no empty 备注
   * column taking a third of the screen. Anywhere else the columns are as asked for.
   */
  private hallColumns(cols: ColumnKey[]): ColumnKey[] {
    if (!this.presentation && this.size !== 'kiosk') return cols;
    const lang = this.effectiveLang;
    const rows = this.view.slice(0, this.view.length);
    const filled = cols.filter((c) => rows.some((r) => r.type === 'fee' && cellText(c, r.fee, lang).trim()));
    return filled.length ? filled : cols;
  }

  /** A card names only the fields it has: an empty cell gets no "备注/减免：" label. */
  private renderFeeCell(c: ColumnKey, fee: Fee, ranges: [number, number][], lang: Lang, key?: string) {
    const label = cellText(c, fee, lang).trim() ? columnHeader(c, lang) : nothing;
    // Across a hall, a basis reads as its 文号; a kiosk visitor who taps the fee sees the full title.
    const brief = this.presentation || (this.size === 'kiosk' && key !== this.selectedKey);
    const content = renderCell(c, fee, c === 'name' ? ranges : [], lang, brief);
    // prettier-ignore
    return html`<td class=${c} data-label=${label}>${content}</td>`;
  }

  private toggleSort(key: 'name' | 'amount') {
    this.sort = this.sort === key ? `-${key}` : this.sort === `-${key}` ? '' : key;
  }

  private rowIndexOf(e: Event): number {
    const tr = (e.target as HTMLElement).closest('tr.fee') as HTMLElement | null;
    return tr ? Number(tr.dataset.index) : -1;
  }

  private onClick = (e: MouseEvent) => {
    if ((e.target as HTMLElement).closest('a')) return; // following a basis link is not selecting
    const i = this.rowIndexOf(e);
    if (i >= 0) this.select(i);
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const i = this.rowIndexOf(e);
    if (i < 0 || (e.target as HTMLElement).closest('a')) return;
    const page = Math.max(1, Math.floor(this.rows.viewport / 48));
    const moves: Record<string, number> = {
      ArrowDown: this.nextFee(i, 1),
      ArrowUp: this.nextFee(i, -1),
      PageDown: this.nextFee(Math.min(this.view.length - 1, i + page - 1), 1),
      PageUp: this.nextFee(Math.max(0, i - page + 1), -1),
      Home: this.nextFee(-1, 1),
      End: this.nextFee(this.view.length, -1),
    };
    if (e.key in moves) {
      e.preventDefault();
      this.moveTo(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(i);
    }
  };

  /** Index of the next fee row from `i` in direction `dir` (group headers are skipped), or `i` itself. */
  private nextFee(i: number, dir: 1 | -1): number {
    for (let j = i + dir; j >= 0 && j < this.view.length; j += dir) if (this.view.at(j)!.type === 'fee') return j;
    return i >= 0 && i < this.view.length ? i : -1;
  }

  private moveTo(i: number) {
    if (i < 0) return;
    this.activeIndex = i;
    this.focusPending = true;
    this.rows.reveal(i, this.scroller?.querySelector('thead')?.offsetHeight ?? 0);
    this.requestUpdate();
  }

  private select(i: number) {
    const row = this.view.at(i);
    if (row?.type !== 'fee') return;
    this.selectedKey = row.key;
    this.activeIndex = i;
    this.emit('gk-fee-select', { fee: row.fee });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.indexStale) this.prepareIndex();
    if (this.focusPending) {
      const tr = this.renderRoot.querySelector<HTMLElement>(`tr[data-index="${this.activeIndex}"]`);
      if (tr) {
        this.focusPending = false;
        tr.focus({ preventScroll: true });
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-fee-table': GkFeeTable;
  }
  interface HTMLElementEventMap {
    'gk-fee-select': CustomEvent<GkFeeSelectDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-fee-select': GkFeeSelectDetail;
  }
}
