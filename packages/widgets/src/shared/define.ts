/**
 * Registers a custom element only if its tag is free. Two copies of the bundle on one portal page
 * (two departments' tags, maybe different versions) must not throw; the first one wins.
 */
import { warmIntl } from './warm-intl.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
  warmIntl();
}
