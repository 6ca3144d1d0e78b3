/**
 * <gk-kiosk>: service-hall touch kiosks and wall TVs. Rotates its children (any gk widget or any
 * element) with a dwell time each, scrolling long panels slowly to the end first. A touch gives
 * the screen to the user; after an idle timeout it returns to the start and clears what the last
 * user searched. `mode="tv"`: no interaction, large type, overscan margins, pixel shift, a clock.
 * Refreshes data on an interval (ETag: unchanged feeds cost a 304) and keeps the last good data,
 * marked stale, when the network fails. Panels whose data is invalid are skipped and reported.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cssomStyle } from '../util/cssom-style.js';
import { formatUpdated } from '@gongkai/sdk/core';
import { clientFor } from '../base/clients.js';
import { GkDataElement } from '../base/data-element.js';
import { FeedProvider } from '../base/feed-provider.js';
import { GkElement } from '../base/gk-element.js';
import { resolveLang } from '../util/lang.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { kioskStyles } from './kiosk.styles.js';

export interface GkKioskSkipDetail {
  panel: Element;
  index: number;
}

/** A panel: a Gongkai widget (which it can reset, reload and ask how it stands) or any element. */
type Panel = Element;

/** Seconds a long panel waits at the top before scrolling, and at the end before moving on. */
const HOLD = 3;
const STRINGS = {
  'zh-CN': {
    stale: '网络异常，正在显示最近一次获取的数据',
    waiting: '信息更新中，请稍候',
    panel: '第 {i} 屏，共 {n} 屏',
  },
  en: {
    stale: 'Offline: showing the last data received',
    waiting: 'Updating information, please wait',
    panel: 'Screen {i} of {n}',
  },
};

/**
 * @tagname gk-kiosk
 * @slot - The panels (kiosk) or the widgets that read this feed.
 * @fires {GkKioskSkipDetail} gk-kiosk-skip - A panel was skipped because its data cannot be shown;
 *   `detail.panel`, `detail.index`.
 * @csspart viewport - The box that shows the current panel.
 * @csspart footer - The strip with the clock, the update date and the panel dots.
 * @csspart clock - The clock (TV mode).
 * @csspart updated - The feed's 数据更新于 date.
 * @cssprop --gk-kiosk-height - Height of the whole screen (default: the page's height).
 * @cssprop --gk-kiosk-footer-size - Font size of the footer (default 1.25rem).
 */
export class GkKiosk extends GkElement {
  static override styles = [tokens, themes, kioskStyles];

  /** The feed every panel reads from (panels then need only `dataset="…"`). */
  @property() src = '';
  @property({ reflect: true }) mode: 'kiosk' | 'tv' = 'kiosk';
  /** `1080p` (1920×1080), `4k` (3840×2160) or `portrait` (1080×1920); default: fill the page. */
  @property({ reflect: true }) preset: '' | '1080p' | '4k' | 'portrait' = '';
  /** Seconds each panel stays (a panel's own `data-dwell` wins). */
  @property({ type: Number }) dwell = 20;
  /** Seconds without a touch before the kiosk returns to its playlist. */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 60;
  /** Seconds between data refreshes. */
  @property({ type: Number }) refresh = 300;
  /** Pixels per second when a long panel scrolls itself. */
  @property({ type: Number, attribute: 'scroll-speed' }) scrollSpeed = 40;
  /** For tests and soak runs: time moves only when `advance(ms)` is called. */
  @property({ type: Boolean, attribute: 'manual-clock' }) manualClock = false;

  private readonly provider = new FeedProvider(this);

  /** Index of the panel on screen. */
  @state() index = 0;
  /** True while a user has the screen. */
  @state() paused = false;
  @state() private clock = '';
  @state() private shift = 0;
  @state() private anyStale = false;
  @state() private noPanel = false;
  /** When the feed was last updated by its publisher (shown under every panel). */
  @state() private feedUpdated?: string;
  @query('.viewport') private viewport?: HTMLElement;

  private elapsed = 0;
  private atEndFor = 0;
  private idleFor = 0;
  private sinceRefresh = 0;
  private sinceShift = 0;
  private timer?: ReturnType<typeof setInterval>;
  private last = 0;
  private reported = new WeakSet<Element>();
  private readonly onUserInput = () => {
    if (this.mode === 'tv') return;
    this.paused = true;
    this.idleFor = 0;
  };

