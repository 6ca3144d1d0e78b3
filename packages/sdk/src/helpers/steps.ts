/**
 * A long computation written once, as a generator that `yield`s between steps (every few hundred
 * lines): run to the end at once (`runSteps`, for the CLI and `validate()`), or in a page a slice at
 * a time with a pause between slices (`runStepsSoon`), so a 50,000-line budget never freezes it.
 */
export type Steps<T = void> = Generator<void, T, void>;

/** Lines (records, nodes) a loop goes through between two steps. */
const LINES_PER_STEP = 512;

/** True at the last line of each step: a loop over many lines yields there. */
export const endsStep = (i: number): boolean => i % LINES_PER_STEP === LINES_PER_STEP - 1;

export interface StepsOptions {
  /** A slice ends at the first step after this long (default 8 ms). */
  budgetMs?: number;
  /** The first slice's length, before the first pause (default `budgetMs`). */
  firstMs?: number;
  /** Waits between slices; default a macrotask (`setTimeout(0)`), so input and paint get their turn. */
  pause?: () => Promise<void>;
  /** Stops early (the page moved on). */
  cancelled?: () => boolean;
}

export const macrotask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve));

/** Every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `steps` until they end or the first slice is used up: their result at once when they ended
 * (so a short computation costs no pause and no extra render), else a promise of it, the rest run a
 * slice at a time. The promise gives `CANCELLED` when `cancelled()` said so at a pause.
 */
export function runStepsSoon<T>(steps: Steps<T>, options: StepsOptions = {}): T | Promise<T | Cancelled> {
  const { budgetMs = 8, firstMs = budgetMs, pause = macrotask, cancelled = () => false } = options;
  const until = (ms: number) => {
    const began = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r;
      if (performance.now() - began >= ms) return undefined;
    }
  };
  const first = until(firstMs);
  if (first) return first.value;
  return (async () => {
    for (;;) {
      await pause();
      if (cancelled()) {
        steps.return(undefined as T);
        return CANCELLED;
      }
      const r = until(budgetMs);
      if (r) return r.value;
    }
  })();
}

/** What `runStepsSoon` gives when cancelled at a pause. */
export const CANCELLED: unique symbol = Symbol('cancelled');
export type Cancelled = typeof CANCELLED;
