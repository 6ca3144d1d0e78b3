/**
 * Every `gk-*` event and the type of its `detail`. Components add theirs by declaration merging, so
 * `emit()` checks both the name and the detail, and listeners get typed events from
 * `HTMLElementEventMap`.
 */
import type { LocalizedText, ValidationIssue } from '@gongkai/sdk/core';

export interface GkErrorDetail {
  /** What cannot be shown, for people. */
  message: LocalizedText;
  /** Why, as data: each issue's path, code and params (word them with `formatIssue`). */
  issues: ValidationIssue[];
}

/** A data widget settled: its data is shown (`ready`) or cannot be (`error`); read `loadState`. */
export interface GkLoadDetail {
  status: string;
}

export interface GkEventMap {
  'gk-error': GkErrorDetail;
  'gk-load': GkLoadDetail;
}

/** Dispatches a `gk-*` event that bubbles out of shadow roots (what `GkElement.emit()` calls). */
export function dispatchGkEvent<N extends keyof GkEventMap>(
  el: Element,
  name: N,
  detail: GkEventMap[N],
  init: { cancelable?: boolean } = {},
): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, ...init }));
}

declare global {
  interface HTMLElementEventMap {
    'gk-error': CustomEvent<GkErrorDetail>;
    'gk-load': CustomEvent<GkLoadDetail>;
  }
}
