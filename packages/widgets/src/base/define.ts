/**
 * Registers a custom element for this copy of the widgets, unless another copy registered the tag
 * first (see claim.ts): the first copy wins every tag, whatever order the files arrive in; a later
 * copy never throws and says once, in the console, which two versions met.
 */
import { claimTag, warnNotUsed, type Copy } from './claim.js';
import { VERSION } from './version.js';
import { warmIntl } from '../util/warm-intl.js';

type Versioned = CustomElementConstructor & { version?: string };

/** This copy: the file this module was bundled into (read once, while a classic script still knows its URL). */
const COPY: Copy = { url: import.meta.url, version: VERSION };

export function define(tag: string, ctor: Versioned): void {
  const owner = claimTag(tag, COPY);
  const existing = customElements.get(tag) as Versioned | undefined;
  if (owner.url === COPY.url && !existing) customElements.define(tag, ctor);
  else if (existing !== ctor) {
    const mine = { url: COPY.url, version: ctor.version ?? VERSION };
    const first = owner.url === COPY.url ? { url: owner.url, version: existing?.version } : owner;
    // The same file of the same version run twice (one script tag pasted twice) changes nothing.
    if (first.url !== mine.url || first.version !== mine.version) warnNotUsed(mine, first);
  }
  warmIntl();
}
