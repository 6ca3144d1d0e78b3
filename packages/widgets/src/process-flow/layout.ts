/**
 * The shapes of a laid-out process, and the loader of the code that lays it out (dagre-layout.ts,
 * with dagre: ~17 kB gzip that pages without a flowchart never download).
 */
import type { Process, ProcessNode } from '@gongkai/sdk/core';
import { loadOnce } from '../util/load-once.js';

export type Direction = 'TB' | 'LR';

export interface PlacedNode {
  node: ProcessNode;
  /** Centre, size. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  meta: string[];
}

export interface PlacedEdge {
  from: string;
  to: string;
  label?: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  labelWidth: number;
  /** The edge goes against the flow (补正 back to the applicant). */
  back: boolean;
}

export interface Lane {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLayout {
  direction: Direction;
  fontSize: number;
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  lanes: Lane[];
}

export interface LayoutOptions {
  direction: Direction;
  lanes: boolean;
  /** Width in px of a text at the chart's font size. */
  measure: (text: string) => number;
  fontSize: number;
  /** Text under the label: owner and time limit. */
  meta: (node: ProcessNode) => string[];
}

type Engine = typeof import('./dagre-layout.js');
let engine: Engine | undefined;

/** Loads the layout code with its library once; `layoutProcess` is synchronous after that. */
export const loadLayout = loadOnce(() => import('./dagre-layout.js').then((m) => (engine = m)));

export const layoutReady = () => engine !== undefined;

export function layoutProcess(process: Process, o: LayoutOptions): FlowLayout {
  if (!engine) throw new Error('layout library not loaded');
  return engine.layoutProcess(process, o);
}
