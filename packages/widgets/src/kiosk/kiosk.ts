/**
 * <gk-kiosk>: service-hall touch kiosks and wall TVs.
 *
 * Kiosk (default): while nobody is there it runs an attract loop through its panels (any gk widget
 * or element). A touch opens a home screen of large tiles, one per panel, with a 适老化 switch;
 * every panel has a header with its title, the department and 返回首页, and is paged (上一页 /
 * 下一页), never scrolled. Search boxes get an on-screen keyboard (letters for pinyin initials,
 * digits), loaded on first use. Links do not navigate away from the kiosk. After an idle timeout
 * it returns to the attract loop and clears what the visitor did.
 *
 * TV (`mode="tv"`): presentation only — no controls, type for reading across a hall, each panel
 * shown page by page ("第 2/5 页" and a progress bar) within its time, nothing cut off, a clock,
 * the 数据更新于 date of the panel on screen (its own datasets', each judged old by its kind's age), a
 * stale notice, and a slow pixel shift against burn-in.
 *
 * Both refresh data on an interval (ETag: unchanged feeds cost a 304), keep the last good data,
 * marked stale, when the network fails, and skip and report panels whose data is invalid.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  formatUpdated,
  recordsOf,
  registerKinds,
  resultDate,
  resultsRules,
  resultSummary,
  type Lang,
  type Result,
} from '@gongkai/sdk/core';
import { clientFor } from '../base/clients.js';
import { GkDataElement } from '../base/data-element.js';
import { FeedProvider } from '../base/feed-provider.js';
import { GkElement } from '../base/gk-element.js';
import { cssomStyle } from '../util/cssom-style.js';
import { fill, resolveLang } from '../util/lang.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { kioskStyles } from './kiosk.styles.js';
import { paginate, type Page } from './pages.js';
import { clearHead, showPage } from './table-heads.js';
import { panelDate } from './panel-date.js';
import { WallCell, cellCount, type WallLayout } from './wall-cells.js';
import { STRINGS, panelName } from './strings.js';

export interface GkKioskSkipDetail {
  panel: Element;
  index: number;
}

/** A panel: a Gongkai widget (which it can reset, reload and ask how it stands) or any element. */
type Panel = Element;
type Screen = 'attract' | 'home' | 'panel';

/** Seconds a page stays at least, however many pages a panel has. */
const PAGE_MIN = 6;
/** Milliseconds between two recounts of a panel's pages (its data may still be arriving). */
const REPAGINATE_EVERY = 1000;

/**
 * @tagname gk-kiosk
 * @slot - The panels (kiosk) or the widgets that read this feed.
 * @fires {GkKioskSkipDetail} gk-kiosk-skip - A panel was skipped because its data cannot be shown;
 *   `detail.panel`, `detail.index`.
 * @csspart header - The bar above a panel: its title, the department, 返回首页.
 * @csspart home - The home screen of tiles.
 * @csspart tile - Each tile of the home screen.
 * @csspart viewport - The box that shows the current panel, a page at a time.
 * @csspart ticker - The TV's line of the newest published results (when the feed has them).
 * @csspart footer - The strip with the clock, the update date and the page.
 * @csspart clock - The clock (TV mode).
 * @csspart updated - The 数据更新于 date of the panel on screen (its own datasets').
 * @csspart pager - The page buttons (kiosk) or page number and progress bar (attract loop, TV).
 * @cssprop --gk-kiosk-height - Height of the whole screen (default: the page's height).
 * @cssprop --gk-kiosk-footer-size - Font size of the header and footer (default 1.5rem; 2rem on a TV).
 */
export class GkKiosk extends GkElement {
  // Its ticker reads 办事结果 itself; the panels' widgets register their own kinds.
  static {
    registerKinds(resultsRules);
  }
  static override styles = [tokens, themes, kioskStyles];

