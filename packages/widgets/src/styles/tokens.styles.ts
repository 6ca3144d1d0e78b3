/**
 * Design tokens shared by every widget, all overridable as `--gk-*` custom properties, plus the
 * status views. Colours meet 4.5:1 contrast on the default background.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_text: var(--gk-color-text, #1f1f1f);
    --_muted: var(--gk-color-muted, #555);
    --_bg: var(--gk-color-bg, #fff);
    --_surface: var(--gk-color-surface, #f4f4f4);
    --_border: var(--gk-color-border, #c9c9c9);
    --_primary: var(--gk-color-primary, #9b1c1c);
    --_on-primary: var(--gk-color-on-primary, #fff);
    --_focus: var(--gk-color-focus, #0b57d0);
    --_mark: var(--gk-color-mark, #ffe58a);
    --_danger: var(--gk-color-danger, #a50e0e);
    --_warn-bg: var(--gk-color-warning-bg, #fff4d6);
    --_radius: var(--gk-radius, 6px);
    --_font-size: var(--gk-font-size, 1rem);
    --_touch: var(--gk-touch-target, 2.25rem);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--gk-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([size='kiosk']) {
    --_font-size: var(--gk-font-size-kiosk, 1.375rem);
    --_touch: var(--gk-touch-target-kiosk, 3rem);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .gk-status {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .gk-error {
    border-color: var(--_danger);
    color: var(--_text);
  }
  .gk-error-title {
    margin: 0;
    font-weight: 600;
    color: var(--_danger);
  }
  .gk-issues {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .gk-issues li.warning {
    color: var(--_muted);
  }
  .gk-updated {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .gk-stale {
    margin-left: 0.75rem;
    padding: 0 0.4rem;
    background: var(--_warn-bg);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .gk-width-probe {
    display: block;
    height: 0;
    overflow: hidden;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
