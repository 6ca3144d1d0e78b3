/**
 * The base of every Gongkai element (as Shoelace's `ShoelaceElement`): language, theme and size
 * attributes, a typed `emit()` for `gk-*` events, and `reset()`, which a kiosk calls on every panel
 * when a visitor walks away.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '@gongkai/sdk/core';
import { resolveLang } from '../util/lang.js';
import type { GkEventMap } from './events.js';
import { VERSION } from './version.js';

export type GkSize = '' | 'kiosk';

export abstract class GkElement extends LitElement {
  /** The package version that defined this element (compared when a tag is defined twice). */
  static readonly version: string = VERSION;

  /** `zh-CN` (default, or an ancestor's `lang`) or `en`. */
  @property({ reflect: true }) override lang = '';
  /** `dark`, `high-contrast` or `elderly` (适老化); or set on an enclosing <gk-feed>/<gk-kiosk>. */
  @property({ reflect: true }) theme = '';
  /** `kiosk`: large type and touch targets for hall screens (a <gk-kiosk> sets it on its panels). */
  @property({ reflect: true }) size: GkSize = '';

  /** The language in force: this element's own `lang`, else the nearest ancestor's, else zh-CN. */
  protected get effectiveLang(): Lang {
    return resolveLang(this);
  }

  /** Clears what a visitor did here (search, filters, selection, scroll); data stays. */
  reset(): void {}

  /** Dispatches a `gk-*` event that bubbles out of shadow roots; false when a listener cancelled it. */
  protected emit<N extends keyof GkEventMap>(name: N, detail: GkEventMap[N], init: { cancelable?: boolean } = {}) {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, ...init }));
  }
}
