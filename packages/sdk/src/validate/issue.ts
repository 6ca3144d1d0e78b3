/** What the validator reports: where, what, how bad, and how to fix it, in zh-CN and en. */
import type { IssueCode, MessageParams } from './messages.js';
import { messageFor, messagesLoaded } from './message-table.js';

export type Severity = 'error' | 'warning';
export type Lang = 'zh-CN' | 'en';
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export interface ValidationIssue {
  /** JSON path inside the file, e.g. `datasets[3].url`; empty for the file as a whole. */
  path: string;
  code: IssueCode;
  severity: Severity;
  /** What to fix, in zh-CN and en (see `loadMessages()` when using `@gongkai/sdk/core`). */
  message: LocalizedText;
  /** The values the message names (the key, the expected and actual figure, …). */
  params?: MessageParams;
  /** The dataset file (manifest URL or dataset id) when the issue comes from a whole-feed check. */
  file?: string;
}

export interface ValidationResult<T> {
  /** True when there is no issue of severity `error` (warnings allowed). */
  ok: boolean;
  /** The parsed data whenever its shape is valid, even if semantic checks found errors. */
  data?: T;
  issues: ValidationIssue[];
}

export type PathSegment = string | number | symbol;

/** `['datasets', 3, 'url']` → `datasets[3].url` */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(s))) out += (out ? '.' : '') + String(s);
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export function makeIssue(
  path: readonly PathSegment[] | string,
  code: IssueCode,
  params: MessageParams = {},
  severity: Severity = 'error',
): ValidationIssue {
  const issue: ValidationIssue = {
    path: typeof path === 'string' ? path : formatPath(path),
    code,
    severity,
    message: messageFor(code, params),
  };
  if (Object.keys(params).length) issue.params = params;
  return issue;
}

/** One line a webmaster can act on: `datasets[3].url: 应为 http(s) 地址…` */
export function formatIssue(issue: ValidationIssue, lang: Lang = 'zh-CN'): string {
  const where = [issue.file, issue.path].filter(Boolean).join(lang === 'en' ? ' → ' : ' → ');
  // Issues made before the message table was loaded carry a placeholder: word them now.
  const text = (messagesLoaded() ? messageFor(issue.code, issue.params) : issue.message)[lang];
  return where ? `${where}: ${text}` : text;
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
