/** The shapes of a laid-out process: what the layout code makes and the chart draws. */
import type { ProcessNode } from '@gongkai/sdk/core';

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
