import { css } from 'lit';

export const feeTableStyles = css`
  :host {
    container-type: inline-size;
  }
  input[type='search'] {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .export {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .unread {
    margin: 0.5rem 0;
  }
  @media print {
    .load-more {
      display: none;
    }
  }
  .scroller {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* A long (windowed) list scrolls in its own box; a shorter one flows with the page, so its header
     stays in view while the page scrolls. */
  .scroller.virtual {
    max-height: var(--gk-fee-table-max-height, 36rem);
  }
  .scroller:not(.virtual) {
    overflow: visible;
  }
  .print-label {
    display: none;
  }
  td.standard {
    /* "200 元/次" never breaks inside the amount */
    word-break: keep-all;
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    /* Sortable (a button as tall as a touch target) and plain headers on one line. */
    vertical-align: middle;
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    font-weight: 600;
    white-space: nowrap;
  }
  th button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    min-height: var(--_touch);
  }
  th button:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .sort-icon {
    color: var(--_muted);
    font-size: 0.8em;
    font-size: max(var(--_font-min), 0.8em);
  }
  tbody tr.fee {
    cursor: pointer;
  }
  tbody tr.fee:hover {
    background: var(--_surface);
  }
  tbody tr.fee:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  tbody tr.selected {
    background: var(--gk-fee-table-selected-bg, var(--_selected));
  }
  tr.group th {
    background: var(--_bg);
    color: var(--_primary);
    border-bottom: 2px solid var(--_primary);
    position: static;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  td.name {
    font-weight: 600;
    min-width: 7em;
  }
  /* A sub-item (2(1)) under its item. */
  .name.sub {
    display: inline-block;
    margin-inline-start: 1.25em;
    font-weight: 400;
  }
  /* Add-ons and "first one free" are sentences: they wrap like text (the amount above does not). */
  .extra {
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
    color: var(--_muted);
    word-break: normal;
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  .badge {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.4rem;
    border-radius: var(--_radius);
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
    border: 1px solid currentColor;
  }
  .badge.suspended,
  .badge.abolished {
    color: var(--_danger);
  }
  .badge.free {
    color: var(--_success);
  }
  .muted {
    color: var(--_muted);
  }
  .doc + .doc {
    margin-top: 0.25rem;
  }
  a {
    color: var(--_link);
  }
  .no-results {
    padding: 1rem;
    color: var(--_muted);
  }
  :host([size='kiosk']) td,
  :host([size='kiosk']) th {
    padding: 0.75rem 1rem;
  }
  :host([size='kiosk']) tbody tr.fee {
    height: var(--_touch);
  }

  /* Narrow containers (phones, portrait kiosks): each fee becomes a card (see stackedTables). */
  @container (max-width: 40rem) {
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0.25rem 0.5rem;
      background: var(--_surface);
    }
    thead th {
      position: static;
      border: 0;
      padding: 0;
    }
    thead th.plain {
      display: none;
    }
    tbody tr.fee {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0.75rem;
    }
    tbody td {
      border: 0;
      padding: 0.15rem 0;
    }
    tbody td[data-label]:not(.name)::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
    }
    tbody td:not([data-label]):not(.name) {
      display: none;
    }
    tr.group th {
      display: block;
    }
  }

  @media print {
    .toolbar,
    .export {
      display: none;
    }
    .scroller,
    .scroller.virtual {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead {
      display: table-header-group;
    }
    thead th {
      position: static;
    }
    th button {
      display: none;
    }
    .print-label {
      display: inline;
    }
    tr {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
  /* In the hall the standard is what a visitor looks for: the largest thing on the row. */
  :host(:is([size='kiosk'], [presentation])) td.standard {
    font-size: 1.2em;
    font-weight: 700;
  }
`;
