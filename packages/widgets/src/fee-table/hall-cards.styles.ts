/**
 * Fees on a hall screen (a kiosk, a wall TV): a card per fee in a grid, read from across the hall —
 * the name, the standard large, the basis as its 文号, and 减免/备注 only where the fee has them. The
 * table stays in the markup (rows remain the units a hall page is cut between); only its boxes change.
 */
import { css } from 'lit';

export const hallCards = css`
  table.hall-cards,
  table.hall-cards :is(tbody, tr, td) {
    display: block;
  }
  table.hall-cards thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  table.hall-cards tbody {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: 0.75em;
  }
  table.hall-cards tr.group,
  table.hall-cards tr.spacer {
    grid-column: 1 / -1;
  }
  table.hall-cards tr.group th {
    display: block;
  }
  table.hall-cards tbody tr.fee {
    height: auto;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.5em;
    background: var(--_bg, transparent);
  }
  table.hall-cards tbody td {
    border: 0;
    padding: 0.1em 0;
  }
  table.hall-cards td.name {
    font-weight: 700;
  }
  table.hall-cards td.standard {
    font-size: 1.4em;
  }
  table.hall-cards td[data-label]:not(.name, .standard)::before {
    content: attr(data-label) var(--_label-sep);
    color: var(--_muted);
  }
  /* A card names only what the fee has: no empty 备注 or 减免 line. */
  table.hall-cards td:not([data-label]) {
    display: none;
  }
`;
