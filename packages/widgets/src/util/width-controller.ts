/**
 * The width a widget lays out in, through Lit's ResizeController, measured on a zero-height probe at
 * the top of the widget. Laying out again changes the widget's height, never the probe's size, so a
 * re-layout made in the update the controller requests cannot loop the ResizeObserver ("loop
 * completed with undelivered notifications").
 */
import { html, type ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

export class WidthController extends ResizeController<number> {
  constructor(host: ReactiveControllerHost & Element) {
    let last = 0;
    // The controller's first call has no entries: keep the last width until the observer reports one.
    super(host, {
      target: null,
      callback: (entries) => (last = Math.floor(entries.at(-1)?.contentRect.width ?? last)),
    });
  }

  /** Render this first in the widget; its width is the controller's `value`. */
  probe() {
    return html`<div class="gk-width-probe" aria-hidden="true" ${this.target()}></div>`;
  }
}
