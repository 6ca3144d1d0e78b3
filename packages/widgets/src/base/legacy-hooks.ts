/**
 * What the legacy loader (legacy/entry.ts) adds to every element in the engines it serves, installed
 * on `globalThis.gongkaiLegacy` before any element loads: container-query fallbacks for their styles
 * (legacy/container-fallback.ts). Today's engines never load it, so today's files carry only this
 * check.
 */
import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';

export interface LegacyHooks {
  /** An element class's finalized styles, rewritten for this engine. */
  styles(elementClass: object, styles: CSSResultOrNative[]): CSSResultOrNative[];
  /** Called by each new element, to attach what its rewritten styles need. */
  host(element: ReactiveControllerHost & HTMLElement): void;
}

export const legacyHooks = (): LegacyHooks | undefined => (globalThis as { gongkaiLegacy?: LegacyHooks }).gongkaiLegacy;
