/**
 * Issues in words, at the edge (console, error view, CLI): the file, the record as a clerk knows it
 * ("第 12 行 2080501 行政单位离退休"), the field, and what to fix.
 */
import type { Lang, LocalizedText } from '../model/common.js';
import type { PathSegment, ValidationIssue } from './issue.js';
import { messageFor } from './message-table.js';

/** `['datasets', 3, 'url']` → `datasets[3].url` */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += (out ? '.' : '') + s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** What to fix, in both languages (from the message table once loaded). */
export function issueMessage(issue: ValidationIssue): LocalizedText {
  return messageFor(issue.code, issue.params);
}

/** "第 12 行 2080501 行政单位离退休" / "row 12 2080501 行政单位离退休" */
export function formatRecord(issue: ValidationIssue, lang: Lang = 'zh-CN'): string {
  const r = issue.record;
  if (!r) return '';
  const label = [r.code, r.name].filter(Boolean).join(' ');
  return (lang === 'en' ? `row ${r.row}` : `第 ${r.row} 行`) + (label ? ` ${label}` : '');
}

/** One line a webmaster or clerk can act on: `fees-nr → 第 3 行 nr-001 不动产登记费 · items[2].standard: …` */
export function formatIssue(issue: ValidationIssue, lang: Lang = 'zh-CN'): string {
  const record = formatRecord(issue, lang);
  const path = formatPath(issue.path);
  const at = [record, path].filter(Boolean).join(' · ');
  const where = [issue.file, at].filter(Boolean).join(' → ');
  const text = issueMessage(issue)[lang];
  return where ? `${where}${lang === 'en' ? ': ' : '：'}${text}` : text;
}
