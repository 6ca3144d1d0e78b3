/**
 * The 类 → 款 → 项 hierarchy of a budget, built from the codes. Each node carries both the total
 * as published and the sum of its children, so a viewer can show a mismatch instead of hiding it.
 */
import type { BudgetLine } from '../model/budget.js';
import { sumTolerance } from '../rules/tolerance.js';
import { codeLevel, parentCode, type CodeLevel } from '../rules/classification.js';

export interface BudgetNode {
  code: string;
  name: string;
  level: CodeLevel;
  /** The published line; undefined for a parent the table left out (synthesized from its children). */
  line?: BudgetLine;
  /** What the table states, or the children's sum when the table states nothing. */
  total: number | null;
  /** Sum of the children's totals; null for a leaf or when no child reported a figure. */
  childrenSum: number | null;
  /** True when the published total and the children's sum disagree beyond rounding. */
  mismatch: boolean;
  children: BudgetNode[];
}

export interface BudgetTree {
  roots: BudgetNode[];
  /** Sum of the 类 totals. */
  total: number;
  byCode: Map<string, BudgetNode>;
}

export function buildBudgetTree(lines: readonly BudgetLine[]): BudgetTree {
  const byCode = new Map<string, BudgetNode>();
  const ensure = (code: string): BudgetNode => {
    let node = byCode.get(code);
    if (!node) {
      node = {
        code,
        name: code,
        level: codeLevel(code),
        total: null,
        childrenSum: null,
        mismatch: false,
        children: [],
      };
      byCode.set(code, node);
    }
    return node;
  };
  for (const line of lines) {
    const node = ensure(line.code);
    node.line = line;
    node.name = line.name;
  }
  // Link each node to its parent, creating parents the table omitted (and their parents in turn).
  const linked = new Set<string>();
  const link = (node: BudgetNode): void => {
    if (linked.has(node.code)) return;
    linked.add(node.code);
    const parent = parentCode(node.code);
    if (parent === undefined) return;
    const p = ensure(parent);
    p.children.push(node);
    link(p);
  };
  for (const node of [...byCode.values()]) link(node);
  const roots = [...byCode.values()].filter((n) => n.level === 'class').sort(byCodeOrder);
  let total = 0;
  for (const root of roots) {
    rollUp(root);
    total += root.total ?? 0;
  }
  return { roots, total, byCode };
}

function byCodeOrder(a: BudgetNode, b: BudgetNode): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function rollUp(node: BudgetNode): void {
  node.children.sort(byCodeOrder);
  let sum = 0;
  let reported = 0;
  for (const child of node.children) {
    rollUp(child);
    if (child.total !== null) {
      sum += child.total;
      reported++;
    }
  }
  node.childrenSum = reported > 0 ? sum : null;
  const published = node.line?.total ?? null;
  node.total = published ?? node.childrenSum;
  node.mismatch =
    published !== null && node.childrenSum !== null && Math.abs(published - node.childrenSum) > sumTolerance(reported);
}

/** Depth-first walk, parents before children. */
export function* walkBudgetTree(nodes: readonly BudgetNode[]): Generator<BudgetNode> {
  for (const n of nodes) {
    yield n;
    yield* walkBudgetTree(n.children);
  }
}
