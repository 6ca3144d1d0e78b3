/** The short note a check leaves beside the cell it concerns (the full message goes in the list below). */
import type { Lang, ValidationIssue } from '@gongkai/sdk/core';
import { fill } from '../util/lang.js';
import { STRINGS } from './strings.js';

export function noteFor(issue: ValidationIssue, lang: Lang): string | undefined {
  const t = STRINGS[lang];
  const p = issue.params ?? {};
  const en = lang === 'en';
  switch (issue.code) {
    case 'report_results_sum':
    case 'report_reasons_sum':
    case 'report_applicants_sum':
    case 'report_review_sum':
      return fill(t.partsAddUp, { computed: String(p.computed) });
    case 'report_balance':
      return fill(t.unbalanced, { left: String(p.left), right: String(p.right) });
    case 'report_carryover':
      return fill(t.lastYearForward, {
        year: String(p.previousYear),
        previous: String(en ? p.previousEn : p.previous),
      });
    case 'report_text_figure':
      return fill(t.textDiffers, {
        quote: String(p.quote),
        table: String(en ? p.tableEn : p.table),
        row: String(en ? p.rowEn : p.row),
        figure: String(p.figure),
      });
    default:
      return undefined;
  }
}

/** Notes by the path of what they concern (`table3.results.total.0`, `sections.0.text`). */
export function notesByPath(issues: readonly ValidationIssue[], lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of issues) {
    const note = noteFor(i, lang);
    if (!note) continue;
    const key = i.path.join('.');
    out.set(key, [...(out.get(key) ?? []), note]);
  }
  return out;
}
