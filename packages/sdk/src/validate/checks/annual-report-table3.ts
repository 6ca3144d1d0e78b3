/**
 * Table 3's arithmetic, column by column and row by row, as the format states it: (一)…(六) add up
 * to (七); a group's printed subtotal is the sum of its reasons; 新收 + 上年结转 = (七) + 结转下年度;
 * the six applicant columns add up to 总计. Each failure is a warning on the printed figure.
 */
import { RESULT_GROUPS, type ResultGroup, type Table3 } from '../../model/annual-report.js';
import {
  GROUP_LABELS,
  ROW_LABELS,
  disagrees,
  resultParts,
  rowAt,
  sumCells,
  table3Lines,
} from '../../helpers/annual-report.js';
import type { IssueList } from '../issue.js';
import { columnNamed, named, printed, table3Named } from './annual-report-cells.js';

const COLUMNS = 7;
const TOTAL = 6;

export function checkTable3(t: Table3, out: IssueList): void {
  for (let col = 0; col < COLUMNS; col++) {
    const total = t.results.total[col]!;
    const off = disagrees(total, resultParts(t, col));
    if (off)
      out.warn(['table3', 'results', 'total', col], 'report_results_sum', {
        ...table3Named(),
        ...columnNamed(col),
        ...printed(total),
        computed: off.computed,
      });
    for (const group of Object.keys(RESULT_GROUPS) as ResultGroup[]) checkGroup(t, group, col, out);
    checkBalance(t, col, out);
  }
  for (const line of table3Lines(t)) {
    const row = rowAt(t, line.path);
    const off = disagrees(row[TOTAL]!, row.slice(0, TOTAL));
    if (off)
      out.warn(['table3', ...line.path, TOTAL], 'report_applicants_sum', {
        ...table3Named(),
        ...named('row', line.label),
        ...printed(row[TOTAL]!),
        computed: off.computed,
      });
  }
}

function checkGroup(t: Table3, group: ResultGroup, col: number, out: IssueList): void {
  const g = t.results[group] as Record<string, Table3['received'] | undefined>;
  if (!g.total) return;
  const off = disagrees(
    g.total[col]!,
    RESULT_GROUPS[group].map((r) => g[r]![col]!),
  );
  if (off)
    out.warn(['table3', 'results', group, 'total', col], 'report_reasons_sum', {
      ...table3Named(),
      ...named('row', GROUP_LABELS[group]),
      ...columnNamed(col),
      ...printed(g.total[col]!),
      computed: off.computed,
    });
}

/** 本年新收 + 上年结转 = (七)总计 + 结转下年度继续办理, when all four are figures or blank. */
function checkBalance(t: Table3, col: number, out: IssueList): void {
  const cells = [t.received[col]!, t.carriedOver[col]!, t.results.total[col]!, t.carriedForward[col]!];
  if (cells.includes('/') || cells.every((c) => c === null)) return;
  const left = sumCells([cells[0]!, cells[1]!]) ?? 0;
  const right = sumCells([cells[2]!, cells[3]!]) ?? 0;
  if (left === right) return;
  out.warn(['table3', 'carriedForward', col], 'report_balance', {
    ...table3Named(),
    ...columnNamed(col),
    ...printed(cells[0]!, 'received'),
    ...printed(cells[1]!, 'carriedOver'),
    ...printed(cells[2]!, 'total'),
    ...printed(cells[3]!, 'forward'),
    left,
    right,
    rowReceived: ROW_LABELS.received[0],
  });
}
