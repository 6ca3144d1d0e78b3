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
interface Trail {
  key: string | number;
  up: Trail | undefined;
}

const pathOf = (trail: Trail | undefined): LeafPath => {
  const path: LeafPath = [];
  for (let t = trail; t; t = t.up) path.push(t.key);
  return path.reverse();
};

/**
 * Calls `visit` for every string in `root` (not `root` itself), in document order, with the key and
 * object holding it; `path()` makes its path only when asked (a 300,000-fee list has millions).
 */
export function walkStrings(
  root: unknown,
  visit: (value: string, key: string | number, parent: object, path: () => LeafPath) => void,
): void {
  const stack: { value: unknown; trail: Trail | undefined; parent: object | undefined }[] = [
    { value: root, trail: undefined, parent: undefined },
  ];
  while (stack.length) {
    const { value, trail, parent } = stack.pop()!;
    if (typeof value === 'string') {
      if (parent && trail) visit(value, trail.key, parent, () => pathOf(trail));
    } else if (value !== null && typeof value === 'object') {
      const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = (value as Record<string | number, unknown>)[key];
        // Numbers, booleans and nulls hold no text: not stacked.
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, trail: { key, up: trail }, parent: value });
        else if (typeof child === 'string') stack.push({ value: child, trail: { key, up: trail }, parent: value });
      }
    }
  }
}

export function stringLeaves(root: unknown): StringLeaf[] {
  const leaves: StringLeaf[] = [];
  walkStrings(root, (value, _key, parent, path) => leaves.push({ path: path(), value, parent }));
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
