/** Arrow-key moves between flowchart nodes: the nearest node in that direction, favouring straight lines. */
import type { PlacedNode } from './layout.js';

export function nearestInDirection(
  nodes: readonly PlacedNode[],
  fromId: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string | undefined {
  const from = nodes.find((n) => n.node.id === fromId);
  if (!from) return undefined;
  const [ux, uy] = ({ ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] } as const)[key];
  let best: { id: string; score: number } | undefined;
  for (const n of nodes) {
    if (n === from) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 1) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const score = along + across * 2;
    if (!best || score < best.score) best = { id: n.node.id, score };
  }
  return best?.id;
}
