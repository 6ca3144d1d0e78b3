import { css } from 'lit';

export const resultsStyles = css`
  :host {
    --_rejected: var(--gk-results-rejected, var(--_danger));
    container-type: inline-size;
  }
  input[type='search'] {
    flex: 1 1 14rem;
    min-width: 0;
  }
  select {
    max-width: 100%;
  }
  .export {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .summary,
  .masked {
    margin: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  .muted {
    color: var(--_muted);
    font-weight: normal;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin-bottom: 0.75rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  caption .muted {
    display: block;
    font-size: 0.85em;
    font-size: max(var(--_font-min), 0.85em);
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem 0.5rem;
    text-align: left;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_surface);
  }
  /* A date or a kind broken over two lines reads as two values (2026年10月26 / 日). */
  .num,
  .date,
  .kind {
    white-space: nowrap;
  }
  .num {
    text-align: right;
  }
  tr.rejected .outcome {
    color: var(--_rejected);
  }
  .no-results {
    padding: 1rem 0;
    color: var(--_muted);
  }
  /* Narrow containers: each record a card, each cell labelled. */
  @container (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    th[scope='row'] {
      display: block;
    }
    tbody tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--_border);
    }
    caption {
      display: block;
    }
    td,
    th[scope='row'],
    .num {
      border: none;
      padding: 0.1rem 0;
      text-align: left;
    }
    td::before,
    th[scope='row']::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;
