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
  /* The row of controls above a table or chart. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  /* A checkbox with its label, as tall as the other controls. */
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: var(--_touch);
  }
  label.check input {
    min-height: 0;
    width: 1.1em;
    height: 1.1em;
  }
  /* On a touch kiosk the box itself is a full target (older fingers aim at the box, not its label). */
  :host([size='kiosk']) label.check input {
    width: var(--_touch);
    height: var(--_touch);
  }
`;
