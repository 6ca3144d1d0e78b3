import { css } from 'lit';

export const powerListStyles = css`
  :host {
    --_bar: var(--gk-power-list-bar-color, var(--_chart-1));
    container-type: inline-size;
  }
  input[type='search'] {
    flex: 1 1 16rem;
    min-width: 0;
  }
  select {
    max-width: 100%;
  }
  .summary {
    margin: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  /* Counts by type: a bar each, and a toggle that filters by that type. Two to a row on a phone (the
     longest label, 其他行政权力, and its count fit in 9em), so the powers start on the first screen. */
  .types {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    gap: 0.25rem 0.75rem;
  }
  .type {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'label count' 'bar bar';
    align-items: center;
    gap: 0.15rem 0.5rem;
    padding: 0.3rem 0.5rem;
    text-align: left;
    background: var(--_bg);
  }
  .type[aria-pressed='true'] {
    background: var(--_selected);
    border-color: var(--_focus);
  }
  .type-label {
    grid-area: label;
    overflow-wrap: anywhere;
  }
  .type-count {
    grid-area: count;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .bar {
    grid-area: bar;
    display: block;
    height: 0.35rem;
    background: var(--_surface);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_bar);
  }
  .powers {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border);
  }
  .power {
    border-bottom: 1px solid var(--_border);
  }
  summary,
  .row {
    list-style: none;
    cursor: pointer;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    min-height: var(--_touch);
    padding: 0.5rem 0.25rem;
    box-sizing: border-box;
  }
  .row {
    margin: 0;
  }
  /* A flex summary loses its marker: draw one, turned when the power is open. */
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '▸';
    color: var(--_muted);
  }
  details[open] > summary::before {
    content: '▾';
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .badge {
    padding: 0 0.4rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    white-space: nowrap;
  }
  .badge.status {
    background: var(--_warn-bg);
  }
  .code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .detail {
    padding: 0 0.25rem 1rem 1.25rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.4rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd :is(ol, ul) {
    margin: 0;
    padding-left: 1.25rem;
  }
  q {
    display: block;
    color: var(--_muted);
  }
  .links {
    margin-top: 0.75rem;
  }
  .links p {
    margin: 0.25rem 0;
  }
  .links ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .missing {
    color: var(--_danger);
  }
  .embed {
    text-align: left;
  }
  .embedded {
    display: block;
    margin: 0.5rem 0 1rem;
  }
  a {
    color: var(--_link);
  }
  .no-results {
    padding: 1rem 0;
    color: var(--_muted);
  }
  /* Narrow containers: a label above its value. */
  @container (max-width: 32rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1rem;
    }
    dd {
      margin-bottom: 0.4rem;
    }
  }
  div.type {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media print {
    .toolbar,
    .embed {
      display: none;
    }
  }
`;
