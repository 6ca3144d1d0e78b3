/**
 * 三公 semantics: one line per category; printed changes compared with the amounts; the printed 合计
 * and 公务用车 subtotal compared with their parts (partial when parts are missing).
 */
import type { ThreePublic } from '../../model/three-public.js';
import { threePublicChanges, type ThreePublicSubtotalRow } from '../../helpers/three-public.js';
import type { IssueList } from '../issue.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

const NAMES = {
  total: ['合计', 'the total'],
  vehicle: ['公务用车购置及运行维护费', 'vehicle purchase and operation'],
  abroad: ['因公出国（境）费', 'trips abroad'],
  'vehicle-purchase': ['公务用车购置费', 'vehicle purchase'],
  'vehicle-operation': ['公务用车运行维护费', 'vehicle operation'],
  reception: ['公务接待费', 'hospitality'],
} as const;

export function checkThreePublic(data: ThreePublic, out: IssueList): void {
  const seen = new Set<string>();
  const indexOf = new Map<string, number>();
  data.lines.forEach((line, i) => {
    if (seen.has(line.category)) out.error(['lines', i, 'category'], 'category_duplicate', { category: line.category });
    seen.add(line.category);
    indexOf.set(line.category, i);
  });
  const summary = threePublicChanges(data);
  for (const l of [...summary.lines, summary.vehicle, summary.total]) {
    if (!l?.percentMismatch || !l.published) continue;
    const field = data.lines[indexOf.get(l.category)!]?.change ? 'change' : 'publishedChangePercent';
    out.warn(['lines', indexOf.get(l.category)!, field], 'percent_mismatch', {
      published: l.published.percent ?? l.published.amount ?? '',
      computed: l.percent === null ? '' : l.percent.toFixed(2),
    });
  }
  for (const row of [summary.vehicle, summary.total]) if (row?.printed) checkSubtotal(row, indexOf, out);
}

function checkSubtotal(row: ThreePublicSubtotalRow, indexOf: Map<string, number>, out: IssueList): void {
  const i = indexOf.get(row.category)!;
  const [name, nameEn] = NAMES[row.category];
  if (row.missing.length > 0) {
    out.warn(['lines', i], 'subtotal_partial', {
      name,
      nameEn,
      missing: row.missing.map((m) => NAMES[m][0]).join('、'),
      missingEn: row.missing.map((m) => NAMES[m][1]).join(', '),
    });
    return;
  }
  for (const col of row.mismatch) {
    const reported = row[col]!;
    const computed = row.computed[col]!;
    out.error(['lines', i, col], 'subtotal_mismatch', {
      name,
      nameEn,
      reported,
      computed: round2(computed),
      diff: round2(reported - computed),
    });
  }
}
