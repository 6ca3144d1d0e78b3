/**
 * 信息处理费 under 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), both charged progressively
 * (超额累进), one or the other per request, never both:
 * - 按件计收, per applicant per calendar month: requests 1–10 free; 11–30 100 元 each; from the 31st,
 *   every further 10 requests cost 100 元 more each (31–40 200 元, 41–50 300 元, …);
 * - 按量计收, per request: pages 1–30 free; 31–100 10 元/页; 101–200 20 元/页; from 201 40 元/页.
 */

/** The price of the `n`-th request (1-based) of one applicant in one calendar month, 按件计收. */
export function perRequestPrice(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 * (2 + Math.floor((n - 31) / 10));
}

/** 按件计收: the fee for `count` requests when the applicant already made `before` this month. */
export function perRequestFee(count: number, before = 0): number {
  let fee = 0;
  for (let n = before + 1; n <= before + count; n++) fee += perRequestPrice(n);
  return fee;
}

/** 按量计收 tiers: [pages up to, 元 per page]; the last tier is open-ended. */
export const PER_PAGE_TIERS: readonly (readonly [upTo: number, yuan: number])[] = [
  [30, 0],
  [100, 10],
  [200, 20],
  [Infinity, 40],
];

/** 按量计收: the fee for one request of `pages` pages. */
export function perPageFee(pages: number): number {
  let fee = 0;
  let from = 0;
  for (const [upTo, yuan] of PER_PAGE_TIERS) {
    if (pages <= from) break;
    fee += (Math.min(pages, upTo) - from) * yuan;
    from = upTo;
  }
  return fee;
}
