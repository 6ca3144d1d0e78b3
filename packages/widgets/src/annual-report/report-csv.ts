/** The report's tables as one CSV, each table as printed (blank stays empty, "/" stays "/"). */
import {
  APPLICANT_COLUMNS,
  BLOCK_LABELS,
  COLUMN_LABELS,
  GROUP_LABELS,
  REVIEW_BLOCKS,
  REVIEW_LABELS,
  cellText,
  rowAt,
  table3Lines,
  type AnnualReport,
  type Lang,
} from '@gongkai/sdk/core';
import { toCsv } from '../util/csv.js';
import { STRINGS } from './strings.js';

export function reportCsv(r: AnnualReport, lang: Lang): string {
  const t = STRINGS[lang];
  const l = (label: readonly [string, string]) => (lang === 'zh-CN' ? label[0] : label[1]);
  const rows: string[][] = [];
  const t2 = r.table2;
  if (t2) {
    rows.push([t.table2, t.issued, t.repealed, t.inForce]);
    for (const k of ['regulations', 'normativeDocuments'] as const)
      rows.push([t[k], cellText(t2[k].issued), cellText(t2[k].repealed), cellText(t2[k].inForce)]);
    rows.push([t.licensing, cellText(t2.licensing)], [t.penalty, cellText(t2.penalty)]);
    rows.push([t.coercion, cellText(t2.coercion)], [`${t.fees}（${t.feesAmount}）`, cellText(t2.feesTenThousandYuan)]);
    rows.push([]);
  }
  rows.push([t.table3, ...APPLICANT_COLUMNS.map((c) => l(COLUMN_LABELS[c]))]);
  for (const line of table3Lines(r.table3)) {
    const name = line.subtotal
      ? `${l(GROUP_LABELS[line.group!])} ${t.subtotal}`
      : line.group
        ? `${l(GROUP_LABELS[line.group])} ${l(line.label)}`
        : l(line.label);
    rows.push([name, ...rowAt(r.table3, line.path).map(cellText)]);
  }
  rows.push([]);
  rows.push([
    t.table4,
    ...(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((c) => l(REVIEW_LABELS[c])),
  ]);
  for (const b of REVIEW_BLOCKS) {
    const cells = r.table4[b];
    rows.push([
      l(BLOCK_LABELS[b]),
      ...[cells.upheld, cells.corrected, cells.other, cells.pending, cells.total].map(cellText),
    ]);
  }
  return toCsv(rows);
}
