/**
 * The 类 → 款 → 项 hierarchy of a budget, built from the codes. Each node carries the total as
 * published and, apart from it, the sum of its children, so a viewer shows a mismatch instead of
 * hiding it and never passes our sum off as a published figure.
 */
import type { BudgetLine } from '../model/budget.js';
import { sumTolerance } from '../rules/tolerance.js';
import { codeLevel, parentCode, type CodeLevel } from '../rules/classification.js';
import { endsStep, runSteps, type Steps } from './steps.js';

export interface BudgetNode {
  /** A key unique in the tree: the 科目编码, or for a row printed without one, its place ("208/#3"). */
  key: string;
  /** The printed 科目编码; undefined for a row printed without one. */
  code?: string;
  name: string;
  level: CodeLevel;
  /** The key of the node above; undefined for a 类. */
  parentKey?: string;
  /** The published line; undefined for a parent the table left out (synthesized from its children). */
  line?: BudgetLine;
  /** The total as published; null when the cell is blank or the line was not printed. */
  total: number | null;
  /** Sum of the children's values; null for a leaf or when no child has a figure. Our arithmetic. */
  childrenSum: number | null;
  /** What the chart sizes the node by: the published total, else the children's sum (marked computed). */
  value: number | null;
  /** True when `value` is our sum, not a published figure. */
  computed: boolean;
  /** True when the published total and the children's sum disagree beyond rounding. */
  mismatch: boolean;
  children: BudgetNode[];
}

export interface BudgetTree {
  roots: BudgetNode[];
  /** Sum of the 类 values (our arithmetic; the published 合计 is the dataset's `total`). */
  total: number;
  byKey: Map<string, BudgetNode>;
  /** @deprecated the same map as `byKey`, kept for callers of model version 1 (keys are codes there). */
  byCode: Map<string, BudgetNode>;
}

const LEVEL_BELOW: Record<CodeLevel, CodeLevel> = { class: 'section', section: 'item', item: 'item' };

function node(key: string, name: string, level: CodeLevel, code?: string): BudgetNode {
  const n: BudgetNode = {
    key,
    name,
    level,
    total: null,
    childrenSum: null,
    value: null,
    computed: false,
    mismatch: false,
    children: [],
  };
  if (code !== undefined) n.code = code;
  return n;
}

export function buildBudgetTree(lines: readonly BudgetLine[]): BudgetTree {
  return runSteps(budgetTreeSteps(lines));
}

/** `buildBudgetTree` as steps, for a page to run a slice at a time (`runStepsSoon`). */
export function* budgetTreeSteps(lines: readonly BudgetLine[]): Steps<BudgetTree> {
  const byKey = new Map<string, BudgetNode>();
  /** Coded nodes in the order made, parents the table omitted included (each linked below once). */
  const coded: BudgetNode[] = [];
  const ensure = (code: string): BudgetNode => {
    let n = byKey.get(code);
    if (!n) {
      byKey.set(code, (n = node(code, code, codeLevel(code), code)));
      coded.push(n);
    }
    return n;
  };
  // Rows printed without a code sit under the coded 类 or 款 printed above them.
  const uncoded = new Map<string, BudgetNode[]>();
  const roots: BudgetNode[] = [];
  let context: BudgetNode | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (endsStep(i)) yield;
    const line = lines[i]!;
    if (line.code === undefined) {
      const parentKey = context?.key ?? '';
      const n = node(`${parentKey}/#${i + 1}`, line.name, context ? LEVEL_BELOW[context.level] : 'class');
      n.line = line;
      byKey.set(n.key, n);
      if (context) {
        n.parentKey = context.key;
        const kids = uncoded.get(context.key);
        if (kids) kids.push(n);
        else uncoded.set(context.key, [n]);
      } else roots.push(n);
      continue;
    }
    const n = ensure(line.code);
    n.line = line;
    n.name = line.name;
    const parent = n.level === 'item' ? parentCode(line.code) : undefined;
    context = parent ? ensure(parent) : n;
  }
  // Link each coded node to its parent, creating parents the table omitted (appended to `coded`, so
  // they are linked in turn).
  for (let i = 0; i < coded.length; i++) {
    if (endsStep(i)) yield;
    const n = coded[i]!;
    const parent = parentCode(n.code!);
    if (parent === undefined) continue;
    const p = ensure(parent);
    n.parentKey = p.key;
    p.children.push(n);
  }
  for (let i = 0; i < coded.length; i++) {
    if (endsStep(i)) yield;
    const n = coded[i]!;
    if (n.children.length > 1 && !inCodeOrder(n.children)) n.children.sort(byCodeOrder);
  }
  for (const [key, kids] of uncoded) byKey.get(key)!.children.push(...kids);
  const classes = coded.filter((n) => n.level === 'class');
  if (!inCodeOrder(classes)) classes.sort(byCodeOrder);
  roots.unshift(...classes);
  let total = 0;
  for (const root of roots) {
    yield; // a 类 at a time: its subtree is summed at once
    rollUp(root);
    total += root.value ?? 0;
  }
  return { roots, total, byKey, byCode: byKey };
}

/** Published tables list lines in code order: checked first, so they are not sorted again. */
function inCodeOrder(nodes: readonly BudgetNode[]): boolean {
  for (let i = 1; i < nodes.length; i++) if (byCodeOrder(nodes[i - 1]!, nodes[i]!) > 0) return false;
  return true;
}

function byCodeOrder(a: BudgetNode, b: BudgetNode): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function rollUp(n: BudgetNode): void {
  let sum = 0;
  let reported = 0;
  for (const child of n.children) {
    rollUp(child);
    if (child.value !== null) {
      sum += child.value;
      reported++;
    }
  }
  n.childrenSum = reported > 0 ? sum : null;
  n.total = n.line?.total ?? null;
  n.value = n.total ?? n.childrenSum;
  n.computed = n.total === null && n.childrenSum !== null;
  n.mismatch = n.total !== null && n.childrenSum !== null && Math.abs(n.total - n.childrenSum) > sumTolerance(reported);
}

/** Keys from the 类 down to `key` (['208', '20805', '20805/#4']); [] for ''. */
export function budgetPath(tree: BudgetTree, key: string): string[] {
  const out: string[] = [];
  for (let n = key ? tree.byKey.get(key) : undefined; n; n = n.parentKey ? tree.byKey.get(n.parentKey) : undefined)
    out.unshift(n.key);
  return out;
}

/** Depth-first walk, parents before children. */
export function* walkBudgetTree(nodes: readonly BudgetNode[]): Generator<BudgetNode> {
  for (const n of nodes) {
    yield n;
    yield* walkBudgetTree(n.children);
  }
}
