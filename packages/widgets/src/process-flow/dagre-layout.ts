/**
 * Lays out a process as a layered graph with dagre. With swimlanes, dagre still orders the steps;
 * each lane then gets its own band across the flow and edges are routed as elbows between the
 * bands. Loaded on first use with the library (see layout.ts), so it imports only types besides.
 */
import * as dagre from '@dagrejs/dagre';
import type { Process } from '@gongkai/sdk/core';
import type { FlowLayout, Lane, LayoutOptions, PlacedEdge, PlacedNode } from './layout-types.js';

/**
 * Node ids as dagre's keys: dagre keeps nodes in plain objects, where an id such as `constructor`
 * or `__proto__` would collide with Object.prototype, so every id gets a prefix.
 */
const key = (id: string) => `n:${id}`;

/** Greedy line breaking that suits Chinese (breaks anywhere) and keeps Latin words whole. */
export function wrap(text: string, maxWidth: number, measure: (t: string) => number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:;'"()\-/]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && measure(line + t) > maxWidth) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim()) lines.push(line.trim());
  // No character alone on the last line ("补正材/料"): move characters down from the line above
  // while it keeps more than the last one has ("补正/材料").
  const last = lines.length - 1;
  while (last > 0 && [...lines[last]!].length === 1 && [...lines[last - 1]!].length > 2) {
    const above = [...lines[last - 1]!];
    if (!CJK_CHAR.test(above.at(-1)!)) break;
    lines[last] = above.pop()! + lines[last];
    lines[last - 1] = above.join('');
  }
  return lines.length ? lines : [''];
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

export function layoutProcess(process: Process, o: LayoutOptions): FlowLayout {
  const lineHeight = o.fontSize * 1.35;
  const pad = o.fontSize * 0.9;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: o.direction,
    nodesep: o.fontSize * 2.2,
    ranksep: o.fontSize * 3.2,
    edgesep: o.fontSize,
    marginx: 8,
    marginy: 8,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, { width: number; height: number; lines: string[]; meta: string[] }>();
  for (const n of process.nodes) {
    const lines = wrap(n.label, o.fontSize * 9, o.measure);
    const meta = o.meta(n);
    const textWidth = Math.max(...lines.map(o.measure), ...meta.map((m) => o.measure(m) * 0.85));
    let width = Math.max(o.fontSize * 6, textWidth + pad * 2);
    let height = (lines.length + meta.length * 0.9) * lineHeight + pad * 1.4;
    if (n.kind === 'decision') {
      width *= 1.45; // the text must fit inside a diamond
      height *= 1.6;
    }
    sizes.set(n.id, { width, height, lines, meta });
    g.setNode(key(n.id), { width, height });
  }
  process.edges.forEach((e, i) => {
    if (!sizes.has(e.from) || !sizes.has(e.to)) return;
    const lw = e.label ? o.measure(e.label) * 0.85 + 8 : 0;
    g.setEdge(key(e.from), key(e.to), { width: lw, height: e.label ? lineHeight : 0, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);

  const nodes: PlacedNode[] = process.nodes.map((n) => {
    const p = g.node(key(n.id));
    const s = sizes.get(n.id)!;
    return { node: n, x: p.x ?? 0, y: p.y ?? 0, width: s.width, height: s.height, lines: s.lines, meta: s.meta };
  });
  const rankPos = (p: PlacedNode) => (o.direction === 'LR' ? p.x : p.y);
  const edges: PlacedEdge[] = [];
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes) if (!placed.has(n.node.id)) placed.set(n.node.id, n);
  process.edges.forEach((e, i) => {
    const lab = g.edge({ v: key(e.from), w: key(e.to), name: `e${i}` });
    if (!lab) return;
    const pts: Point[] = (lab.points ?? []).map((p: Point) => ({ x: p.x, y: p.y }));
    const a = placed.get(e.from)!;
    const b = placed.get(e.to)!;
    // Dagre ends an edge on its node's box; a decision is drawn as the diamond inside that box.
    if (pts.length > 1) {
      if (a.node.kind === 'decision') pts[0] = ontoDiamond(a, pts[0]!);
      if (b.node.kind === 'decision') pts[pts.length - 1] = ontoDiamond(b, pts[pts.length - 1]!);
    }
    edges.push({
      from: e.from,
      to: e.to,
      label: e.label,
      points: pts,
      labelX: lab.x ?? 0,
      labelY: lab.y ?? 0,
      labelWidth: lab.width ?? 0,
      back: rankPos(b) < rankPos(a),
    });
  });
  const graph = g.graph();
  const layout: FlowLayout = {
    direction: o.direction,
    fontSize: o.fontSize,
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes,
    edges,
    lanes: [],
  };
  return o.lanes ? intoLanes(layout, o.fontSize, process.edges) : layout;
}

interface Point {
  x: number;
  y: number;
}

/**
 * Where the line from a diamond's centre to `p` (a point on its box, where dagre ends the edge)
 * crosses the diamond's outline: the edge then touches the shape, not the empty corner of its box.
 */
export function ontoDiamond(n: { x: number; y: number; width: number; height: number }, p: Point): Point {
  const dx = p.x - n.x;
  const dy = p.y - n.y;
  const reach = Math.abs(dx) / (n.width / 2) + Math.abs(dy) / (n.height / 2);
  if (reach <= 1) return p; // already on or inside the outline
  return { x: n.x + dx / reach, y: n.y + dy / reach };
}

/**
 * Each node's lane: its own lane or owner; a node without either (a start or an end) joins the lane
 * of the step it leads to or comes from, so no lane is labelled "—".
 */
function lanesOf(l: FlowLayout, edges: readonly { from: string; to: string }[]): (n: PlacedNode) => string {
  const own = new Map(l.nodes.map((n) => [n.node.id, n.node.lane ?? n.node.owner]));
  const fallback = [...own.values()].find((v) => v !== undefined) ?? '';
  const lane = new Map<string, string>();
  for (const n of l.nodes) {
    const id = n.node.id;
    const next = edges.find((e) => e.from === id && own.get(e.to) !== undefined)?.to;
    const prev = edges.find((e) => e.to === id && own.get(e.from) !== undefined)?.from;
    lane.set(id, own.get(id) ?? own.get(next ?? '') ?? own.get(prev ?? '') ?? fallback);
  }
  return (n) => lane.get(n.node.id)!;
}

/** Moves nodes into one band per lane (owner) across the flow, keeping dagre's order along it. */
function intoLanes(l: FlowLayout, fontSize: number, edges: readonly { from: string; to: string }[]): FlowLayout {
  const lr = l.direction === 'LR';
  const laneOf = lanesOf(l, edges);
  const names = [...new Set(l.nodes.map(laneOf))];
  const gap = fontSize * 1.5;
  const header = fontSize * 6;
  let offset = 0;
  const lanes: Lane[] = [];
  const along = Math.max(...l.nodes.map((n) => (lr ? n.x + n.width / 2 : n.y + n.height / 2))) + 8;
  const alongOf = (n: PlacedNode) => Math.round(lr ? n.x : n.y);
  for (const name of names) {
    const members = l.nodes.filter((n) => laneOf(n) === name);
    // Nodes of one lane that dagre put at the same place along the flow would land on each other:
    // they are stacked across the lane instead.
    const stacks = new Map<number, PlacedNode[]>();
    for (const n of members) (stacks.get(alongOf(n)) ?? stacks.set(alongOf(n), []).get(alongOf(n))!).push(n);
    const across = (n: PlacedNode) => (lr ? n.height : n.width);
    const thick = Math.max(...[...stacks.values()].map((s) => s.reduce((t, n) => t + across(n) + gap, gap)));
    for (const stack of stacks.values()) {
      let at = offset + (thick - stack.reduce((t, n) => t + across(n) + gap, -gap)) / 2;
      for (const n of stack) {
        if (lr) {
          n.y = at + n.height / 2;
          n.x += header;
        } else {
          n.x = at + n.width / 2;
          n.y += header;
        }
        at += across(n) + gap;
      }
    }
    lanes.push(
      lr
        ? { name, x: 0, y: offset, width: along + header, height: thick }
        : { name, x: offset, y: 0, width: thick, height: along + header },
    );
    offset += thick;
  }
  const byId = new Map(l.nodes.map((n) => [n.node.id, n]));
  for (const e of l.edges) {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    // Elbow: leave along the flow, cross between lanes halfway, enter along the flow.
    if (lr) {
      const sx = a.x + (e.back ? -a.width / 2 : a.width / 2);
      const tx = b.x + (e.back ? b.width / 2 : -b.width / 2);
      const mx = (sx + tx) / 2;
      e.points = [
        { x: sx, y: a.y },
        { x: mx, y: a.y },
        { x: mx, y: b.y },
        { x: tx, y: b.y },
      ];
      e.labelX = mx;
      e.labelY = (a.y + b.y) / 2;
    } else {
      const sy = a.y + (e.back ? -a.height / 2 : a.height / 2);
      const ty = b.y + (e.back ? b.height / 2 : -b.height / 2);
      const my = (sy + ty) / 2;
      e.points = [
        { x: a.x, y: sy },
        { x: a.x, y: my },
        { x: b.x, y: my },
        { x: b.x, y: ty },
      ];
      e.labelX = (a.x + b.x) / 2;
      e.labelY = my;
    }
  }
  return { ...l, width: lr ? along + header : offset, height: lr ? offset : along + header, lanes };
}
