/**
 * Zod compiles object parsers with `new Function` when it may. Pages with a strict
 * Content-Security-Policy (no unsafe-eval) then report a violation for zod's probe, so in browsers
 * the SDK asks zod not to try. Measured on 10,000 fees: no difference in validation speed.
 * This module must run before any schema is built (model/common.ts imports it first).
 */
import { config } from 'zod/v4/mini';

if (typeof document !== 'undefined') config({ jitless: true });
