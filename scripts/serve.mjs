// The examples' server: the CLI's static server (the one `gongkai preview` uses) over the folders
// the examples need. Needs the build (npm start builds first; tests and benchmarks run after it).
import { join } from 'node:path';
import { createStaticServer as createServer, listen } from '../packages/cli/dist/static-server.js';

export { listen };

/** Folders (relative to root) that may be served; everything else is 404. */
export const SERVED = ['examples', 'packages/sdk/dist', 'packages/widgets/dist'];

/**
 * A strict policy: no inline script or style, no eval, and Trusted Types enforced (only Lit's own
 * policy may create HTML) — what a careful government portal sets.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export const rootDir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

/** Serves `served` folders of `root` at their own paths; `/` goes to `index`. */
export function createStaticServer(root, { served = SERVED, index = '/examples/', headers } = {}) {
  const mounts = Object.fromEntries(served.map((dir) => [`/${dir}/`, join(root, dir)]));
  return createServer({ mounts, index, headers });
}
