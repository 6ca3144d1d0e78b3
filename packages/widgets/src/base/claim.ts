/**
 * Which copy of Gongkai owns each gk-* tag on a page. Two copies may be loaded on one portal page (two
 * departments' snippets, an old and a new version, the classic script beside the module); whichever
 * registered a tag first keeps it, and a later copy defines none of the tags it finds taken, even
 * before the first copy's element code has arrived (the one-tag loader claims its tags when it starts
 * and loads them later). A page-wide registry keyed by `Symbol.for`, so every copy finds the same one.
 */

/** One copy of the widgets: the URL of the file holding its element base, and its version. */
export interface Copy {
  url: string;
  version: string;
}

interface Registry {
  tags: Map<string, Copy>;
  /** Copies already told they are not used (one warning per copy). */
  warned: Set<string>;
}

const KEY = Symbol.for('gongkai.widgets.tags');

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  return (g[KEY] ??= { tags: new Map(), warned: new Set() });
}

/** Claims `tag` for `mine` unless another copy has; gives the copy that owns it now. */
export function claimTag(tag: string, mine: Copy): Copy {
  const tags = registry().tags;
  const owner = tags.get(tag);
  if (owner) return owner;
  tags.set(tag, mine);
  return mine;
}

/** Tells the webmaster, once per losing copy, which copy is used and which is not. */
export function warnNotUsed(mine: Copy, owner: Copy | { version?: string; url?: string }): void {
  const warned = registry().warned;
  if (warned.has(mine.url)) return;
  warned.add(mine.url);
  const first = `Gongkai ${owner.version ?? '?'}${owner.url ? ` (${owner.url})` : ''}`;
  const second = `Gongkai ${mine.version} (${mine.url})`;
  console.warn(
    `本页已有 ${first} 注册了 <gk-*> 元素，另一份 ${second} 未生效；请只引用一份脚本。` +
      ` / ${first} already registered the <gk-*> elements on this page; ${second} is not used.` +
      ' Load one copy of the script per page.',
  );
}
