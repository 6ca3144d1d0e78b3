// `npm start`: installs what is missing, builds, and serves the examples with the sample feed.
// Uses only Node built-ins until the install has run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createStaticServer, listen, rootDir } from './serve.mjs';

process.chdir(rootDir);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(label, args) {
  console.log(`\n› ${label}`);
  const r = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${r.status}). Fix the error above and run npm start again.`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync('node_modules/.package-lock.json')) step('Installing dependencies', existsSync('package-lock.json') ? ['ci'] : ['install']);
step('Building packages', ['run', 'build']);

const port = await listen(createStaticServer(rootDir), Number(process.env.PORT ?? 8080));
console.log(`\n✓ Gongkai examples with the 示例县 sample feed:\n\n    http://localhost:${port}/examples/\n\n  Press Ctrl+C to stop.`);
