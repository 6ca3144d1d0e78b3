/**
 * Tables of figures (budgets, 三公): borders, aligned digits, and a scroll box for narrow screens;
 * and tables whose rows become stacked cards in a narrow container (fees, a guide's materials).
 */
import { css } from 'lit';

/** In a container narrower than 40rem, every row is a block of its cells (each widget styles the card). */
export const stackedTables = css`
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
  }
`;

export const figureTables = css`
  /* A table wider than its box scrolls inside it (never the page), with the .gk-scroll-x edge shadows.
     Positioned, so screen-reader-only text inside cannot stick out of the box. */
  .table-scroll {
    position: relative;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
  }
  td.num {
    text-align: right;
  }
`;
