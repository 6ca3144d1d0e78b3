// `npm start`: installs what is missing, builds, and serves the examples with the sample feed.
// Uses only Node built-ins until the install has run.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

process.chdir(new URL('..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(label, args) {
  console.log(`\n› ${label}`);
  const r = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${r.status}). Fix the error above and run npm start again.`);
    process.exit(r.status ?? 1);
  }
}

// Install when nothing is installed yet, or when the lockfile changed since the last install.
const installed = 'node_modules/.package-lock.json';
const stale =
  existsSync(installed) &&
  existsSync('package-lock.json') &&
  statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs + 1000;
if (!existsSync(installed) || stale)
  step('Installing dependencies', existsSync('package-lock.json') ? ['ci'] : ['install']);
// A second `npm start` with nothing changed serves at once (scripts/build-stamp.mjs).
const { recordBuild, whyBuild } = await import('./build-stamp.mjs');
const why = whyBuild('.');
if (why) {
  step(`Building packages (${why})`, ['run', 'build']);
  recordBuild('.');
} else console.log('\n› Build is up to date: nothing changed since the last `npm start` build, so it is skipped.');

// The server comes from the build (the CLI's static server), so it is loaded only now.
const { createStaticServer, listen, rootDir } = await import('./serve.mjs');
const port = await listen(createStaticServer(rootDir), Number(process.env.PORT ?? 8080));
console.log(
  `\n✓ Gongkai examples with the 示例县 sample feed:\n\n    http://localhost:${port}/examples/\n\n  Press Ctrl+C to stop.`,
);
