/**
 * Budget semantics: codes form a 类→款→项 tree, published parent totals equal their children, the
 * printed 合计 and changes agree with the lines, and every table of the set is present or explained.
 */
import type { Budget, BudgetLine, EconomicLine, PublishedTable, SideRow } from '../../model/budget.js';
import type { IssueList, PathSegment } from '../issue.js';
import { budgetTreeSteps, type BudgetTree } from '../../helpers/budget-tree.js';
import { endsStep, type Steps } from '../../helpers/steps.js';
import { change, publishedChangeDisagrees } from '../../rules/change.js';
import { sumTolerance } from '../../rules/tolerance.js';
import { economicSchemeOf } from '../../rules/classification.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

const FIELDS = [
  ['total', '合计', 'total'],
  ['basic', '基本支出', 'basic spending'],
  ['project', '项目支出', 'project spending'],
] as const;

export function* checkBudget(data: Budget, expectedKind: string, out: IssueList): Steps {
  if (data.kind !== expectedKind) out.error(['kind'], 'kind_mismatch', { actual: data.kind, expected: expectedKind });
  if ((data.kind === 'final-account') !== (data.phase === 'final'))
    out.error(['phase'], 'phase_mismatch', { phase: data.phase });
  // One tree of the lines for both: parents against children, then the 合计 against the 类.
  const tree = yield* checkLines(data.lines, ['lines'], out);
  checkTotalRow(data, tree, out);
  checkRevenue(data, out);
  checkEconomic(data.economic ?? [], ['economic'], out);
  checkTables(data, out);
}

function* checkLines(lines: readonly BudgetLine[], at: PathSegment[], out: IssueList): Steps<BudgetTree> {
  const index = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (endsStep(i)) yield;
    const line = lines[i]!;
    checkParts(line, [...at, i], out);
    checkChange(line.total, line.previous, line.change, [...at, i, 'change'], out);
    if (line.code === undefined) {
      out.warn([...at, i, 'code'], 'code_missing');
      continue;
    }
    const first = index.get(line.code);
    if (first !== undefined) out.error([...at, i, 'code'], 'duplicate_code', { code: line.code, first: first + 1 });
    else index.set(line.code, i);
  }
  const tree = yield* budgetTreeSteps(lines);
  const rowOf = new Map(lines.map((l, i) => [l, i]));
  let k = 0;
  for (const node of tree.byKey.values()) {
    if (endsStep(k++)) yield;
    if (!node.line) continue;
    const i = rowOf.get(node.line)!;
    // A coded line whose parent was not printed: the tree made one up, so the parent is missing.
    const parent = node.code !== undefined && node.code.length > 3 ? tree.byKey.get(node.code.slice(0, -2)) : undefined;
    if (parent && !parent.line)
      out.error([...at, i, 'code'], 'parent_missing', { code: node.code, parent: parent.key });
    for (const [field, zh, en] of FIELDS) {
      const reported = node.line[field];
      // A child's total is its value (a blank parent's own children summed); a split is only compared
      // when every child prints it — a blank is not a zero.
      const raw = node.children.map((k) => (field === 'total' ? k.value : (k.line?.[field] ?? null)));
      if (typeof reported !== 'number' || raw.length === 0 || raw.some((v) => typeof v !== 'number')) continue;
      const values = raw as number[];
      const computed = values.reduce((a, b) => a + b, 0);
      if (Math.abs(reported - computed) > sumTolerance(values.length)) {
        out.error([...at, i, field], 'sum_mismatch', {
          field: zh,
          fieldEn: en,
          reported,
          computed: round2(computed),
          diff: round2(reported - computed),
        });
      }
    }
  }
  return tree;
}

function checkParts(line: BudgetLine, at: PathSegment[], out: IssueList): void {
  const { total, basic, project } = line;
  if (typeof total !== 'number' || typeof basic !== 'number' || typeof project !== 'number') return;
  if (Math.abs(total - basic - project) > sumTolerance(2))
    out.error([...at, 'total'], 'parts_mismatch', { total, basic, project });
}

function checkChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  published: BudgetLine['change'],
  at: PathSegment[],
  out: IssueList,
): void {
  if (!published) return;
  const computed = change(current, previous);
  if (!publishedChangeDisagrees(published, computed)) return;
  const show = (amount: number | null | undefined, percent: number | null | undefined) =>
    [typeof amount === 'number' ? String(amount) : '', typeof percent === 'number' ? `${percent}%` : '']
      .filter(Boolean)
      .join(' / ');
  out.warn(at, 'change_mismatch', {
    published: show(published.amount, published.percent),
    // Our figures for the parts the publisher printed, and only those.
    computed: show(
      typeof published.amount === 'number' && computed.delta !== null ? round2(computed.delta) : null,
      typeof published.percent === 'number' && computed.percent !== null ? round2(computed.percent) : null,
    ),
  });
}

