/**
 * What the validator reports, as data: where (a path of keys and indexes, as zod gives it), what (a
 * code with its params) and how bad. No prose is stored: words are made at the edge (`formatIssue`),
 * in the reader's language, from the message table.
 */
import type { IssueCode, MessageParams } from './messages.js';

export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

/** The record an issue sits in, the way a clerk knows it: its row in the list, its code and name. */
export interface IssueRecord {
  /** 1-based position in its list (for spreadsheets, the importer puts the sheet row here). */
  row: number;
  code?: string;
  name?: string;
}

export interface ValidationIssue {
  /** Where inside the file, e.g. `['datasets', 3, 'url']`; empty for the file as a whole. */
  path: PathSegment[];
  code: IssueCode;
  severity: Severity;
  /** The values the message names (the key, the expected and actual figure, …). */
  params?: MessageParams;
  /** The dataset file (manifest URL or dataset id) when the issue comes from a whole-feed check. */
  file?: string;
  /** The record the path points into, named for people. */
  record?: IssueRecord;
}

export interface ValidationResult<T> {
  /** True when there is no issue of severity `error` (warnings allowed). */
  ok: boolean;
  /** The parsed data whenever its shape is valid, even if semantic checks found errors. */
  data?: T;
  issues: ValidationIssue[];
}

export function makeIssue(
  path: readonly PathSegment[],
  code: IssueCode,
  params: MessageParams = {},
  severity: Severity = 'error',
): ValidationIssue {
  const issue: ValidationIssue = { path: [...path], code, severity };
  if (Object.keys(params).length) issue.params = params;
  return issue;
}

/** True when `path` starts with `prefix` (an issue inside one record of a list, say). */
export function pathStartsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

/** The issues inside `prefix`, with their paths made relative to it. */
export function issuesUnder(issues: readonly ValidationIssue[], prefix: readonly PathSegment[]): ValidationIssue[] {
  return issues.filter((i) => pathStartsWith(i.path, prefix)).map((i) => ({ ...i, path: i.path.slice(prefix.length) }));
}

/** Collects issues during the semantic checks of one file. */
export class IssueList {
  readonly items: ValidationIssue[] = [];
  error(path: readonly PathSegment[], code: IssueCode, params?: MessageParams): void {
    this.items.push(makeIssue(path, code, params, 'error'));
  }
  warn(path: readonly PathSegment[], code: IssueCode, params?: MessageParams): void {
    this.items.push(makeIssue(path, code, params, 'warning'));
  }
}