  /** The feed every panel reads from (panels then need only `dataset="…"`). */
  @property() src = '';
  @property({ reflect: true }) mode: 'kiosk' | 'tv' = 'kiosk';
  /** `1080p` (1920×1080), `4k` (3840×2160) or `portrait` (1080×1920); default: fill the page. */
  @property({ reflect: true }) preset: '' | '1080p' | '4k' | 'portrait' = '';
  /** Seconds each panel stays (a panel's own `data-dwell` wins); a long panel's pages share it, 6 s each at least. */
  @property({ type: Number }) dwell = 20;
  /** Seconds without a touch before the kiosk returns to its attract loop. */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 60;
  /** Seconds between data refreshes. */
  @property({ type: Number }) refresh = 300;
  /** The department named in every header; default the feed's publisher. */
  @property() department = '';
  /**
   * Days after which a panel's data is called old on screen (still shown), for every kind; 0 never.
   * Default: each dataset by its kind's age in the freshness rules (results 90 days, guides 365…).
   */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;
  /** Today, for the age of the data (tests give a fixed day). */
  @property({ attribute: false }) now: () => Date = () => new Date();
  /** A wall TV split into cells, each with its own panels and pages: `2x1`, `1x2` or `2x2` (TV mode). */
  @property({ reflect: true }) layout: WallLayout = '';
  /** For tests and soak runs: time moves only when `advance(ms)` is called. */
  @property({ type: Boolean, attribute: 'manual-clock' }) manualClock = false;

  private readonly provider = new FeedProvider(this);

  /** Index of the panel on screen (in the attract loop, or the one a visitor opened). */
  @state() index = 0;
  /** What is on screen: the attract loop, the home screen, or a panel a visitor opened. */
  @state() screen: Screen = 'attract';
  /** The page of the panel on screen. */
  @state() page = 0;
  @state() private pages: Page[] = [{ start: 0, height: 0 }];
  /** The sections of the panel on screen (a guide's), with where each starts: the kiosk's section index. */
  @state() private sections: { title: string; at: number }[] = [];
  @state() private clock = '';
  @state() private shift = 0;
  @state() private anyStale = false;
  @state() private noPanel = false;
  @state() private elderly = false;
  /** The search box the on-screen keyboard types into. */
  @state() private keyboardFor?: HTMLInputElement;
  @state() private keyboardReady = false;
  @state() private publisher?: string;
  /** The newest published results, as lines for the TV's ticker (none when the feed has none). */
  @state() private news: Result[] = [];
  @state() private newsIndex = 0;
  private sinceNews = 0;
  @query('.viewport.main') private viewport?: HTMLElement;

  private onPage = 0;
  /** The cells of a split wall (none when the screen shows one panel). */
  cells: WallCell[] = [];
  private idleFor = 0;
  private sinceRefresh = 0;
  private sinceShift = 0;
  private sincePaginate = 0;
  private timer?: ReturnType<typeof setInterval>;
  private last = 0;
  private swallowClick = false;
  private reported = new WeakSet<Element>();

  /** True while a visitor has the screen (the home screen or a panel they opened). */
  get paused(): boolean {
    return this.screen !== 'attract';
  }

  private get panels(): Panel[] {
    return [...this.children] as Panel[];
  }

