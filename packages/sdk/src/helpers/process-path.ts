/** The promised total time of a procedure: the longest start→end path in working days, loops ignored. */
import type { Process } from '../model/process.js';

/**
 * More steps than this are listed as text, not drawn: such a chart is unreadable and slow to lay out.
 * The widget and the printed poster follow the same rule.
 */
export const MAX_CHART_NODES = 300;

export interface CriticalPath {
  /** The sum of the path's published step times; a step with none counts nothing here. */
  days: number;
  /** Node ids along the path, start first. */
  nodes: string[];
  /**
   * Steps on the path that publish no time limit. When there are any, `days` is not the total: the
   * total is unknown (never 即办), and a reader should be shown the guide's promised time or 未注明.
   */
  unknown: string[];
}

export function longestPathDays(process: Process): CriticalPath {
  const days = new Map(process.nodes.map((n) => [n.id, n.days ?? 0]));
  const out = new Map<string, string[]>(process.nodes.map((n) => [n.id, []]));
  for (const e of process.edges) if (out.has(e.to)) out.get(e.from)?.push(e.to);

  // Depth-first from the starts, with a stack of our own (a 10,000-step chain must not overflow the
  // call stack); an edge into a node still on the stack loops back (补正) and is ignored.
  const best = new Map<string, { days: number; next?: string }>();
  const state = new Map<string, 'open' | 'done'>();
  for (const n of process.nodes) {
    if (n.kind !== 'start' || state.has(n.id)) continue;
    const stack = [{ id: n.id, i: 0 }];
    state.set(n.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const nexts = out.get(top.id) ?? [];
      if (top.i < nexts.length) {
        const next = nexts[top.i++]!;
        if (!state.has(next)) {
          state.set(next, 'open');
          stack.push({ id: next, i: 0 });
        }
        continue;
      }
      let tail: { days: number; next?: string } = { days: 0 };
      for (const next of nexts) {
        const b = state.get(next) === 'done' ? best.get(next) : undefined;
        if (b && (tail.next === undefined || b.days > tail.days)) tail = { days: b.days, next };
      }
      best.set(top.id, { days: (days.get(top.id) ?? 0) + tail.days, next: tail.next });
      state.set(top.id, 'done');
      stack.pop();
    }
  }
  let start: string | undefined;
  for (const n of process.nodes) {
    const b = n.kind === 'start' ? best.get(n.id) : undefined;
    if (b && (start === undefined || b.days > best.get(start)!.days)) start = n.id;
  }
  const nodes: string[] = [];
  for (let id = start; id !== undefined; id = best.get(id)?.next) nodes.push(id);
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  const unknown = nodes.filter((id) => {
    const n = byId.get(id);
    return n !== undefined && (n.kind === 'step' || n.kind === 'decision') && n.days === undefined;
  });
  return { days: start === undefined ? 0 : best.get(start)!.days, nodes, unknown };
}
