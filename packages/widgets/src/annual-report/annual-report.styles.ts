import { css } from 'lit';

export const annualReportStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.1em;
    margin: 1.25rem 0 0.5rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
    color: var(--_muted);
  }
  .meta .late {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin: 0.5rem 0;
  }
  section.text p {
    white-space: pre-line;
    margin: 0.25rem 0 0.75rem;
  }
  table.report {
    margin-bottom: 0.75rem;
  }
  table.report caption {
    text-align: left;
    font-weight: 700;
    padding: 0.25rem 0;
  }
  table.report th,
  table.report td {
    border: 1px solid var(--_border);
    text-align: center;
    vertical-align: middle;
  }
  table.report tbody th[scope='row'] {
    text-align: left;
  }
  /* The wide tables keep their printed columns and scroll inside their own box, never the page. */
  table.wide {
    min-width: 46rem;
  }
  table.wide th {
    min-width: 3.5em;
  }
  td.rule {
    font-size: 0.85em;
    color: var(--_muted);
    text-align: left;
  }
  td.num {
    white-space: nowrap;
  }
  td.flagged {
    background: var(--_danger-bg, rgb(255 235 230));
  }
  .note {
    display: block;
    font-size: 0.85em;
    color: var(--_danger);
    white-space: normal;
    min-width: 6em;
  }
  .text-note {
    color: var(--_danger);
    font-size: 0.9em;
  }
  tr.subtotal > * {
    font-weight: 600;
  }
  tr.article th {
    text-align: left;
    background: var(--_surface);
  }
  ul.checks {
    padding-inline-start: 1.25rem;
  }
  /* A message names its place in the file (table3.results.withheld.stateSecret[6]): it may break anywhere. */
  h2,
  .meta,
  section.text,
  ul.checks {
    overflow-wrap: anywhere;
  }
  ul.checks li {
    margin: 0.25rem 0;
  }
  abbr {
    text-decoration: none;
  }
  :host([size='kiosk']) {
    --_font-size: var(--gk-font-size-kiosk, 1.75rem);
  }
  :host([presentation]) {
    --_font-size: var(--gk-font-size-tv, 2rem);
  }
  @media print {
    .actions {
      display: none;
    }
    /* On paper nothing scrolls: the tables shrink to the page instead, and none is cut in two. */
    .table-scroll {
      overflow: visible;
      background: none;
    }
    table.wide {
      min-width: 0;
      font-size: 8pt;
    }
    table.wide th,
    table.wide td.num {
      min-width: 0;
      padding: 0.2rem;
      white-space: normal;
    }
    table.report {
      break-inside: avoid;
    }
    td.flagged {
      background: none;
      outline: 2px solid currentColor;
    }
  }
`;