  private readonly onPointerDown = (e: Event) => {
    if (this.mode === 'tv') return;
    this.idleFor = 0;
    if (this.screen === 'attract') {
      // The touch that wakes the kiosk opens the home screen; it does not also act on the panel.
      e.preventDefault();
      e.stopPropagation();
      this.swallowClick = true;
      this.screen = 'home';
    }
  };
  private readonly onClick = (e: MouseEvent) => {
    if (this.swallowClick) {
      this.swallowClick = false;
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    // A kiosk has no address bar and no way back: links never take it off its own pages.
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (a && !a.getAttribute('href')?.startsWith('#')) e.preventDefault();
  };
  private readonly onActivity = () => {
    if (this.mode === 'tv') return;
    this.idleFor = 0;
    if (this.screen === 'attract') this.screen = 'home';
  };
  private readonly onFocusIn = (e: FocusEvent) => {
    if (this.mode === 'tv') return;
    const input = e.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || !/^(search|text)$/.test(input.type)) return;
    // Only the kiosk's own keyboard: no system IME pops up over the screen.
    input.setAttribute('inputmode', 'none');
    this.keyboardFor = input;
    void import('./on-screen-keyboard.js').then(() => (this.keyboardReady = true));
  };
  private readonly onResize = () => this.repaginate();
  private readonly onPanelLoad = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.addEventListener('click', this.onClick, { capture: true });
    for (const type of ['keydown', 'wheel', 'input']) this.addEventListener(type, this.onActivity, { capture: true });
    this.addEventListener('focusin', this.onFocusIn);
    // The footer says the date of the panel on screen: drawn again when a panel's data comes.
    this.addEventListener('gk-load', this.onPanelLoad);
    addEventListener('resize', this.onResize);
    this.startClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.removeEventListener('click', this.onClick, { capture: true });
    for (const type of ['keydown', 'wheel', 'input'])
      this.removeEventListener(type, this.onActivity, { capture: true });
    this.removeEventListener('focusin', this.onFocusIn);
    this.removeEventListener('gk-load', this.onPanelLoad);
    removeEventListener('resize', this.onResize);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private startClock() {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.manualClock || !this.isConnected) return;
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      this.advance(now - this.last);
      this.last = now;
    }, 250);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.provider.set(this.src);
    if (changed.has('manualClock')) this.startClock();
    if (changed.has('mode') || changed.has('elderly' as keyof GkKiosk) || changed.has('screen'))
      for (const p of this.panels) this.dress(p);
  }

  protected override firstUpdated(): void {
    if (this.split) this.setupCells();
    else this.show(0);
    this.tickClock();
    void this.readFeedDate();
  }

  private async readFeedDate() {
    const feed = this.provider.value;
    if (!feed) return;
    try {
      const { data } = await clientFor(feed.src).feed();
      this.publisher = data.publisher.department ?? data.publisher.name;
      if (data.datasets.some((d) => d.kind === 'results')) {
        const read = await clientFor(feed.src).read({ src: feed.src, kinds: ['results'] });
        const all = read.sources.flatMap((s) => recordsOf('results', s.data).map((x) => x.record));
        this.news = all.sort((a, b) => (resultDate(b) ?? '').localeCompare(resultDate(a) ?? '')).slice(0, 12);
      }
    } catch {
      // The panels say what is wrong; the header and footer just leave these out.
    }
  }

  /** True when a wall TV shows several panels at once. */
  get split(): boolean {
    return this.mode === 'tv' && cellCount(this.layout) > 1;
  }

  /** Deals the panels out to the cells (panel i to cell i mod cells) and shows each cell's first. */
  private setupCells(): void {
    const n = cellCount(this.layout);
    const panels = this.panels;
    this.cells = Array.from(
      { length: n },
      (_, c) =>
        new WallCell(
          c,
          panels.map((_, i) => i).filter((i) => i % n === c),
        ),
    );
    this.placeCells();
  }

  /** Puts each cell's current panel in its cell (a named slot); the others are not shown. */
  private placeCells(): void {
    const current = new Map(this.cells.map((c) => [c.panel, c.index]));
    this.panels.forEach((p, i) => {
      const cell = current.get(i);
      if (cell === undefined) p.removeAttribute('slot');
      else p.setAttribute('slot', `cell-${cell}`);
      p.toggleAttribute('data-gk-active', cell !== undefined);
      this.dress(p);
    });
    this.requestUpdate();
    void this.updateComplete.then(() => this.repaginate());
  }

  private cellViewport(c: number): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>(`.viewport[data-cell="${c}"]`) ?? undefined;
  }

  /** Each cell on its own clock; a panel whose data cannot be shown is passed over. */
  private rotateCells(ms: number): void {
    let moved = false;
    for (const cell of this.cells) {
      const panel = cell.panel === undefined ? undefined : this.panels[cell.panel];
      if (!panel) continue;
      const dwell = Number(panel.getAttribute('data-dwell')) || this.dwell;
      if (cell.advance(ms, dwell, PAGE_MIN, this.cellViewport(cell.index))) moved = true;
      for (let k = 0; k < cell.panels.length; k++) {
        const p = this.panels[cell.panel!];
        if (!(p instanceof GkDataElement && p.loadStatus === 'error')) break;
        cell.at++;
        moved = true;
      }
    }
    if (moved) this.placeCells();
    else this.requestUpdate();
  }

  /** Moves time on by `ms`: pages and panels, idle return, refresh, pixel shift, clock. */
  advance(ms: number): void {
    this.tickClock();
    this.sinceRefresh += ms;
    if (this.refresh > 0 && this.sinceRefresh >= this.refresh * 1000) void this.refreshNow();
    if (this.mode === 'tv') {
      this.sinceShift += ms;
      if (this.sinceShift >= 60_000) {
        this.sinceShift = 0;
        this.shift = (this.shift + 1) % 8; // a slow walk of a few pixels against burn-in
      }
    }
    this.sinceNews += ms;
    if (this.sinceNews >= 8000 && this.news.length) {
      this.sinceNews = 0;
      this.newsIndex = (this.newsIndex + 1) % this.news.length;
    }
    this.sincePaginate += ms;
    if (this.sincePaginate >= REPAGINATE_EVERY) this.repaginate();
    if (this.split) return this.rotateCells(ms);
    if (this.paused) {
      this.idleFor += ms;
      if (this.idleFor >= this.idleTimeout * 1000) this.returnToStart();
      return;
    }
    this.rotate(ms);
  }

  /** The attract loop and the TV: each page for its share of the panel's time, then the next panel. */
  private rotate(ms: number) {
    const panel = this.panels[this.index];
    if (!panel) return;
    this.onPage += ms;
    const dwell = Number(panel.getAttribute('data-dwell')) || this.dwell;
    const perPage = Math.max(PAGE_MIN, dwell / this.pages.length) * 1000;
    const pageTime = this.pages.length > 1 ? perPage : dwell * 1000;
    if (this.onPage < pageTime) return;
    if (this.page < this.pages.length - 1) this.goToPage(this.page + 1);
    else this.next();
  }

  /** Shows the next panel whose data is fine. */
  next(): void {
    this.show(this.index + 1);
  }

  /** Page `i` of the panel on screen. */
  goToPage(i: number): void {
    this.page = Math.max(0, Math.min(i, this.pages.length - 1));
    this.onPage = 0;
    if (this.viewport) showPage(this.viewport, this.pages[this.page]!);
  }

  /** The page whose visible part shows content offset `at` (a section heading's bottom). */
  private pageOf(at: number): number {
    const i = this.pages.findIndex((p) => at > p.start && at <= p.start + p.height + 1);
    return Math.max(0, i);
  }

  /** The number of pages of the panel on screen (recounted as its data arrives). */
  get pageCount(): number {
    return this.pages.length;
  }

  /** The visible part of the current page, on screen: what a visitor can read now. */
  get visibleBox(): DOMRect | undefined {
    const v = this.viewport;
    if (!v) return undefined;
    const r = v.getBoundingClientRect();
    return new DOMRect(r.left, r.top, r.width, this.pages[this.page]?.height ?? r.height);
  }

  /** Counts the pages of the panel on screen again (its data arrived, the screen turned). */
  repaginate(): void {
    this.sincePaginate = 0;
    if (this.split) {
      for (const cell of this.cells) {
        const v = this.cellViewport(cell.index);
        const panel = cell.panel === undefined ? undefined : this.panels[cell.panel];
        if (v && panel) cell.repaginate(panel, v);
      }
      this.requestUpdate();
      return;
    }
    const v = this.viewport;
    const panel = this.panels[this.index];
    if (!v || !panel || this.screen === 'home') return;
    const keep = this.pages[this.page]?.start ?? 0;
    clearHead(v);
    v.scrollTop = 0;
    const rect = v.getBoundingClientRect();
    const pages = paginate(panel, { top: rect.top, height: v.clientHeight, scrollTop: 0 });
    // A guide's sections, for the index under the header: a tap goes to the page a section starts on.
    const sections = [...(panel.shadowRoot?.querySelectorAll<HTMLElement>('[part~="section"]') ?? [])].map((el) => {
      const heading = (el.querySelector('h3') ?? el).getBoundingClientRect();
      return { title: el.querySelector('h3')?.textContent?.trim() ?? '', at: heading.bottom - rect.top };
    });
    if (JSON.stringify(sections) !== JSON.stringify(this.sections)) this.sections = sections;
    const same = pages.length === this.pages.length && pages.every((p, i) => p.start === this.pages[i]!.start);
    if (!same) this.pages = pages;
    // Stay on the page that holds what was at the top before.
    let at = 0;
    pages.forEach((p, i) => (p.start <= keep + 0.5 ? (at = i) : undefined));
    this.page = Math.min(at, pages.length - 1);
    showPage(v, pages[this.page]!);
  }

  private show(from: number) {
    // A split wall places its panels cell by cell (a slot change lands here too).
    if (this.split) return this.placeCells();
    const panels = this.panels;
    for (let k = 0; k < panels.length; k++) {
      const i = (from + k) % panels.length;
      const p = panels[i]!;
      if (p instanceof GkDataElement && p.loadStatus === 'error') {
        if (!this.reported.has(p)) {
          this.reported.add(p);
          console.warn(`<gk-kiosk>: skipping panel ${i + 1} (<${p.localName}>) because its data cannot be shown`);
          this.emit('gk-kiosk-skip', { panel: p, index: i });
        }
        continue;
      }
      this.activate(i);
      return;
    }
    // Nothing can be shown: a calm waiting screen rather than a blank or broken one.
    this.noPanel = true;
    for (const p of panels) p.removeAttribute('data-gk-active');
  }

  /**
   * A panel of this kiosk: kiosk-sized, 适老化 when switched on, and on a wall TV for reading only. In the
   * attract loop its controls are hidden: the first touch opens the home screen, so a search box there
   * could only be looked at.
   */
  private dress(p: Panel): void {
    if (p.localName.startsWith('gk-') && !p.hasAttribute('size')) p.setAttribute('size', 'kiosk');
    // A panel leaves to the kiosk what the kiosk does itself (a guide's section menu, say).
    if (this.mode !== 'tv') p.setAttribute('data-gk-kiosk', '');
    p.toggleAttribute('data-gk-attract', this.screen === 'attract');
    if (!(p instanceof GkElement)) return;
    p.presentation = this.mode === 'tv';
    // The page author's own theme is kept and comes back when 适老化 is switched off.
    if (!p.hasAttribute('data-gk-theme')) p.setAttribute('data-gk-theme', p.theme);
    p.theme = this.elderly ? 'elderly' : (p.getAttribute('data-gk-theme') ?? '');
  }

  private activate(i: number) {
    this.noPanel = false;
    this.index = i;
    this.panels.forEach((p, k) => {
      p.toggleAttribute('data-gk-active', k === i);
      this.dress(p);
    });
    this.pages = [{ start: 0, height: this.viewport?.clientHeight ?? 0 }];
    this.page = 0;
    this.onPage = 0;
    if (this.viewport) showPage(this.viewport, { start: 0 });
    void this.updateComplete.then(() => this.repaginate());
  }

  /** A visitor opened panel `i` from the home screen. */
  open(i: number): void {
    this.screen = 'panel';
    this.idleFor = 0;
    this.activate(i);
  }

  /** Back to the home screen (返回首页). */
  home(): void {
    this.screen = 'home';
    this.keyboardFor = undefined;
  }

  /** Back to the attract loop, with every panel's search, selection and page cleared and 适老化 off. */
  returnToStart(): void {
    this.screen = 'attract';
    this.idleFor = 0;
    this.keyboardFor = undefined;
    this.elderly = false;
    for (const p of this.panels) if (p instanceof GkElement) p.reset();
    this.show(0);
  }

  /** Asks the server for fresh data now (ETag: 304 when unchanged) and updates every panel. */
  async refreshNow(): Promise<void> {
    this.sinceRefresh = 0;
    const feed = this.provider.value;
    if (feed) await clientFor(feed.src).refresh();
    const widgets = this.panels.filter((p) => p instanceof GkDataElement);
    await Promise.all([...widgets.map((p) => p.reload().catch(() => undefined)), this.readFeedDate()]);
    this.anyStale = widgets.some((p) => p.loadState.status === 'ready' && p.loadState.stale === true);
    // A panel that recovered may be shown again; one that broke is skipped from now on.
    if (this.noPanel) this.show(0);
  }

  private tickClock() {
    const d = new Date();
    const text = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    if (text !== this.clock) this.clock = text;
  }

  private renderCells(lang: Lang) {
    const t = STRINGS[lang];
    return html`<div class="cells cells-${this.layout}">
      ${this.cells.map((cell) => {
        const panel = cell.panel === undefined ? undefined : this.panels[cell.panel];
        const page = cell.pages[cell.page];
        const n = cell.pages.length;
        return html`<section class="cell" data-cell=${cell.index}>
          <h2 class="cell-title">${panel ? panelName(panel, lang) : ''}</h2>
          <div class="cell-stage">
            <div class="viewport" part="viewport" data-cell=${cell.index}><slot name="cell-${cell.index}"></slot></div>
            ${page && n > 1 ? html`<div class="mask" ${cssomStyle({ top: `${page.height}px` })}></div>` : nothing}
          </div>
          <div class="pager cell-pager" part="pager">
            ${n > 1 ? html`<span class="page">${fill(t.page, { i: cell.page + 1, n })}</span>` : nothing}
            <span class="progress" aria-hidden="true"
              ><span ${cssomStyle({ width: `${((cell.page + 1) / n) * 100}%` })}></span
            ></span>
          </div>
        </section>`;
      })}
    </div>`;
  }

  protected override render() {
    const lang = resolveLang(this);
    const t = STRINGS[lang];
    const offsets = [0, 1, 2, 1, 0, -1, -2, -1];
    const dx = offsets[this.shift] ?? 0;
    const dy = offsets[(this.shift + 2) % 8] ?? 0;
    const panel = this.panels[this.index];
    const home = this.screen === 'home';
    const page = this.pages[this.page];
    // The date of what is on screen: the panel's own datasets' (a split wall's cells: not yet).
    const dated = home || this.split || this.noPanel ? {} : panelDate(panel, this.now(), this.staleAfter);
    return html`<div
      class="frame"
      ${cssomStyle({ transform: this.mode === 'tv' ? `translate(${dx * 2}px, ${dy * 2}px)` : 'none' })}
    >
      <header class="bar" part="header">
        <h1 class="title">
          ${home || this.split ? t.homeTitle : panel && !this.noPanel ? panelName(panel, lang) : ''}
        </h1>
        ${this.department || this.publisher ? html`<span class="dept">${this.department || this.publisher}</span>` : nothing}
        ${
          this.mode !== 'tv' && this.screen === 'panel'
            ? html`<button class="go-home" @click=${() => this.home()}>${t.home}</button>`
            : nothing
        }
      </header>
      ${
        this.screen === 'panel' && this.mode !== 'tv' && this.sections.length > 1
          ? html`<nav class="sections" aria-label=${t.sections}>
              ${this.sections.map(
                (sec) =>
                  html`<button
                    class=${this.pageOf(sec.at) === this.page ? 'here' : ''}
                    @click=${() => this.goToPage(this.pageOf(sec.at))}
                  >
                    ${sec.title}
                  </button>`,
              )}
            </nav>`
          : nothing
      }
      <div class="stage">
        ${this.split ? this.renderCells(lang) : nothing} ${home ? this.renderHome(lang) : nothing}
        <div class="viewport main" part="viewport" ?hidden=${home || this.split}>
          ${this.noPanel ? html`<div class="fallback" role="status">${t.waiting}</div>` : html`<slot @slotchange=${() => this.show(this.index)}></slot>`}
        </div>
        ${!home && !this.split && page && this.pages.length > 1 ? html`<div class="mask" ${cssomStyle({ top: `${page.height}px` })}></div>` : nothing}
      </div>
      ${
        this.mode === 'tv' && this.news.length
          ? html`<div class="ticker" part="ticker">
              <span class="label">${t.latest}</span>
              <span class="item">${resultSummary(this.news[this.newsIndex % this.news.length]!, lang)}</span>
            </div>`
          : nothing
      }
      <footer part="footer">
        ${this.mode === 'tv' ? html`<span class="clock" part="clock">${this.clock}</span>` : nothing}
        ${dated.updated !== undefined ? html`<span class="updated" part="updated">${formatUpdated(dated.updated, lang)}</span>` : nothing}
        ${this.anyStale ? html`<span class="stale" role="status">${t.stale}</span>` : nothing}
        ${dated.staleDays !== undefined ? html`<span class="stale old" role="status">${fill(t.old, { n: dated.staleDays })}</span>` : nothing}
        ${this.screen === 'attract' && this.mode !== 'tv' ? html`<span class="hint">${t.touch}</span>` : nothing}
        ${home || this.split ? nothing : this.renderPager(lang)}
      </footer>
      ${this.keyboardFor && this.keyboardReady ? html`<gk-on-screen-keyboard lang=${lang} .target=${this.keyboardFor} @gk-keyboard-close=${() => (this.keyboardFor = undefined)}></gk-on-screen-keyboard>` : nothing}
    </div>`;
  }

  private renderHome(lang: Lang) {
    const t = STRINGS[lang];
    const glyphs = glyphsOf(this.panels.map((p) => panelName(p, lang)));
    return html`<nav class="home ${this.elderly ? 'elderly' : ''}" part="home" aria-label=${t.homeTitle}>
      <ul class="tiles">
        ${this.panels.map((p, i) => {
          const broken = p instanceof GkDataElement && p.loadStatus === 'error';
          return broken
            ? nothing
            : html`<li>
                <button class="tile" part="tile" @click=${() => this.open(i)}>
                  <span class="icon" aria-hidden="true">${glyphs[i]}</span>
                  <span class="name">${panelName(p, lang)}</span>
                </button>
              </li>`;
        })}
      </ul>
      <button
        class="elderly"
        aria-pressed=${this.elderly ? 'true' : 'false'}
        @click=${() => (this.elderly = !this.elderly)}
      >
        ${t.elderly}
      </button>
    </nav>`;
  }

  private renderPager(lang: Lang) {
    const t = STRINGS[lang];
    const n = this.pages.length;
    const i = this.page;
    const label = fill(t.page, { i: i + 1, n });
    if (this.screen === 'panel')
      return n > 1
        ? html`<span class="pager" part="pager">
            <button class="prev" ?disabled=${i === 0} @click=${() => this.goToPage(i - 1)}>${t.prev}</button>
            <span class="page" aria-live="polite">${label}</span>
            <button class="next" ?disabled=${i >= n - 1} @click=${() => this.goToPage(i + 1)}>${t.next}</button>
          </span>`
        : nothing;
    // The attract loop and the TV: the page and how far through it the screen is.
    return html`<span class="pager" part="pager">
      ${n > 1 ? html`<span class="page">${label}</span>` : nothing}
      <span class="progress" aria-hidden="true"><span ${cssomStyle({ width: `${((i + 1) / n) * 100}%` })}></span></span>
      <span class="dots" role="img" aria-label=${fill(t.panel, { i: this.index + 1, n: this.panels.length })}>
        ${this.panels.map((_, k) => html`<span class="dot ${k === this.index ? 'on' : ''}"></span>`)}
      </span>
    </span>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The section index takes room from the panel when it appears: count the pages again then.
    const resized =
      changed.has('sections' as keyof GkKiosk) &&
      (changed.get('sections' as keyof GkKiosk) as unknown[] | undefined)?.length !== this.sections.length;
    if ((changed.has('screen') && this.screen !== 'home') || resized)
      void this.updateComplete.then(() => this.repaginate());
  }
}

/**
 * Each tile's glyph: the first letter or character of its name not already another tile's, never an
 * opening quote ("“三公”经费" → 三; 办事指南 and then 办事纪律 → 办, 纪), so no two tiles look alike.
 */
function glyphsOf(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const chars = name.match(/[\p{L}\p{N}]/gu) ?? [];
    const glyph = chars.find((c) => !used.has(c)) ?? chars[0] ?? '·';
    used.add(glyph);
    return glyph;
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-kiosk': GkKiosk;
  }
  interface HTMLElementEventMap {
    'gk-kiosk-skip': CustomEvent<GkKioskSkipDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-kiosk-skip': GkKioskSkipDetail;
  }
}
