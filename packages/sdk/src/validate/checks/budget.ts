/** Budget semantics: codes form a 类→款→项 tree and published parent totals equal their children. */
import type { Budget, BudgetLine } from '../../model/budget.js';
import type { IssueList } from '../issue.js';
import { parentCode } from '../../rules/classification.js';
import { sumTolerance } from '../../rules/tolerance.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

const FIELDS = [
  ['total', '合计', 'total'],
  ['basic', '基本支出', 'basic spending'],
  ['project', '项目支出', 'project spending'],
] as const;

export function checkBudget(data: Budget, expectedKind: string, out: IssueList): void {
  if (data.kind !== expectedKind) out.error(['kind'], 'kind_mismatch', { actual: data.kind, expected: expectedKind });
  if ((data.kind === 'final-account') !== (data.phase === 'final'))
    out.error(['phase'], 'phase_mismatch', { phase: data.phase });

  const index = new Map<string, number>();
  data.lines.forEach((line, i) => {
    const first = index.get(line.code);
    if (first !== undefined) out.error(['lines', i, 'code'], 'duplicate_code', { code: line.code, first: first + 1 });
    else index.set(line.code, i);
  });

  const children = new Map<string, BudgetLine[]>();
  data.lines.forEach((line, i) => {
    checkParts(line, i, out);
    const parent = parentCode(line.code);
    if (parent === undefined) return;
    if (!index.has(parent)) out.error(['lines', i, 'code'], 'parent_missing', { code: line.code, parent });
    const list = children.get(parent) ?? [];
    list.push(line);
    children.set(parent, list);
  });

  for (const [code, kids] of children) {
    const i = index.get(code);
    if (i === undefined) continue;
    const line = data.lines[i]!;
    for (const [field, zh, en] of FIELDS) {
      const reported = line[field];
      const values = kids.map((k) => k[field]).filter((v): v is number => typeof v === 'number');
      if (typeof reported !== 'number' || values.length === 0) continue; // blank cells: nothing to compare
      const computed = values.reduce((a, b) => a + b, 0);
      if (Math.abs(reported - computed) > sumTolerance(values.length)) {
        out.error(['lines', i, field], 'sum_mismatch', {
          field: zh,
          fieldEn: en,
          reported,
          computed: round2(computed),
          diff: round2(reported - computed),
        });
      }
    }
  }
}

function checkParts(line: BudgetLine, i: number, out: IssueList): void {
  const { total, basic, project } = line;
  if (typeof total !== 'number' || typeof basic !== 'number' || typeof project !== 'number') return;
  if (Math.abs(total - basic - project) > sumTolerance(2))
    out.error(['lines', i, 'total'], 'parts_mismatch', { total, basic, project });
}