/** The printed 合计 row against the sum of the 类 lines: shown as printed; a gap is said, not hidden. */
function checkTotalRow(data: Budget, tree: BudgetTree, out: IssueList): void {
  const row = data.total;
  if (!row) return;
  const roots = tree.roots;
  for (const [field, zh, en] of FIELDS) {
    const reported = row[field];
    const values = roots.map((r) => (field === 'total' ? r.value : (r.line?.[field] ?? null)));
    const nums = values.filter((v): v is number => typeof v === 'number');
    if (typeof reported !== 'number' || nums.length === 0) continue;
    const computed = nums.reduce((a, b) => a + b, 0);
    if (Math.abs(reported - computed) <= sumTolerance(nums.length)) continue;
    const params = { field: zh, fieldEn: en, reported, computed: round2(computed), diff: round2(reported - computed) };
    // Lines short of the printed figure are most often lines left out: partial, not wrong.
    if (computed < reported) out.warn(['total', field], 'lines_partial', params);
    else out.error(['total', field], 'total_mismatch', params);
  }
  checkChange(row.total, row.previous, row.change, ['total', 'change'], out);
}

function checkRevenue(data: Budget, out: IssueList): void {
  const lines = data.revenue ?? [];
  lines.forEach((l, i) => checkChange(l.amount, l.previous, l.change, ['revenue', i, 'change'], out));
  const reported = data.revenueTotal;
  const nums = lines.map((l) => l.amount).filter((v): v is number => typeof v === 'number');
  if (typeof reported !== 'number' || nums.length === 0) return;
  const computed = nums.reduce((a, b) => a + b, 0);
  if (Math.abs(reported - computed) > sumTolerance(nums.length)) {
    out.error(['revenueTotal'], 'total_mismatch', {
      field: '收入合计',
      fieldEn: 'revenue total',
      reported,
      computed: round2(computed),
      diff: round2(reported - computed),
    });
  }
}

function checkEconomic(lines: readonly EconomicLine[], at: PathSegment[], out: IssueList): void {
  lines.forEach((l, i) => {
    checkChange(l.amount, l.previous, l.change, [...at, i, 'change'], out);
    if (l.code === undefined) return out.warn([...at, i, 'code'], 'code_missing');
    const actual = economicSchemeOf(l.code);
    if (l.scheme && l.scheme !== actual)
      out.error([...at, i, 'scheme'], 'economic_scheme_mismatch', { code: l.code, actual });
  });
}

/** A two-sided table's printed 合计 rows against the rows above them. */
function checkSide(rows: readonly SideRow[], at: PathSegment[], out: IssueList): void {
  let sum = 0;
  let count = 0;
  rows.forEach((r, i) => {
    checkChange(r.amount, r.previous, r.change, [...at, i, 'change'], out);
    if (!r.isTotal) {
      if (typeof r.amount === 'number') {
        sum += r.amount;
        count++;
      }
      return;
    }
    if (typeof r.amount !== 'number' || count === 0) return;
    if (Math.abs(r.amount - sum) > sumTolerance(count)) {
      out.error([...at, i, 'amount'], 'total_mismatch', {
        field: r.name,
        fieldEn: r.name,
        reported: r.amount,
        computed: round2(sum),
        diff: round2(r.amount - sum),
      });
    }
  });
}

/** Tables whose rows the dataset carries at its top level (and 三公, a dataset kind of its own). */
function carriedElsewhere(data: Budget, table: PublishedTable['table']): boolean {
  if (table === 'expenditure') return data.lines.length > 0;
  if (table === 'revenue') return (data.revenue?.length ?? 0) > 0;
  if (table === 'general-basic') return (data.economic?.length ?? 0) > 0;
  return table === 'three-public';
}

function checkTables(data: Budget, out: IssueList): void {
  const seen = new Set<string>();
  (data.tables ?? []).forEach((t, i) => {
    const at: PathSegment[] = ['tables', i];
    if (seen.has(t.table)) out.error([...at, 'table'], 'table_duplicate', { table: t.table });
    seen.add(t.table);
    const rows = (t.lines?.length ?? 0) + (t.economic?.length ?? 0) + (t.revenueSide?.length ?? 0);
    const allRows = rows + (t.expenditureSide?.length ?? 0);
    if (t.emptyReason !== undefined && allRows > 0) out.warn(at, 'table_empty_with_rows', { table: t.table });
    if (t.emptyReason === undefined && allRows === 0 && !carriedElsewhere(data, t.table))
      out.warn(at, 'table_blank', { table: t.table });
    if (t.lines) checkLines(t.lines, [...at, 'lines'], out);
    if (t.economic) checkEconomic(t.economic, [...at, 'economic'], out);
    if (t.revenueSide) checkSide(t.revenueSide, [...at, 'revenueSide'], out);
    if (t.expenditureSide) checkSide(t.expenditureSide, [...at, 'expenditureSide'], out);
  });
}
