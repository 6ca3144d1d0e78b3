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
  .table-scroll {
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
