/**
 * Names the record an issue sits in the way a clerk knows it: its row in the list, its code (or id)
 * and its name. A path is only data; this reads the input once per issue, never per record.
 */
import type { IssueRecord, ValidationIssue } from './issue.js';

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? (v.length > 60 ? `${v.slice(0, 59)}…` : v) : undefined;

/** The outermost list entry on the path that is an object (a budget line, a fee): row, code/id and name. */
export function recordAt(input: unknown, path: readonly (string | number)[]): IssueRecord | undefined {
  let cur: unknown = input;
  let found: IssueRecord | undefined;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') break;
    const seg = path[i]!;
    if (!Object.hasOwn(cur, seg)) break;
    cur = (cur as Record<string | number, unknown>)[seg];
    if (typeof seg === 'number' && cur !== null && typeof cur === 'object' && !Array.isArray(cur)) {
      const r = cur as Record<string, unknown>;
      found = {
        row: seg + 1,
        code: text(r.code) ?? text(r.id) ?? text(r.category),
        // A catalogue entry is known by its 二级事项 (or 一级事项 where there is no second level).
        name: text(r.name) ?? text(r.label) ?? text(r.title) ?? text(r.heading) ?? text(r.level2) ?? text(r.level1),
      };
      if (!found.code) delete found.code;
      if (!found.name) delete found.name;
      return found;
    }
  }
  return found;
}

/** Adds `record` to every issue that points into a list entry (and has none yet). */
export function describeRecords(input: unknown, issues: ValidationIssue[]): ValidationIssue[] {
  for (const issue of issues) {
    if (issue.record) continue;
    const record = recordAt(input, issue.path);
    if (record) issue.record = record;
  }
  return issues;
}
