// `npm start` rebuilds only when something the build reads changed (scripts/build-stamp.mjs).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { recordBuild, whyBuild } from '../scripts/build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-stamp-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'dist', 'a.js'), 'export const a = 1;\n');
  return { dir, options: { inputs: ['src'], outputs: ['dist/a.js'] } };
}

describe('build stamp', () => {
  it('asks for a build until one is recorded, then not until a source changes', () => {
    const { dir, options } = tree();
    assert.equal(whyBuild(dir, options), 'no build recorded yet');
    recordBuild(dir, options);
    assert.equal(whyBuild(dir, options), '');
    writeFileSync(join(dir, 'src', 'a.ts'), 'export const a = 2;\n');
    utimesSync(join(dir, 'src', 'a.ts'), new Date(1_000_000), new Date(2_000_000));
    assert.equal(whyBuild(dir, options), 'sources changed since the last build');
    recordBuild(dir, options);
    writeFileSync(join(dir, 'src', 'b.ts'), 'export const b = 1;\n');
    assert.equal(whyBuild(dir, options), 'sources changed since the last build', 'a new file counts');
    recordBuild(dir, options);
    rmSync(join(dir, 'dist', 'a.js'));
    assert.equal(whyBuild(dir, options), 'dist/a.js is missing');
  });

  it('a second `npm start` with nothing changed skips the build and serves', async () => {
    // As if `npm start` had just built this clone (npm test built it before the node tests); the
    // clone's own record is put back afterwards.
    const stamp = join(root, 'node_modules', '.cache', 'gongkai-build-stamp.json');
    const before = existsSync(stamp) ? readFileSync(stamp) : undefined;
    recordBuild(root);
    // …and installed: a worktree's checkout may be newer than its installed packages, and this test
    // is about the build, not a reinstall (`npm start` reinstalls when the lockfile is newer).
    const installed = join(root, 'node_modules', '.package-lock.json');
    if (statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs + 2000)
      utimesSync(installed, new Date(), new Date(Date.now() + 5000));
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    try {
      await new Promise((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          if (/http:\/\/localhost:\d+\/examples\//.test(out)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${out}`)));
      });
    } finally {
      child.kill();
      if (before) writeFileSync(stamp, before);
      else rmSync(stamp, { force: true });
    }
    assert.match(out, /Build is up to date/);
    assert.doesNotMatch(out, /Building packages/);
  });
});
