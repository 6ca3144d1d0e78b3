import { css } from 'lit';

export const kioskStyles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    height: var(--gk-kiosk-height, 100vh);
    color: var(--_text);
    background: var(--_bg);
    box-sizing: border-box;
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
  .viewport {
    flex: 1;
    overflow: auto;
    scrollbar-width: none;
    padding: 1rem 1.5rem;
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
    align-items: center;
    gap: 1.5rem;
    padding: 0.5rem 1.5rem;
    border-top: 1px solid var(--_border);
    font-size: var(--gk-kiosk-footer-size, 1.25rem);
    color: var(--_muted);
  }
  .clock {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--_text);
  }
  .dots {
    display: flex;
    gap: 0.5rem;
    margin-left: auto;
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
