import { css } from 'lit';

export const departmentStyles = css`
  :host {
    --_tab-active: var(--gk-department-tab-active, var(--_primary));
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    margin-bottom: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
    overflow-wrap: anywhere;
  }
  .formula {
    margin: 0;
    color: var(--_muted);
  }
  /* Tabs wrap onto a second row on a phone rather than scroll sideways. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 1rem;
  }
  [role='tab'] {
    border: none;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0 1rem;
    background: none;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_tab-active);
    font-weight: 600;
    color: var(--_tab-active);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.75rem;
  }
  .picker select {
    max-width: 100%;
  }
  .panel > * {
    display: block;
  }
  /* A wall screen shows the section on screen, not the tabs to pick another. */
  :host([presentation]) .tabs {
    display: none;
  }
`;
