/**
 * Whether this engine runs today's files as they are: ES2022 with class static blocks (Chromium 94)
 * and styles with container queries (Chromium 105, Firefox 110, Safari 16). Tested by an API of the
 * era rather than by compiling code, which a strict CSP (no eval) would block:
 * `Array.prototype.findLast` came in Chromium 97, Firefox 104 and Safari 15.4. Any other engine takes
 * the legacy set, which runs in these too.
 */
export const modernEngine = (): boolean =>
  'findLast' in Array.prototype && typeof CSS !== 'undefined' && CSS.supports('container-type', 'inline-size');
