/**
 * Whether this engine runs today's files (ES2022 with class static blocks, Chromium 94): tested by
 * an API of the same era rather than by compiling code, which a strict CSP (no eval) would block.
 * `Array.prototype.findLast` came in Chromium 97, Firefox 104 and Safari 15.4: the few engines with
 * static blocks but without it take the legacy set, which runs there too.
 */
export const modernEngine = (): boolean => 'findLast' in Array.prototype;
