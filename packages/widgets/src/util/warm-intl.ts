/**
 * A page's first Intl number or date format loads the browser's locale data (10–25 ms in Chromium,
 * measured in bench/). Every widget formats amounts and dates, so do it once while the page is
 * idle after the elements are registered — typically while the widgets still wait for their feed —
 * instead of in the middle of the first render. Going through the SDK's formatters also leaves
 * the ones the widgets use made and cached.
 */
import { formatAmount, formatDate } from '@gongkai/sdk/core';

let scheduled = false;

export function warmIntl(): void {
  if (scheduled || typeof requestIdleCallback !== 'function') return;
  scheduled = true;
  requestIdleCallback(
    () => {
      formatAmount(1, { unit: '万元' });
      formatDate('2026-01-01');
    },
    { timeout: 3000 },
  );
}
