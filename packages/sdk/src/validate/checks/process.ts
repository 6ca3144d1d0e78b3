/** Process semantics: edges join existing nodes, a start and an end exist, every node is reachable. */
import type { Process, ProcessList } from '../../model/process.js';
import type { IssueList, PathSegment } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkProcessList(data: ProcessList, out: IssueList): void {
  checkUniqueIds(data.processes, 'processes', out);
  data.processes.forEach((p, i) => checkProcess(p, ['processes', i], out));
}

export function checkProcess(p: Process, at: readonly PathSegment[], out: IssueList): void {
  const seen = new Map<string, number>();
  p.nodes.forEach((n, i) => {
    const prev = seen.get(n.id);
    if (prev !== undefined) out.error([...at, 'nodes', i, 'id'], 'duplicate_id', { id: n.id, first: prev });
    else seen.set(n.id, i + 1);
  });
  const next = new Map<string, string[]>(p.nodes.map((n) => [n.id, []]));
  p.edges.forEach((e, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!next.has(e[end])) out.error([...at, 'edges', i, end], 'edge_unknown_node', { node: e[end] });
    }
    next.get(e.from)?.push(e.to);
  });
  const starts = p.nodes.filter((n) => n.kind === 'start');
  if (starts.length === 0) out.error([...at, 'nodes'], 'no_start');
  if (!p.nodes.some((n) => n.kind === 'end')) out.error([...at, 'nodes'], 'no_end');
  if (starts.length === 0) return;

  const reached = new Set(starts.map((n) => n.id));
  const queue = [...reached];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const to of next.get(id) ?? []) {
      if (!reached.has(to) && next.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  p.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) out.error([...at, 'nodes', i], 'unreachable', { node: n.id });
    else if (n.kind !== 'end' && next.get(n.id)?.length === 0)
      out.warn([...at, 'nodes', i], 'dead_end', { node: n.id });
  });
}
