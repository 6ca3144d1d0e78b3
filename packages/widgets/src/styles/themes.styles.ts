/**
 * Themes as token values: `theme="dark"`, `"high-contrast"` or `"elderly"` (适老化: large type and
 * targets) on a widget, or on <gk-feed>/<gk-kiosk> to theme everything inside (custom properties
 * inherit into shadow roots). Every pair of text and background colours keeps ≥ 4.5:1 contrast.
 */
import { css } from 'lit';

export const themes = css`
  /* A theme with its own background is a panel: its content does not touch its edges. */
  :host([theme='dark']),
  :host([theme='high-contrast']) {
    padding: 0.75rem 1rem;
    border-radius: var(--gk-radius, 6px);
  }
  :host([theme='dark']) {
    --gk-color-text: #f1f1f1;
    --gk-color-muted: #c8c8c8;
    --gk-color-bg: #121212;
    --gk-color-surface: #262626;
    --gk-color-border: #6a6a6a;
    --gk-color-primary: #ff9e94;
    --gk-color-on-primary: #1a0000;
    --gk-color-focus: #8ab4f8;
    --gk-color-mark: #6b5900;
    --gk-color-danger: #ff9e94;
    --gk-color-warning-bg: #3d3200;
    --gk-color-link: #9cc0ff;
    --gk-color-selected: #1f3a5f;
    --gk-color-success: #8fd6a3;
    --gk-color-success-bg: #16321f;
    --gk-chart-other: #4a4a4a;
    --gk-on-chart-other: #fff;
  }
  :host([theme='high-contrast']) {
    --gk-color-text: #000;
    --gk-color-muted: #000;
    --gk-color-bg: #fff;
    --gk-color-surface: #fff;
    --gk-color-border: #000;
    --gk-color-primary: #000;
    --gk-color-on-primary: #fff;
    --gk-color-focus: #0000d0;
    --gk-color-mark: #ffff00;
    --gk-color-danger: #a00000;
    --gk-color-warning-bg: #fff;
    --gk-color-link: #0000d0;
    --gk-color-selected: #dde6ff;
    --gk-color-success: #005a00;
    --gk-color-success-bg: #fff;
  }
  :host([theme='elderly']) {
    --gk-font-size: 1.375rem;
    --gk-font-size-kiosk: 1.75rem;
    --gk-touch-target: 3.25rem;
    --gk-color-text: #000;
    --gk-color-muted: #333;
  }
`;
