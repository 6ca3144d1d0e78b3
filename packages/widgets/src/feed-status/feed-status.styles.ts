import { css } from 'lit';

/**
 * Component tokens: --gk-feed-status-red / -amber / -green default to the system danger, warning
 * and success colours; the status is also written in words, never by colour alone.
 */
export const feedStatusStyles = css`
  :host {
    container-type: inline-size;
    --_red: var(--gk-feed-status-red, var(--gk-color-danger, #b3261e));
    --_amber: var(--gk-feed-status-amber, #8a5300);
    --_green: var(--gk-feed-status-green, var(--gk-color-success, #1e7d32));
    display: block;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem 1rem;
  }
  .filters button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--_border);
  }
  td.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  th button.sort {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  th button.sort:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dot {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    margin-inline-end: 0.4em;
    vertical-align: -0.05em;
  }
  .red .dot {
    background: var(--_red);
  }
  .amber .dot {
    background: var(--_amber);
  }
  .green .dot {
    background: var(--_green);
  }
  small {
    color: var(--_muted);
  }
  ul.issues {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25em;
  }
  .wrap {
    position: relative;
    overflow-x: auto;
  }
  /* A phone: each publisher is a card, each figure labelled. */
  @container (max-width: 40rem) {
    thead {
      display: none;
    }
    table,
    tbody,
    tr,
    td,
    tbody th {
      display: block;
    }
    tr {
      border-bottom: 1px solid var(--_border);
      padding-block: 0.5rem;
    }
    td,
    tbody th {
      border: 0;
      padding: 0.15rem 0;
    }
    td[data-label]::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
    }
    td.num {
      text-align: left;
    }
  }
  .message {
    padding: 1rem;
    border-inline-start: 4px solid var(--_danger);
  }
`;