  private get panels(): Panel[] {
    return [...this.children] as Panel[];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'wheel', 'input'])
      this.addEventListener(type, this.onUserInput, { capture: true, passive: true });
    this.startClock();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'wheel', 'input'])
      this.removeEventListener(type, this.onUserInput, { capture: true });
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
    if (changed.has('mode')) for (const p of this.panels) this.dress(p);
  }

  protected override firstUpdated(): void {
    this.show(0);
    this.tickClock();
    void this.readFeedDate();
  }

  private async readFeedDate() {
    const feed = this.provider.value;
    if (!feed) return;
    try {
      this.feedUpdated = (await clientFor(feed.src).feed()).data.updated;
    } catch {
      // The panels say what is wrong; the footer just leaves the date out.
    }
  }

  /** Moves time on by `ms`: rotation, scrolling, idle return, refresh, pixel shift, clock. */
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
    if (this.paused) {
      this.idleFor += ms;
      if (this.idleFor >= this.idleTimeout * 1000) this.returnToStart();
      return;
    }
    this.rotate(ms);
  }

  private rotate(ms: number) {
    const panel = this.panels[this.index];
    if (!panel) return;
    this.elapsed += ms;
    const v = this.viewport;
    const overflow = v ? v.scrollHeight - v.clientHeight > 2 : false;
    if (overflow && v && this.elapsed > HOLD * 1000) {
      const atEnd = v.scrollTop + v.clientHeight >= v.scrollHeight - 2;
      if (!atEnd) v.scrollTop += (this.scrollSpeed * ms) / 1000;
      else this.atEndFor += ms;
    }
    const dwell = Number(panel.getAttribute('data-dwell')) || this.dwell;
    const done = this.elapsed >= dwell * 1000 && (!overflow || this.atEndFor >= HOLD * 1000);
    if (done) this.next();
  }

  /** Shows the next panel whose data is fine. */
  next(): void {
    this.show(this.index + 1);
  }

  private show(from: number) {
    const panels = this.panels;
    this.elapsed = 0;
    this.atEndFor = 0;
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

  /** A panel of this kiosk: kiosk-sized, and on a wall TV for reading only (see GkElement.presentation). */
  private dress(p: Panel): void {
    if (p.localName.startsWith('gk-') && !p.hasAttribute('size')) p.setAttribute('size', 'kiosk');
    if (p instanceof GkElement) p.presentation = this.mode === 'tv';
  }

  private activate(i: number) {
    this.noPanel = false;
    this.index = i;
    this.panels.forEach((p, k) => {
      p.toggleAttribute('data-gk-active', k === i);
      this.dress(p);
    });
    if (this.viewport) this.viewport.scrollTop = 0;
  }

  /** Back to the first panel, with every panel's search, selection and scroll cleared. */
  returnToStart(): void {
    this.paused = false;
    this.idleFor = 0;
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

  protected override render() {
    const t = STRINGS[resolveLang(this)];
    const n = this.panels.length;
    const offsets = [0, 1, 2, 1, 0, -1, -2, -1];
    const dx = offsets[this.shift] ?? 0;
    const dy = offsets[(this.shift + 2) % 8] ?? 0;
    return html`<div
      class="frame"
      ${cssomStyle({ transform: this.mode === 'tv' ? `translate(${dx * 2}px, ${dy * 2}px)` : 'none' })}
    >
      <div class="viewport" part="viewport">
        ${this.noPanel ? html`<div class="fallback" role="status">${t.waiting}</div>` : html`<slot @slotchange=${() => this.show(this.index)}></slot>`}
      </div>
      <footer part="footer">
        ${this.mode === 'tv' ? html`<span class="clock" part="clock">${this.clock}</span>` : nothing}
        ${this.feedUpdated ? html`<span class="updated" part="updated">${formatUpdated(this.feedUpdated, resolveLang(this))}</span>` : nothing}
        ${this.anyStale ? html`<span class="stale" role="status">${t.stale}</span>` : nothing}
        <span
          class="dots"
          role="img"
          aria-label=${t.panel.replace('{i}', String(this.index + 1)).replace('{n}', String(n))}
        >
          ${this.panels.map((_, i) => html`<span class="dot ${i === this.index ? 'on' : ''}"></span>`)}
        </span>
      </footer>
    </div>`;
  }
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
