/**
 * Loads a lazy chunk once and shares the promise. A failed fetch (a kiosk offline at first use) is
 * forgotten, so the next call tries again instead of failing for the rest of the day.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}
