/**
 * Collects garbage now, so that what the fetches left behind goes back to the system before the
 * Pagefind indexer (a process of its own, about 210 MB while it writes an index) starts beside this
 * one. Without it, the harvest and its indexer together passed 500 MB for 2,000 publishers; with it,
 * about 420 MB (bench/harvest.bench.mjs). Node gives a program no collector to call, so the flag is
 * set for this process. If that fails, nothing happens: the indexer only starts beside more memory.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // not available here: see above
  }
}
