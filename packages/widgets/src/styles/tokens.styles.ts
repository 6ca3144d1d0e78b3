/**
 * Design tokens in three tiers, as material-web has them:
 * - system tokens, `--gk-color-*`, `--gk-font-*`, `--gk-radius`, `--gk-touch-target`, `--gk-chart-*`:
 *   what a theme or a portal sets once for every widget (custom properties inherit into shadow roots);
 * - component tokens, `--gk-<component>-*` (e.g. `--gk-fee-table-header-bg`), declared by each widget
 *   and falling back to a system token;
 * - private tokens, `--_*`, which the styles use: resolved here from the system tier, so each default
 *   value is written once, in this file.
 * Colours meet 4.5:1 contrast on the default background.
 */
import { css, unsafeCSS } from 'lit';
import { CJK_SANS } from '../base/cjk-fallback.js';

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
    --_link: var(--gk-color-link, #0b57d0);
    --_selected: var(--gk-color-selected, #e8f0fe);
    --_success: var(--gk-color-success, #0b6b2b);
    --_success-bg: var(--gk-color-success-bg, #e8f3ec);
    --_mark: var(--gk-color-mark, #ffe58a);
    --_danger: var(--gk-color-danger, #a50e0e);
    --_warn-bg: var(--gk-color-warning-bg, #fff4d6);
    --_radius: var(--gk-radius, 6px);
    --_font-size: var(--gk-font-size, 1rem);
    --_touch: var(--gk-touch-target, 2.25rem);
    /* Okabe–Ito: told apart with the common colour-vision deficiencies; each "on" colour ≥ 4.5:1. */
    --_chart-1: var(--gk-chart-1, #0072b2);
    --_chart-2: var(--gk-chart-2, #e69f00);
    --_chart-3: var(--gk-chart-3, #009e73);
    --_chart-4: var(--gk-chart-4, #cc79a7);
    --_chart-5: var(--gk-chart-5, #56b4e9);
    --_chart-6: var(--gk-chart-6, #d55e00);
    --_chart-7: var(--gk-chart-7, #f0e442);
    --_chart-8: var(--gk-chart-8, #999999);
    --_chart-other: var(--gk-chart-other, #e0e0e0);
    --_on-chart-1: var(--gk-on-chart-1, #fff);
    --_on-chart-2: var(--gk-on-chart-2, #000);
    --_on-chart-3: var(--gk-on-chart-3, #000);
    --_on-chart-4: var(--gk-on-chart-4, #000);
    --_on-chart-5: var(--gk-on-chart-5, #000);
    --_on-chart-6: var(--gk-on-chart-6, #000);
    --_on-chart-7: var(--gk-on-chart-7, #000);
    --_on-chart-8: var(--gk-on-chart-8, #000);
    --_on-chart-other: var(--gk-on-chart-other, #000);
    display: block;
    color: var(--_text);
    background: var(--_bg);
    /* The host page's own font: a widget reads as part of the site. On connect, the element appends a
       Chinese stack to it for what the page's fonts lack (base/cjk-fallback). --gk-font-family names
       another; the kiosk, a screen of its own, sets the CJK stack (cjkFonts). */
    font-family: var(--gk-font-family, inherit);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* Amounts line up digit under digit. */
    font-variant-numeric: tabular-nums;
  }
  /* Each piece of feed text is isolated, so whatever direction marks it holds cannot reorder the figures
     printed beside it (the model also strips bidi controls from text). */
  td,
  th,
  li,
  dd,
  dt,
  span,
  a,
  strong,
  mark,
  summary,
  caption,
  figcaption,
  label,
  h2,
  h3 {
    unicode-bidi: isolate;
  }
  :host([hidden]) {
    display: none;
  }
  /* Between a card's label and its value ("预算数：4.00", "Budget: 4.00"). */
  :host {
    --_label-sep: '：';
  }
  :host(:lang(en)) {
    --_label-sep: ': ';
  }
  /* The hall type scale, from viewing distance (README "Type for distance"): each hall mode has a
     body size and a smallest size, --_font-min, under which no text of it goes (small print, badges,
     chart labels use max(var(--_font-min), …)). Off the hall, no floor.
     - a touch kiosk, read at arm's length (0.4–0.7 m) on a 1080 px wide portrait panel: body 24 px,
       nothing under 20 px; 60 px touch targets;
     - a wall TV, read from 3–5 m on a 1920×1080 panel of 55–65 inches (≈ 0.7 mm a pixel): body 32 px,
       nothing under 28 px (≈ 20 mm, 14–18 arcmin at 4–5 m: the least a Chinese character is read at). */
  :host {
    --_font-min: 0px;
  }
  :host([size='kiosk']) {
    --_font-size: var(--gk-font-size-kiosk, 1.5rem);
    --_font-min: var(--gk-font-min-kiosk, 1.25rem);
    --_touch: var(--gk-touch-target-kiosk, 3.75rem);
  }
  :host([size='kiosk']) :is(h2, h3) {
    font-size: 1.5em;
  }
  /* A hall kiosk has no downloads folder: a CSV or SVG saved there is lost, or worse, opens a bar. */
  :host([size='kiosk']) [part~='export'] {
    display: none;
  }
  /* A hall screen is paged, not scrolled: a sticky header would cover the first row of every page. */
  :host([size='kiosk']) thead th {
    position: static !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A wall screen: read from across the hall, never touched. */
  :host([presentation]) {
    --_font-size: var(--gk-font-size-tv, 2rem);
    --_font-min: var(--gk-font-min-tv, 1.75rem);
  }
  /* Figures are what a wall screen is read for: larger than the text around them. */
  :host([presentation]) :is(td.num, th.num) {
    font-size: 1.15em;
  }
  :host([presentation]) :is(input, select, button, label.check, .gk-retry) {
    display: none !important;
  }
  /* A kiosk's attract loop is looked at, not used (its first touch opens the home screen): no search
     box or filter to type into. Buttons stay, as a sort button is also its column's head. */
  :host([data-gk-attract]) :is(input, select, label.check, .gk-retry) {
    display: none !important;
  }
  /* A link on a wall screen cannot be pressed: it reads as the text it is, not underlined or blue. */
  :host([presentation]) a {
    color: inherit;
    text-decoration: none;
  }
  /* A phone number on a hall screen is read whole and copied down: never broken across lines (every
     box on a hall screen is wider than the longest). An e-mail address breaks only where it cannot fit
     its box (a portrait screen, beside a QR code): a clipped address would be worse than a broken one. */
  :host(:is([size='kiosk'], [presentation])) a[href^='tel:'] {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  :host([presentation]) .print-label {
    display: inline !important;
  }
  :host([presentation]) :focus-visible {
    outline: none;
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
  .gk-retry {
    font: inherit;
    min-height: var(--_touch);
    margin-top: 0.5rem;
    padding: 0 1rem;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .gk-contact {
    margin: 0.5rem 0 0;
    overflow-wrap: anywhere;
  }
  .gk-contact a {
    margin-right: 0.75em;
    color: var(--_link);
  }
  .gk-issues {
    margin-top: 0.5rem;
    font-size: 0.875em;
    font-size: max(var(--_font-min), 0.875em);
  }
  .gk-issues li.warning {
    color: var(--_muted);
  }
  .gk-updated {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    font-size: max(var(--_font-min), 0.875em);
    color: var(--_muted);
  }
  .gk-stale {
    margin-left: 0.75rem;
    padding: 0 0.4rem;
    background: var(--_warn-bg);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  /* A box that scrolls sideways shows that it does: shadows at the edges that still have content
     beyond them (the background-attachment trick). */
  .gk-scroll-x {
    background:
      linear-gradient(to right, var(--_bg) 30%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
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

/**
 * A CJK font ahead of the generic families, so digits and Latin letters come from the same font as
 * the Chinese text (and the first layout does not walk system-ui's fallbacks for every character):
 * for screens of our own (the kiosk), where there is no host page whose font to inherit.
 */
export const cjkFonts = unsafeCSS(`${CJK_SANS.map((f) => `'${f}'`).join(', ')}, sans-serif`);
