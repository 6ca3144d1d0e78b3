/**
 * Figures printed beside an amount: the change on last year (比上年增减) as an amount and/or a
 * percentage. Kept exactly as printed, with the decimals printed, so a check against our own
 * arithmetic can allow for the publisher's rounding (133% agrees with a computed 133.33%).
 */
import * as z from 'zod/v4/mini';
import { FIGURE_LIMIT } from './common.js';

/** At most this many decimals are printed in a figure. */
export const MAX_DIGITS = 6;
/** Decimals as printed: "133%" → 0, "-7.81%" → 2. */
const Digits = z.int({ error: 'digits' }).check(z.gte(0, { error: 'digits' }), z.lte(MAX_DIGITS, { error: 'digits' }));

/** A signed published figure: a change can be negative, unlike an amount. */
const SignedFigure = z
  .number({ error: 'number' })
  .check(z.gte(-FIGURE_LIMIT, { error: 'amount_too_big' }), z.lte(FIGURE_LIMIT, { error: 'amount_too_big' }));

export const PublishedChange = z.object({
  /** 增减额, in the dataset's unit; null when the cell was left blank. */
  amount: z.optional(z.nullable(SignedFigure)),
  /** Decimals printed in the amount. */
  amountDigits: z.optional(Digits),
  /** 增减幅度 in percent (-7.81 for "-7.81%"); null when the cell was left blank. */
  percent: z.optional(z.nullable(SignedFigure)),
  /** Decimals printed in the percentage; 2 when not given. */
  percentDigits: z.optional(Digits),
});
export type PublishedChange = z.infer<typeof PublishedChange>;
