/**
 * The loader of the code that lays a process out (dagre-layout.ts, with dagre: ~17 kB gzip that
 * pages without a flowchart never download), and the shapes it makes (layout-types.ts).
 */
import type { Process } from '@gongkai/sdk/core';
import { loadOnce } from '../util/load-once.js';

export type { Direction, FlowLayout, Lane, LayoutOptions, PlacedEdge, PlacedNode } from './layout-types.js';
import type { FlowLayout, LayoutOptions } from './layout-types.js';

type Engine = typeof import('./dagre-layout.js');
let engine: Engine | undefined;

/** Loads the layout code with its library once; `layoutProcess` is synchronous after that. */
export const loadLayout = loadOnce(() => import('./dagre-layout.js').then((m) => (engine = m)));

export const layoutReady = () => engine !== undefined;

export function layoutProcess(process: Process, o: LayoutOptions): FlowLayout {
  if (!engine) throw new Error('layout library not loaded');
  return engine.layoutProcess(process, o);
}
