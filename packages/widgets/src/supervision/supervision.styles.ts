import { css } from 'lit';

export const supervisionStyles = css`
  :host {
    --_qr: var(--gk-supervision-qr-size, 7rem);
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0.75rem 0 0.5rem;
  }
  .channels {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.5rem;
  }
  .channel {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.15rem 0.75rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    align-content: start;
  }
  .channel .label {
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .channel .value {
    grid-column: 1;
    font-weight: 600;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .channel .hours {
    grid-column: 1;
    color: var(--_muted);
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
  }
  .channel .qr {
    grid-column: 2;
    grid-row: 1 / span 3;
    width: var(--_qr);
    height: var(--_qr);
  }
  a {
    color: var(--_link);
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  .rate {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0.75rem;
  }
  .rate .big {
    font-size: 2em;
    color: var(--_primary);
  }
  .rate .how {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
    overflow-wrap: anywhere;
  }
  .bar {
    display: flex;
    height: 1.25rem;
    border-radius: var(--_radius);
    overflow: hidden;
    border: 1px solid var(--_border);
  }
  .seg {
    flex-basis: 0;
    min-width: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.4rem 0 0.75rem;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.3em;
    border-radius: 2px;
    vertical-align: -0.05em;
  }
`;
