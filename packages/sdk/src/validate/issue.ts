/** What the validator reports: where, what, how bad, and how to fix it, in zh-CN and en. */
import { MESSAGES, type IssueCode, type MessageParams } from './messages.js';

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
  message: LocalizedText;
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
  const [zh, en] = MESSAGES[code](params);
  return { path: typeof path === 'string' ? path : formatPath(path), code, severity, message: { 'zh-CN': zh, en } };
}

/** One line a webmaster can act on: `datasets[3].url: 应为 http(s) 地址…` */
export function formatIssue(issue: ValidationIssue, lang: Lang = 'zh-CN'): string {
  const where = [issue.file, issue.path].filter(Boolean).join(lang === 'en' ? ' → ' : ' → ');
  return where ? `${where}: ${issue.message[lang]}` : issue.message[lang];
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
