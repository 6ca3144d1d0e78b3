/**
 * The base of every Gongkai element (as Shoelace's `ShoelaceElement`): language, theme and size
 * attributes, a typed `emit()` for `gk-*` events, and `reset()`, which a kiosk calls on every panel
 * when a visitor walks away.
 */
import { type CSSResultGroup, type CSSResultOrNative, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '@gongkai/sdk/core';
import { resolveLang } from '../util/lang.js';
import { adoptCjkFallback } from './cjk-fallback.js';
import { legacyHooks } from './legacy-hooks.js';
import { dispatchGkEvent, type GkEventMap } from './events.js';
import { VERSION } from './version.js';

export type GkSize = '' | 'kiosk';

/**
 * @cssprop --gk-color-text - Text colour (system token; every widget).
 * @cssprop --gk-color-muted - Secondary text.
 * @cssprop --gk-color-bg - Background.
 * @cssprop --gk-color-surface - Raised surfaces (headers, cards).
 * @cssprop --gk-color-border - Borders and rules.
 * @cssprop --gk-color-primary - The department's colour: headings, active items.
 * @cssprop --gk-color-on-primary - Text on the primary colour.
 * @cssprop --gk-color-focus - Focus outline.
 * @cssprop --gk-color-link - Links.
 * @cssprop --gk-color-selected - Background of a selected row or cell.
 * @cssprop --gk-color-success - "Free", "on time" and other good news.
 * @cssprop --gk-color-success-bg - Background of good news (a flowchart's start and end).
 * @cssprop --gk-color-mark - Highlight of search matches.
 * @cssprop --gk-color-danger - Errors.
 * @cssprop --gk-color-warning-bg - Background of warnings (a disagreeing figure).
 * @cssprop --gk-chart-1 - First chart series colour; --gk-chart-2 … --gk-chart-8 follow, --gk-chart-other for "others".
 * @cssprop --gk-on-chart-1 - Text on the first chart colour; likewise --gk-on-chart-2 … --gk-on-chart-8.
 * @cssprop --gk-font-family - Font family (default: the page's own; the kiosk's: a CJK font ahead of the generic ones).
 * @cssprop --gk-font-size - Base font size (default 1rem).
 * @cssprop --gk-font-size-kiosk - Base font size with size="kiosk" (default 1.5rem, 24 px).
 * @cssprop --gk-font-size-tv - Base font size on a wall screen (`presentation`; default 2rem).
 * @cssprop --gk-radius - Corner radius.
 * @cssprop --gk-touch-target - Smallest size of a control (default 2.25rem).
 * @cssprop --gk-touch-target-kiosk - Smallest size of a control with size="kiosk" (default 3.75rem, 60 px).
 */
export abstract class GkElement extends LitElement {
  /** The package version that defined this element (compared when a tag is defined twice). */
  static readonly version: string = VERSION;

  /** `zh-CN` (default, or an ancestor's `lang`) or `en`. */
  @property({ reflect: true }) override lang = '';
  /** `dark`, `high-contrast` or `elderly` (适老化); or set on an enclosing <gk-feed>/<gk-kiosk>. */
  @property({ reflect: true }) theme = '';
  /** `kiosk`: large type and touch targets for hall screens (a <gk-kiosk> sets it on its panels). */
  @property({ reflect: true }) size: GkSize = '';
  /**
   * For a screen nobody touches (a wall TV; <gk-kiosk mode="tv"> sets it on its panels): no input
   * controls, buttons, hover or focus marks, and type for reading across a hall.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /** In an engine served the legacy set, its loader's fallbacks apply (container queries: legacy-hooks). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const finalized = super.finalizeStyles(styles);
    return legacyHooks()?.styles(this, finalized) ?? finalized;
  }

  constructor() {
    super();
    legacyHooks()?.host(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, so that its layout finds Chinese text in a named font (see cjk-fallback).
    adoptCjkFallback(this);
  }

  /** The language in force: this element's own `lang`, else the nearest ancestor's, else zh-CN. */
  protected get effectiveLang(): Lang {
    return resolveLang(this);
  }

  /** Clears what a visitor did here (search, filters, selection, scroll); data stays. */
  reset(): void {}

  /** Dispatches a `gk-*` event that bubbles out of shadow roots; false when a listener cancelled it. */
  protected emit<N extends keyof GkEventMap>(name: N, detail: GkEventMap[N], init: { cancelable?: boolean } = {}) {
    return dispatchGkEvent(this, name, detail, init);
  }
}
