/** The promised total time of a procedure: the longest start→end path in working days, loops ignored. */
import type { Process } from '../model/process.js';

export interface CriticalPath {
  days: number;
  /** Node ids along the path, start first. */
  nodes: string[];
}

export function longestPathDays(process: Process): CriticalPath {
  const days = new Map(process.nodes.map((n) => [n.id, n.days ?? 0]));
  const out = new Map<string, string[]>(process.nodes.map((n) => [n.id, []]));
  for (const e of process.edges) if (out.has(e.to)) out.get(e.from)?.push(e.to);

  // Depth-first from the starts; an edge into a node still on the stack loops back (补正) and is ignored.
  const best = new Map<string, CriticalPath>();
  const onStack = new Set<string>();
  const visit = (id: string): CriticalPath => {
    const known = best.get(id);
    if (known) return known;
    onStack.add(id);
    let tail: CriticalPath = { days: 0, nodes: [] };
    for (const next of out.get(id) ?? []) {
      if (onStack.has(next)) continue;
      const p = visit(next);
      if (p.days > tail.days || tail.nodes.length === 0) tail = p;
    }
    onStack.delete(id);
    const path = { days: (days.get(id) ?? 0) + tail.days, nodes: [id, ...tail.nodes] };
    best.set(id, path);
    return path;
  };
  let result: CriticalPath = { days: 0, nodes: [] };
  for (const n of process.nodes) {
    if (n.kind !== 'start') continue;
    const p = visit(n.id);
    if (p.days > result.days || result.nodes.length === 0) result = p;
  }
  return result;
}
