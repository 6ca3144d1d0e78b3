/**
 * Tables of figures (budgets, 三公): borders, aligned digits, a scroll box, and a card per row in a
 * narrow box; and tables whose rows become stacked cards in a narrow container (fees, materials).
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

/**
 * A figure table in a box that holds fewer than about 46 characters of its type becomes a card per
 * row, each figure under its column's name (`data-label`):
 * - `table.cards` on a hall screen (a kiosk, a wall TV), which cannot scroll sideways at all;
 * - `table.narrow-cards` anywhere (a phone, a sidebar, text at 200%): a row read down, not scrolled
 *   past its name. A matrix of short figures (a year of monthly ratings) leaves it off and scrolls.
 * The widget's host is the container, so `em` is its type size. The table's scroll box carries
 * `holds-cards`/`holds-narrow-cards` beside it (rather than `:has()`, which Chromium 105 brought).
 */
export const narrowCards = css`
  @container (max-width: 46em) {
    :host(:is([size='kiosk'], [presentation])) .table-scroll.holds-cards,
    .table-scroll.holds-narrow-cards {
      overflow: visible;
    }
    :host(:is([size='kiosk'], [presentation])) table.cards,
    :host(:is([size='kiosk'], [presentation])) table.cards :is(tbody, tfoot, tr, th, td),
    table.narrow-cards,
    table.narrow-cards :is(tbody, tfoot, tr, th, td) {
      display: block;
    }
    :host(:is([size='kiosk'], [presentation])) table.cards thead,
    table.narrow-cards thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    :host(:is([size='kiosk'], [presentation])) table.cards tr,
    table.narrow-cards tr {
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_border);
    }
    :host(:is([size='kiosk'], [presentation])) table.cards :is(th, td),
    table.narrow-cards :is(th, td) {
      border: 0;
      padding: 0.1em 0;
      text-align: left;
      background: none;
    }
    :host(:is([size='kiosk'], [presentation])) table.cards :is(th, td)[data-label]::before,
    table.narrow-cards :is(th, td)[data-label]::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
      font-weight: normal;
    }
  }
`;
