import { css } from 'lit';

export const processFlowStyles = css`
  :host {
    /* Component tokens, each falling back to a system token: a theme recolours the chart. */
    --_node-bg: var(--gk-process-flow-node-bg, var(--_bg));
    --_node-border: var(--gk-process-flow-node-border, var(--_text));
    --_start-bg: var(--gk-process-flow-start-bg, var(--_success-bg));
    --_decision-bg: var(--gk-process-flow-decision-bg, var(--_warn-bg));
    --_edge: var(--gk-process-flow-edge, var(--_muted));
    --_active: var(--gk-process-flow-active, var(--_primary));
  }
  .toolbar .total {
    margin-right: auto;
    font-weight: 600;
  }
  button {
    min-width: var(--_touch);
  }
  .viewport {
    overflow: auto;
    max-height: var(--gk-process-flow-max-height, 80vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: grab;
    touch-action: pan-x pan-y;
  }
  /* On a hall screen the whole chart is in the page, at the hall's type size: the screen pages through
     it (a step at a time, never cut through), rather than a box scrolled by hand or shrunk to fit. */
  :host(:is([presentation], [size='kiosk'])) .viewport {
    max-height: none;
    overflow: visible;
  }
  .viewport.panning {
    cursor: grabbing;
  }
  svg {
    display: block;
  }
  .node {
    cursor: pointer;
  }
  .node .shape {
    fill: var(--_node-bg);
    stroke: var(--_node-border);
    stroke-width: 1.5;
  }
  .node.start .shape,
  .node.end .shape {
    fill: var(--_start-bg);
    stroke-width: 2.5;
  }
  .node.decision .shape {
    fill: var(--_decision-bg);
  }
  .node.active .shape {
    stroke: var(--_active);
    stroke-width: 4;
  }
  .node.selected .shape {
    stroke-dasharray: 6 3;
  }
  .node:focus {
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .node:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
    fill: none;
  }
  .label {
    fill: var(--_text);
    font-weight: 600;
  }
  .meta {
    fill: var(--_muted);
    font-size: 0.82em;
  }
  .edge {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 1.5;
  }
  .edge.back {
    stroke-dasharray: 5 4;
  }
  .arrow {
    fill: var(--_edge);
  }
  .edge-label rect {
    fill: var(--_bg);
  }
  .edge-label text {
    fill: var(--_text);
    font-size: 0.85em;
  }
  .lane rect {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .lane:nth-of-type(even) rect {
    fill: var(--_bg);
  }
  .lane text {
    fill: var(--_muted);
    font-weight: 600;
  }
  .details {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
    background: var(--_surface);
  }
  .details h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .details p {
    margin: 0.15rem 0;
  }
  .problems {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .problems p {
    margin: 0 0 0.25rem;
    color: var(--_danger);
    font-weight: 600;
  }
  @media print {
    .toolbar button,
    .toolbar label {
      display: none;
    }
    .viewport {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    svg {
      max-width: 100%;
      height: auto;
    }
  }
`;
