/**
 * Every string in a JSON value, with its path, in document order; and the value with some of them
 * replaced. No recursion (a record nested 30,000 levels deep is walked like any other), and only the
 * objects on the way to a changed string are copied.
 */
export type LeafPath = (string | number)[];

export interface StringLeaf {
  path: LeafPath;
  value: string;
  /** The object or array holding the string. */
  parent: object;
}

/** A path kept as a link to its parent's, so a deep value does not copy its path at every level. */
export interface Trail {
  key: string | number;
  up: Trail | undefined;
}

/** The path of the value at `key` inside the container reached by `up`. */
export const leafPath = (up: Trail | undefined, key: string | number): LeafPath => {
  const path: LeafPath = [key];
  for (let t = up; t; t = t.up) path.push(t.key);
  return path.reverse();
};

/**
 * Calls `visit` for every string in `root` (not `root` itself), in document order, with its key, the
 * object holding it and where that object is: `leafPath(up, key)` makes the path only when asked (a
 * 300,000-fee list has millions of strings).
 */
export function walkStrings(
  root: unknown,
  visit: (value: string, key: string | number, parent: object, up: Trail | undefined) => void,
): void {
  type Entry = { value: unknown; key: string | number; parent: object; up: Trail | undefined };
  // Values still to read, last first. A container's strings before its first child container are
  // visited at once (most strings: no stack entry for them); the rest wait their turn, in order.
  const stack: (Entry | { value: object; trail: undefined })[] = [];
  if (root !== null && typeof root === 'object') stack.push({ value: root, trail: undefined });
  while (stack.length) {
    const e = stack.pop()!;
    if ('key' in e && typeof e.value === 'string') {
      visit(e.value, e.key, e.parent, e.up);
      continue;
    }
    const value = e.value as object;
    const trail = 'key' in e ? { key: e.key, up: e.up } : undefined;
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    const later: Entry[] = [];
    for (let i = 0; i < size; i++) {
      const key = keys ? keys[i]! : i;
      const child = (value as Record<string | number, unknown>)[key];
      if (typeof child === 'string' && !later.length) visit(child, key, value, trail);
      else if (typeof child === 'string' || (child !== null && typeof child === 'object'))
        later.push({ value: child, key, parent: value, up: trail });
    }
    for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
  }
}

export function stringLeaves(root: unknown): StringLeaf[] {
  const leaves: StringLeaf[] = [];
  walkStrings(root, (value, key, parent, up) => leaves.push({ path: leafPath(up, key), value, parent }));
  return leaves;
}

/** `root` with the strings at `changes`' paths replaced (paths from `stringLeaves`). */
export function withStrings<T>(root: T, changes: readonly { path: LeafPath; value: string }[]): T {
  if (!changes.length || root === null || typeof root !== 'object') return root;
  type Node = Record<string | number, unknown>;
  const made = new Set<unknown>();
  const copy = (o: object): Node => {
    const c = (Array.isArray(o) ? [...o] : { ...o }) as Node;
    made.add(c);
    return c;
  };
  const top = copy(root);
  for (const { path, value } of changes) {
    let node = top;
    for (let i = 0; i < path.length - 1; i++) {
      const child = node[path[i]!] as object;
      node = (made.has(child) ? child : (node[path[i]!] = copy(child))) as Node;
    }
    node[path[path.length - 1]!] = value;
  }
  return top as T;
}
