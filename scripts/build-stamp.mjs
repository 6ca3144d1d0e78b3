// Whether `npm start` must build: a fingerprint of everything the build reads (sources, configs,
// the lockfile, the sample feed) beside the outputs it writes. A second `npm start` with nothing
// changed serves at once instead of rebuilding for minutes. `npm run build` always builds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** What the build reads, relative to the clone's root: folders are walked (node_modules and dist left out). */
export const BUILD_INPUTS = [
  'packages/sdk/src',
  'packages/sdk/package.json',
  'packages/sdk/tsconfig.json',
  'packages/sdk/scripts',
  'packages/widgets/src',
  'packages/widgets/package.json',
  'packages/widgets/tsconfig.json',
  'packages/widgets/scripts',
  'packages/widgets/custom-elements-manifest.config.mjs',
  'packages/cli/src',
  'packages/cli/package.json',
  'packages/cli/tsconfig.json',
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'rollup.config.mjs',
  'scripts/rollup-legacy.mjs',
  'scripts/sample-aggregate.mjs',
  'examples/npm-app',
  'examples/feeds',
];
/** What the build writes that the examples need; if one is gone, build again. */
export const BUILD_OUTPUTS = [
  'packages/sdk/dist/index.js',
  'packages/widgets/dist/browser/gongkai.js',
  'packages/widgets/dist/browser/legacy/gongkai.js',
  'packages/cli/dist/bin.js',
  'examples/npm-app/dist',
  'examples/aggregate',
];
const STAMP = 'node_modules/.cache/gongkai-build-stamp.json';

function walk(root, path, out) {
  const full = join(root, path);
  if (!existsSync(full)) return;
  const st = statSync(full);
  if (st.isDirectory()) {
    for (const name of readdirSync(full).sort())
      if (name !== 'node_modules' && name !== 'dist') walk(root, join(path, name), out);
  } else out.push(`${relative(root, full)}\t${st.size}\t${Math.round(st.mtimeMs)}`);
}

/** The fingerprint of the build's inputs under `root`: path, size and modification time of each file. */
export function fingerprint(root, inputs = BUILD_INPUTS) {
  const lines = [];
  for (const p of inputs) walk(root, p, lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Why `root` needs a build, or '' when the last recorded build is current. */
export function whyBuild(root, { inputs = BUILD_INPUTS, outputs = BUILD_OUTPUTS } = {}) {
  const missing = outputs.find((p) => !existsSync(join(root, p)));
  if (missing) return `${missing} is missing`;
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return 'no build recorded yet';
  const recorded = JSON.parse(readFileSync(stamp, 'utf8')).fingerprint;
  return recorded === fingerprint(root, inputs) ? '' : 'sources changed since the last build';
}

/** Records that `root` was just built from its current inputs. */
export function recordBuild(root, { inputs = BUILD_INPUTS } = {}) {
  const stamp = join(root, STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ fingerprint: fingerprint(root, inputs) }) + '\n');
}
