import { css } from 'lit';

export const serviceGuideStyles = css`
  :host {
    container-type: inline-size;
  }
  header h2 {
    margin: 0 0 0.25rem;
    font-size: 1.4em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
  }
  /* A 事项编码 is one long unbroken run (30-odd digits and letters): on a phone, in large print or in a
     wide font, it wraps rather than pushing the page sideways. */
  .facts > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    color: var(--_primary);
    font-weight: 600;
  }
  .badge.visits {
    color: var(--_success);
  }
  .deadlines {
    display: flex;
    gap: 1.5rem;
    flex-wrap: wrap;
    margin: 0 0 0.75rem;
  }
  .deadlines strong {
    font-size: 1.2em;
  }
  nav.toc ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0 0 0.75rem;
    list-style: none;
  }
  nav.toc a {
    color: var(--_link);
    display: inline-block;
    min-height: var(--_touch);
    line-height: var(--_touch);
  }
  details.section {
    border-top: 1px solid var(--_border);
    padding: 0.25rem 0 0.5rem;
  }
  details.section > summary {
    cursor: pointer;
    min-height: var(--_touch);
    display: flex;
    align-items: center;
  }
  details.section > summary::before {
    content: '▸';
    width: 1.2em;
    color: var(--_muted);
  }
  details.section[open] > summary::before {
    content: '▾';
  }
  details.section > summary h3 {
    display: inline;
    margin: 0;
    font-size: 1.1em;
    color: var(--_primary);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
  }
  .warning {
    padding: 0.5rem 0.75rem;
    background: var(--_warn-bg);
    border-left: 4px solid var(--_danger);
    margin: 0.25rem 0;
  }
  .online {
    display: flex;
    gap: 1rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .qr {
    width: var(--gk-service-guide-qr-size, 9rem);
    height: var(--gk-service-guide-qr-size, 9rem);
  }
  :host([size='kiosk']) .qr {
    width: var(--gk-service-guide-qr-size-kiosk, 14rem);
    height: var(--gk-service-guide-qr-size-kiosk, 14rem);
  }
  figure {
    margin: 0;
    text-align: center;
  }
  a {
    color: var(--_link);
  }
  img.flowchart {
    max-width: 100%;
  }
  @container (max-width: 40rem) {
    thead {
      display: none;
    }
    tr {
      border: 1px solid var(--_border);
      margin-bottom: 0.5rem;
    }
    td {
      border: 0;
    }
    td[data-label]::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
    }
  }
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
    nav.toc {
      display: none;
    }
    details.section {
      break-inside: avoid-page;
    }
    a {
      color: inherit;
    }
  }
`;
