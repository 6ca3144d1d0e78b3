import { css } from 'lit';

export const budgetViewerStyles = css`
  :host {
    container-type: inline-size;
  }
  header h2 {
    margin: 0 0 0.5rem;
    font-size: 1.3em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .toggle {
    display: inline-flex;
  }
  .toggle button[aria-checked='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .export {
    margin-left: auto;
  }
  .total {
    margin: 0.5rem 0;
  }
  .muted,
  .computed,
  .no-code {
    color: var(--_muted);
  }
  /* Our arithmetic beside a printed figure: smaller and grey, so it never reads as the published one. */
  .computed {
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
    font-weight: 400;
  }
  .total .mismatch-note {
    display: block;
  }
  .revenue,
  .tables {
    margin-block: 1rem;
  }
  .revenue table.side {
    width: auto;
    min-width: min(100%, 24rem);
  }
  .table-list {
    padding-inline-start: 1.5em;
  }
  .table-list li {
    margin-block: 0.35em;
  }
  .empty-table {
    color: var(--_muted);
  }
  .scheme {
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
    margin-inline-start: 0.35em;
  }
  th.side-total {
    font-weight: 700;
  }
  .warning {
    padding: 0.5rem 0.75rem;
    background: var(--_warn-bg);
    border-left: 4px solid var(--_danger);
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    gap: 0.25rem;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-right: 0.25rem;
    color: var(--_muted);
  }
  .breadcrumb a {
    color: var(--_link);
  }
  figure.chart {
    margin: 0;
    position: relative;
  }
  .cell {
    cursor: pointer;
  }
  .cell:focus {
    outline: none;
  }
  .cell:focus-visible rect:first-of-type,
  .cell.selected rect:first-of-type {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .print-pattern {
    opacity: 0;
    pointer-events: none;
  }
  .cell text {
    pointer-events: none;
    font-weight: 600;
  }
  .cell text.value {
    font-weight: 400;
  }
  .cell-info {
    min-height: 1.5em;
    margin: 0.25rem 0 0;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .others ul {
    list-style: none;
    padding: 0.5rem;
    margin: 0.25rem 0;
    border: 1px solid var(--_border);
    background: var(--_bg);
    columns: 2 16rem;
  }
  .others button {
    border: 0;
    background: none;
    text-align: left;
    width: 100%;
  }
  .splits {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
    margin: 0.75rem 0;
  }
  .split {
    flex: 1 1 18rem;
  }
  .split h3 {
    font-size: 1em;
    margin: 0 0 0.25rem;
  }
  .split .bar {
    display: flex;
    height: 0.9rem;
    border: 1px solid var(--_border);
  }
  .split ul {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0;
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.3em;
    border: 1px solid var(--_border);
  }
  th {
    position: sticky;
    top: 0;
  }
  td.num,
  th:nth-child(n + 3) {
    text-align: right;
  }
  tr.level-1 {
    font-weight: 600;
  }
  tr.level-2 td.name {
    padding-left: 1.5rem;
  }
  /* On a phone the table scrolls in its box rather than squeezing the names to a character a line
     or breaking "合计（万元）" in two. */
  td.name {
    min-width: 8em;
  }
  thead th {
    white-space: nowrap;
  }
  tr.level-3 td.name {
    padding-left: 3rem;
  }
  tr.selected {
    background: var(--gk-budget-viewer-selected-bg, var(--_selected));
  }
  tr:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  tr.mismatch td {
    background: var(--_warn-bg);
  }
  .mismatch-note {
    font-weight: 400;
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
    color: var(--_danger);
  }
  .twisty {
    border: 0;
    background: none;
    min-height: 0;
    min-width: 1.5em;
    padding: 0;
  }
  /* On a touch kiosk the expander and the notes are touch targets like any other. */
  :host([size='kiosk']) .twisty {
    min-width: var(--_touch);
    min-height: var(--_touch);
  }
  :host([size='kiosk']) .twisty-space {
    width: var(--_touch);
  }
  :host([size='kiosk']) summary {
    display: flex;
    align-items: center;
    min-height: var(--_touch);
  }
  .twisty-space {
    display: inline-block;
    width: 1.5em;
  }
  button.sort {
    border: 0;
    background: none;
    font-weight: 600;
    padding: 0;
  }
  td.notable {
    font-weight: 700;
    color: var(--_danger);
  }
  details.explanation {
    margin-top: 0.75rem;
  }
  details.explanation p {
    white-space: pre-line;
  }
  @media print {
    .controls,
    .twisty {
      display: none;
    }
    .print-pattern {
      opacity: 0.45;
    }
    th {
      position: static;
    }
  }
  /* "Tap a block to see its items" means nothing on a wall screen nobody touches. */
  :host([presentation]) .cell-info.hint {
    display: none;
  }
`;
