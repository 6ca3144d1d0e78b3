/**
 * Treemap cells for one level of the budget (the children of the node being viewed), computed with
 * d3-hierarchy's squarified layout. Cells too small to read are gathered into one "其他" cell.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import type { BudgetNode } from '@gongkai/sdk/core';

export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The budget line, or undefined for the gathered "其他" cell. */
  node?: BudgetNode;
  /** Lines gathered into "其他". */
  others?: BudgetNode[];
  value: number;
  /** Index into the palette (stable per line within a level). */
  colour: number;
}

interface Item {
  node?: BudgetNode;
  others?: BudgetNode[];
  value: number;
  colour: number;
}

/** A cell smaller than this (in px) in either direction, or in area, cannot hold a readable label. */
const MIN_SIDE = 28;
const MIN_AREA = 2200;

export function layoutCells(children: readonly BudgetNode[], width: number, height: number): Cell[] {
  const items: Item[] = children
    .filter((n) => (n.total ?? 0) > 0)
    .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
    .map((node, i) => ({ node, value: node.total ?? 0, colour: i }));
  const total = items.reduce((a, b) => a + b.value, 0);
  if (total <= 0 || width <= 0 || height <= 0) return [];
  // Anything whose share of the area would be too small to read goes into "其他".
  const area = width * height;
  const big = items.filter((it) => (it.value / total) * area >= MIN_AREA);
  const small = items.filter((it) => !big.includes(it));
  const list: Item[] =
    small.length > 1
      ? [...big, { others: small.map((s) => s.node!), value: small.reduce((a, s) => a + s.value, 0), colour: -1 }]
      : items;
  const root = hierarchy<{ children?: Item[] } | Item>({ children: list }, (d) =>
    'children' in d ? d.children : undefined,
  ).sum((d) => ('value' in d ? d.value : 0));
  treemap<{ children?: Item[] } | Item>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(root);
  return (root.leaves() as (typeof root & { x0: number; x1: number; y0: number; y1: number })[]).map((leaf) => {
    const d = leaf.data as Item;
    return {
      x: leaf.x0,
      y: leaf.y0,
      width: leaf.x1 - leaf.x0,
      height: leaf.y1 - leaf.y0,
      node: d.node,
      others: d.others,
      value: d.value,
      colour: d.colour,
    };
  });
}

/** Whether a label of `lines` lines, `textWidth` px wide, fits inside the cell. */
export function labelFits(cell: Cell, textWidth: number, lines: number, lineHeight: number): boolean {
  return cell.width >= Math.max(MIN_SIDE, textWidth + 8) && cell.height >= Math.max(MIN_SIDE, lines * lineHeight + 6);
}
