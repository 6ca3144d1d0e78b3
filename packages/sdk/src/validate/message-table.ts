/**
 * Where issue messages come from. The bilingual table (messages.ts) is only needed when data is
 * wrong, so the browser bundle leaves it out and loads it on the first error: `@gongkai/sdk`
 * registers it at import, `@gongkai/sdk/core` (what the widgets use) through `loadMessages()`.
 */
import type { IssueCode, MessageParams, MessageTable } from './messages.js';
import type { LocalizedText, ValidationIssue } from './issue.js';

let table: MessageTable | undefined;

export function useMessages(messages: MessageTable): void {
  table = messages;
}

/**
 * Loads the message table once (a lazy chunk in the browser bundle), then words the given issues
 * that were made before it was there (in place).
 */
export async function loadMessages(issues: readonly ValidationIssue[] = []): Promise<void> {
  table ??= (await import('./messages.js')).MESSAGES;
  for (const issue of issues) issue.message = messageFor(issue.code, issue.params);
}

export const messagesLoaded = (): boolean => table !== undefined;

/** The zh-CN and en text of an issue; before the table is loaded, a short text naming the code. */
export function messageFor(code: IssueCode, params: MessageParams = {}): LocalizedText {
  const make = table?.[code];
  if (!make) return { 'zh-CN': `数据有误（${code}）`, en: `invalid data (${code})` };
  const [zh, en] = make(params);
  return { 'zh-CN': zh, en };
}
