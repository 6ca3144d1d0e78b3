/**
 * Registers a custom element only if its tag is free. Two copies of the bundle on one portal page
 * (two departments' tags, maybe different versions) must not throw; the first one wins, and a
 * different version is named in the console so the webmaster can remove one.
 */
import { warmIntl } from '../util/warm-intl.js';

type Versioned = CustomElementConstructor & { version?: string };

export function define(tag: string, ctor: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `<${tag}> 已由 Gongkai ${existing.version ?? '?'} 注册，本页另一份 ${ctor.version ?? '?'} 未生效；请只引用一份脚本。` +
        ` / <${tag}> is already defined by Gongkai ${existing.version ?? '?'}; this copy (${ctor.version ?? '?'}) ` +
        'is not used. Load one copy of the script per page.',
    );
  }
  warmIntl();
}
