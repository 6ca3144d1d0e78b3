/**
 * Windowing for a long table as a Lit controller: it follows the scroller's height (ResizeController)
 * and scroll position, hands the host the rows to render, measures the rows rendered after each
 * update, and asks for one more update only when better heights move the window.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { RowWindow, type RowKeys, type WindowRange } from './row-window.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface VirtualRowsOptions {
  /** The scrolling element in the host's shadow root, once rendered. */
  scroller: () => HTMLElement | null | undefined;
  /** Rows to measure: each carries its key in `data-key`. */
  rows?: string;
  /** Height of a row before any is measured. */
  fallbackHeight?: number;
}

export class VirtualRows implements ReactiveController {
  readonly window: RowWindow;
  /** The scroller's scroll position and height, as last seen. */
  scrollTop = 0;
  viewport = 600;
  private enabled = false;
  private rendered?: WindowRange;
  private observed?: HTMLElement;
  private readonly resize: ResizeController<number | undefined>;

  constructor(
    private readonly host: Host,
    private readonly options: VirtualRowsOptions,
  ) {
    this.window = new RowWindow(options.fallbackHeight ?? 44);
    this.resize = new ResizeController(host, {
      target: null,
      // While every row is rendered (print), the scroller's height is not a viewport: keep the last one.
      callback: () => (this.enabled ? (this.options.scroller()?.clientHeight ?? 0) : this.resize?.value),
    });
    host.addController(this);
  }

  /** The rows to render for `keys`: all of them when `enabled` is false (short lists, print). */
  range(keys: RowKeys, enabled: boolean): WindowRange {
    this.window.setKeys(keys);
    this.enabled = enabled;
    const height = this.resize.value;
    if (height) this.viewport = height;
    this.rendered = enabled
      ? this.window.range(this.scrollTop, this.viewport)
      : { start: 0, end: keys.length, top: 0, bottom: 0 };
    return this.rendered;
  }

  /** For the scroller's `@scroll`. */
  readonly onScroll = (e: Event): void => {
    this.scrollTop = (e.target as HTMLElement).scrollTop;
    this.host.requestUpdate();
  };

  /** Scrolls row `i` into view below a sticky header of `header` px. */
  reveal(i: number, header = 0): void {
    const s = this.options.scroller();
    if (!s || !this.enabled) return;
    const top = this.window.offsetOf(i);
    const bottom = top + this.window.heightOf(i);
    if (top < s.scrollTop) s.scrollTop = top;
    else if (bottom + header > s.scrollTop + s.clientHeight) s.scrollTop = bottom + header - s.clientHeight;
    this.scrollTop = s.scrollTop;
  }

  /** Back to the top. */
  rewind(): void {
    const s = this.options.scroller();
    if (s) s.scrollTop = 0;
    this.scrollTop = 0;
  }

  hostUpdated(): void {
    const scroller = this.options.scroller() ?? undefined;
    if (scroller !== this.observed) {
      if (this.observed) this.resize.unobserve(this.observed);
      if (scroller) this.resize.observe(scroller);
      this.observed = scroller;
    }
    let moved = false;
    for (const tr of this.host.renderRoot.querySelectorAll<HTMLElement>(this.options.rows ?? 'tbody tr[data-key]')) {
      moved = this.window.measure(tr.dataset.key!, tr.getBoundingClientRect().height) || moved;
    }
    if (!moved || !this.enabled || !this.rendered) return;
    const next = this.window.range(this.scrollTop, this.viewport);
    const r = this.rendered;
    const shifted = Math.abs(next.top - r.top) > 1 || Math.abs(next.bottom - r.bottom) > 1;
    if (next.start !== r.start || next.end !== r.end || shifted) this.host.requestUpdate();
  }
}
