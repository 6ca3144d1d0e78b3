// The README's TypeScript examples are code a developer copies: each one is type-checked against the
// packages, and the SDK's is run, reading the sample feed where it names www.example.gov.cn.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the clone, so `@gongkai/*` resolves to the workspaces as it does for the other tests.
const dir = join(root, '.tmp', 'readme-examples');
const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(
  (m) => m[1],
);
const file = (i) => join(dir, `example-${i + 1}.ts`);

before(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  blocks.forEach((code, i) => writeFileSync(file(i), code.includes('import ') ? code : `${code}\nexport {};\n`));
});

describe('README code examples', () => {
  it('type-check against the packages', () => {
    assert.ok(blocks.length >= 2, `${blocks.length} TypeScript blocks in the README`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'], compilerOptions: { types: ['node'] } }),
    );
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('the SDK example runs: validates a file, reads a feed, subscribes and stops', () => {
    const i = blocks.findIndex((b) => b.includes('createClient('));
    assert.ok(i >= 0, 'an SDK example with createClient');
    // The feed the example names, served from the sample feed on disk: no network in tests.
    const feed = join(root, 'examples', 'feeds', 'shili-county');
    writeFileSync(
      join(dir, 'sample-fetch.mjs'),
      `import { readFile } from 'node:fs/promises';
const prefix = 'https://www.example.gov.cn/gongkai/feed';
const real = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!url.href.startsWith(prefix)) return real(input, init);
  let path = url.pathname.slice('/gongkai/feed'.length) || '/';
  if (path.endsWith('/')) path += 'manifest.json';
  try {
    return new Response(await readFile(${JSON.stringify(feed)} + path), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
};
`,
    );
    const r = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--import', join(dir, 'sample-fetch.mjs'), file(i)],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /[\d,]+\.\d\d 万元/, 'the budget total, formatted');
    assert.match(r.stdout, /fees-nr/, 'the feed read through the one read path lists its fee list');
  });
});
