import { css } from 'lit';
import { cjkFonts } from '../styles/tokens.styles.js';

export const kioskStyles = css`
  :host {
    display: block;
    font-family: var(--gk-font-family, ${cjkFonts});
    position: relative;
    overflow: hidden;
    height: var(--gk-kiosk-height, 100vh);
    color: var(--_text);
    background: var(--_bg);
    box-sizing: border-box;
  }
  /* A preset is the screen it was made for, but never more than the real one: a 1080p preset on a
     1366×768 panel keeps its header, ticker, clock and page count on screen and pages more often,
     its type as large as ever (a panel of fewer pixels is not a smaller one). */
  :host([preset]) {
    max-width: 100vw;
    max-height: 100vh;
  }
  :host([preset='1080p']) {
    width: 1920px;
    height: 1080px;
  }
  :host([preset='4k']) {
    width: 3840px;
    height: 2160px;
    --gk-font-size-kiosk: 2.75rem;
    --gk-touch-target-kiosk: 6rem;
  }
  :host([preset='portrait']) {
    width: 1080px;
    height: 1920px;
  }
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    transition: transform 2s linear;
  }
  :host([mode='tv']) .frame {
    /* Safe margins for TV overscan. */
    inset: 4% 5%;
  }
  :host([mode='tv']) {
    cursor: none;
  }
  :host([mode='tv']) .viewport {
    pointer-events: none;
  }
  /* The panel on screen: paged by the kiosk, never scrolled by hand (overflow hidden). */
  .stage {
    flex: 1;
    position: relative;
    min-height: 0;
  }
  .viewport {
    position: absolute;
    inset: 0;
    overflow: hidden;
    padding: 0 1.5rem;
  }
  .viewport[hidden] {
    display: none;
  }
  /* Room below the panel, so the last page can start at its first row like every other page. */
  .viewport::after {
    content: '';
    display: block;
    height: 100%;
  }
  /* Below the last row that fits whole: covered, so no row shows half here and again on the next page. */
  .mask {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    background: var(--_bg);
    pointer-events: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1.5rem;
    padding: 0.75rem 1.5rem;
    border-bottom: 3px solid var(--_primary);
    font-size: var(--gk-kiosk-footer-size, 1.5rem);
  }
  .bar .title {
    margin: 0;
    font-size: 1.5em;
    color: var(--_primary);
  }
  .bar .dept {
    color: var(--_muted);
  }
  .go-home,
  .pager button,
  .elderly,
  .tile {
    font: inherit;
    min-height: 60px;
    min-width: 60px;
    padding: 0 1.25rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
  .go-home {
    margin-left: auto;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .pager button:disabled {
    opacity: 0.4;
  }
  /* The home screen: a tile per panel, two columns at least on a portrait screen. */
  .home {
    position: absolute;
    inset: 0;
    overflow: hidden;
    padding: 1.5rem;
    display: flex;
    flex-direction: column;
    gap: 1.5rem;
    font-size: var(--gk-kiosk-footer-size, 1.5rem);
  }
  /* The tiles share out the screen (two columns on a portrait kiosk, more across a wide one), up to
     18rem tall each: large targets in the middle, not a strip of them over an empty screen. */
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    flex: 1 1 auto;
    display: grid;
    /* Before min() (Chromium 79): the same columns, without the narrow-screen cap. */
    grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    grid-auto-rows: minmax(9rem, 18rem);
    align-content: center;
    gap: 1.25rem;
  }
  .tiles > li {
    display: flex;
  }
  .tile {
    width: 100%;
    min-height: 9rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    font-size: 1.25em;
  }
  /* 适老化: the home screen too, not only the panels: larger type, taller tiles. */
  .home.elderly {
    font-size: 2rem;
  }
  .home.elderly .tiles {
    grid-auto-rows: minmax(12rem, 22rem);
  }
  .home.elderly .tile {
    min-height: 12rem;
  }
  .tile .icon {
    display: grid;
    place-items: center;
    width: 3em;
    height: 3em;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  .elderly {
    align-self: flex-start;
  }
  .elderly[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* The section index of a guide: always in view, a tap goes to the section's page. */
  .sections {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.5rem 1.5rem;
    border-bottom: 1px solid var(--_border);
    font-size: 1.25rem;
  }
  .sections button {
    font: inherit;
    min-height: 60px;
    min-width: 60px;
    padding: 0 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .sections button.here {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
  }
  /* A split wall: cells side by side (2x1), stacked (1x2) or both (2x2), each paging on its own. */
  .cells {
    position: absolute;
    inset: 0;
    display: grid;
    gap: 1rem;
    padding: 0.5rem 1rem;
  }
  .cells-2x1 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .cells-1x2 {
    grid-template-rows: repeat(2, minmax(0, 1fr));
  }
  .cells-2x2 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    grid-template-rows: repeat(2, minmax(0, 1fr));
  }
  .cell {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .cell-title {
    margin: 0;
    padding: 0.4rem 1rem;
    font-size: 1.75rem;
    color: var(--_primary);
    border-bottom: 2px solid var(--_primary);
  }
  .cell-stage {
    flex: 1;
    position: relative;
    min-height: 0;
  }
  .cell .viewport {
    padding: 0 1rem;
  }
  .cell-pager {
    margin: 0;
    padding: 0.3rem 1rem;
    font-size: 1.5rem;
    color: var(--_muted);
  }
  /* The newest results, one at a time, on a wall screen. */
  .ticker {
    display: flex;
    gap: 1.5rem;
    align-items: baseline;
    padding: 0.4rem 1.5rem;
    font-size: var(--gk-kiosk-footer-size, 2rem);
    background: var(--_surface);
  }
  .ticker .label {
    flex: none;
    color: var(--_primary);
    font-weight: 700;
  }
  /* A long line wraps; it is never cut off. */
  .ticker .item {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    font-weight: 600;
    color: var(--_primary);
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 1rem;
    margin-left: auto;
  }
  .progress {
    display: block;
    width: 8rem;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  .progress > span {
    display: block;
    height: 100%;
    background: var(--_primary);
  }
  ::slotted(:not([data-gk-active])) {
    display: none !important;
  }
  ::slotted([data-gk-active]) {
    animation: gk-fade 0.8s ease-out;
  }
  @keyframes gk-fade {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ::slotted([data-gk-active]) {
      animation: none;
    }
    .frame {
      transition: none;
    }
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.5rem 1.5rem;
    border-top: 1px solid var(--_border);
    font-size: var(--gk-kiosk-footer-size, 1.5rem);
    color: var(--_muted);
  }
  :host([mode='tv']) .bar,
  :host([mode='tv']) footer {
    font-size: var(--gk-kiosk-footer-size, 2rem);
  }
  .clock {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--_text);
  }
  .dots {
    display: flex;
    gap: 0.5rem;
  }
  .dot {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--_muted);
  }
  .dot.on {
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .stale {
    color: var(--_text);
    background: var(--_warn-bg);
    padding: 0 0.5rem;
    border-radius: var(--_radius);
  }
  .fallback {
    display: grid;
    place-items: center;
    height: 100%;
    font-size: 2rem;
    color: var(--_muted);
    text-align: center;
  }
`;
