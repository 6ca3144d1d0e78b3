/** Form controls every widget shares: inherit the type, meet the touch-target size, follow the theme. */
import { css } from 'lit';

export const controls = css`
  input,
  select,
  button {
    font: inherit;
    min-height: var(--_touch);
    padding: 0 0.6rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-sizing: border-box;
  }
  button {
    cursor: pointer;
  }
`;
