import { css } from 'lit';

/** Component token: --gk-search-mark (default --gk-color-mark) for the matched words. */
export const searchStyles = css`
  :host {
    display: block;
  }
  .box {
    display: grid;
    gap: 0.25rem;
  }
  .label {
    font-weight: 600;
  }
  input[type='search'] {
    width: 100%;
    box-sizing: border-box;
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block: 0.75rem;
  }
  .facets select {
    max-width: 100%;
  }
  ol {
    padding-inline-start: 1.5em;
  }
  li {
    margin-block: 0.75rem;
  }
  .meta,
  .count {
    color: var(--_muted);
    margin: 0.15rem 0;
  }
  .excerpt {
    margin: 0.15rem 0;
  }
  mark {
    background: var(--gk-search-mark, var(--_mark));
    color: inherit;
  }
  .problem {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75rem;
  }
`;
