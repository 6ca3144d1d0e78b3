/**
 * A page's first Intl number or date format loads the browser's locale data (10–25 ms in Chromium,
 * measured in bench/). Every widget formats amounts and dates, so do it once while the page is
 * idle after the elements are registered — typically while the widgets still wait for their feed —
 * instead of in the middle of the first render.
 */
let scheduled = false;

export function warmIntl(): void {
  if (scheduled || typeof requestIdleCallback !== 'function') return;
  scheduled = true;
  requestIdleCallback(
    () => {
      new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(1);
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(0);
    },
    { timeout: 3000 },
  );
}
