import { css } from 'lit';

export const catalogueStyles = css`
  :host {
    container-type: inline-size;
  }
  input[type='search'] {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .summary {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  section + section {
    margin-top: 1rem;
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    margin: 0 0 0.5rem;
  }
  h3 .count {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  ul.entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li.entry {
    border: 1px solid var(--_border);
    border-left-width: 0.35rem;
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    background: var(--_bg);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  li.entry[data-state='unlinked'] {
    border-left-color: var(--_muted);
  }
  li.entry[data-state='late'] {
    border-left-color: var(--_danger);
  }
  li.entry[data-state='published'] {
    border-left-color: var(--_success);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .name {
    margin: 0;
    font-weight: 600;
  }
  .state {
    flex: none;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.9em;
    border: 1px solid currentColor;
  }
  .state[data-state='published'] {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .state[data-state='late'] {
    color: var(--_danger);
    background: var(--_warn-bg);
  }
  .state[data-state='unlinked'] {
    color: var(--_text);
    background: var(--_surface);
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.15rem 0.75rem;
    margin: 0.4rem 0 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  /* On a phone the labels go above their values: the values keep the full width. */
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd + dt {
      margin-top: 0.25rem;
    }
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links a {
    color: var(--_link);
    display: inline-flex;
    align-items: center;
    min-height: var(--_touch);
  }
  .late-detail {
    color: var(--_danger);
  }
  .as-of {
    color: var(--_muted);
  }
`;
