import { css } from 'lit';

export const serviceRulesStyles = css`
  :host {
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0.5rem 0;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: rule;
  }
  li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.75rem;
    padding: 0.6rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .no {
    font-weight: 700;
    font-size: 1.4em;
    color: var(--gk-service-rules-number, var(--_primary));
    min-width: 1.5em;
  }
  .title {
    font-weight: 600;
  }
  p {
    margin: 0.2rem 0;
    overflow-wrap: anywhere;
  }
  .basis {
    color: var(--_muted);
    font-size: 0.9em;
    font-size: max(var(--_font-min), 0.9em);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.4rem 0.5rem;
    text-align: left;
    vertical-align: middle;
  }
  thead th {
    background: var(--_surface);
  }
  img {
    width: 3rem;
    height: 4rem;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  a {
    color: var(--_link);
  }
  @container (max-width: 40rem) {
    thead {
      display: none;
    }
    td::before {
      content: attr(data-label) var(--_label-sep);
      color: var(--_muted);
    }
    td {
      border: none;
      padding: 0.1rem 0;
    }
    tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.4rem 0;
    }
  }
`;
