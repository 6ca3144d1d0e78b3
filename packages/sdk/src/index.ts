/**
 * @gongkai/sdk — the disclosure data model, its validator, the feed client and pure helpers.
 * Everything is a named export so bundlers keep only what a page uses.
 *
 * This entry registers the issue-message table and every kind's rules at import, so every issue has
 * its zh-CN and en message at once and `validate()` knows every kind; `@gongkai/sdk/core` leaves the
 * table out of a bundle until the first error, and knows only the kinds registered with it.
 */
import { MESSAGES } from './validate/messages.js';
import { useMessages } from './validate/message-table.js';
import { registerKinds } from './validate/kind-rules.js';
import { ALL_KINDS } from './validate/kinds/all.js';

useMessages(MESSAGES);
registerKinds(...ALL_KINDS);

export * from './core.js';
// The platform's files (registry, catalogue, report): for the CLI and scripts, kept out of the widgets' core.
export * from './model/harvest.js';
export { mapLimit } from './helpers/map-limit.js';
export { MESSAGES };
