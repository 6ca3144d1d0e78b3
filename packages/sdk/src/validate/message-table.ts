/**
 * Where issue messages come from. The bilingual table (messages.ts) is only needed when data is
 * wrong, so the browser bundle leaves it out and loads it on the first error: `@gongkai/sdk`
 * registers it at import, `@gongkai/sdk/core` (what the widgets use) through `loadMessages()`.
 */
import type { LocalizedText } from '../model/common.js';
import type { IssueCode, MessageParams, MessageTable } from './messages.js';

let table: MessageTable | undefined;

export function useMessages(messages: MessageTable): void {
  table = messages;
}

/** Loads the message table once (a lazy chunk in the browser bundle); issues are worded when formatted. */
export async function loadMessages(): Promise<void> {
  table ??= (await import('./messages.js')).MESSAGES;
}

export const messagesLoaded = (): boolean => table !== undefined;

/** The zh-CN and en text of an issue code; before the table is loaded, a short text naming the code. */
export function messageFor(code: IssueCode, params: MessageParams = {}): LocalizedText {
  const make = table?.[code];
  if (!make) return { 'zh-CN': `数据有误（${code}）`, en: `invalid data (${code})` };
  const [zh, en] = make(params);
  return { 'zh-CN': zh, en };
}
