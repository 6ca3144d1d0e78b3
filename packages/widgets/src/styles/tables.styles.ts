/** Tables of figures (budgets, 三公): borders, aligned digits, and a scroll box for narrow screens. */
import { css } from 'lit';

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
