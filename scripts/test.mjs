// `npm test`: type check, build, node tests, real-browser tests; then one line "N passed, N failed"
// totalled over every runner. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const tmp = '.tmp';
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0 };
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`${label}: exit ${r.status ?? r.signal}`);
    broken = true;
  }
  return r.status === 0;
}

function testFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'browser' && entry.name !== 'node_modules') testFiles(p, out);
    } else if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.mjs')) out.push(p);
  }
  return out;
}

if (!only) {
  run('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
  run('format', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
  run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
  // The build is part of the test: what we publish (ESM, .d.ts, JSON Schemas, bundles) is checked below.
  run('build', 'npm', ['run', 'build', '--silent']);
  run('storybook build', 'npm', ['run', 'build-storybook', '--silent']);
}

if (!only || only === 'node') {
  // The old browser engines (README: Browser support) have a manifest of their own; a fresh clone that
  // ran only the root `npm ci` (or `npm start`) gets them here, from the npm registry like the rest.
  if (!existsSync(join('test', 'old-engines', 'node_modules')))
    run('install old engines', 'npm', ['ci', '--prefix', join('test', 'old-engines'), '--no-fund', '--no-audit']);
  const packages = readdirSync('packages').map((p) => join('packages', p, 'test'));
  const files = [...packages, 'test'].flatMap((d) => testFiles(d));
  const tap = join(tmp, 'node-tests.tap');
  rmSync(tap, { force: true });
  run('node tests', process.execPath, [
    // Sibling workspaces from their TypeScript source, as the type check and the browser tests see them.
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  // The hostile corpus reports how many cases it handled; repeat it where CI readers look.
  const hostile = text.match(/hostile: \d+ cases, \d+ handled/)?.[0];
  if (hostile) console.log(`\n${hostile}`);
  totals.passed += num('pass');
  totals.failed += num('fail') + num('cancelled');
  if (!text) totals.failed++;
}

if ((!only || only === 'browser') && !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
  console.error(
    `\nNo Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}: install Debian's (apt-get install chromium) or set CHROME_PATH. Browser tests cannot run.`,
  );
  broken = true;
  totals.failed++;
} else if (!only || only === 'browser') {
  const file = join(tmp, 'browser-tests.json');
  rmSync(file, { force: true });
  run('browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    GK_COUNT_FILE: file,
  });
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1 };
  totals.passed += counts.passed;
  totals.failed += counts.failed;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
