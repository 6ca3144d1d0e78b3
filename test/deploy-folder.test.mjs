// dist/browser/ is the folder the README tells a webmaster to copy: only what browsers load, and
// nothing in it names a file that is not in it. The source maps sit beside it, in dist/browser-maps/.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../packages/widgets/dist/', import.meta.url));
const browser = join(dist, 'browser');
const maps = join(dist, 'browser-maps');

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

describe('the deployment folder (dist/browser/)', () => {
  const files = walk(browser);

  it('holds no source map, and no comment pointing at one', () => {
    assert.deepEqual(
      files.filter((f) => f.endsWith('.map')).map((f) => relative(browser, f)),
      [],
    );
    const pointing = files.filter((f) => /\.js$/.test(f) && /[#@] sourceMappingURL=/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(
      pointing.map((f) => relative(browser, f)),
      [],
    );
  });

  it('every file a script imports by a relative path is in it', () => {
    const missing = [];
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const code = readFileSync(f, 'utf8');
      for (const [, spec] of code.matchAll(/["'`](\.{1,2}\/[\w./-]+\.(?:js|json|css))["'`]/g)) {
        const target = resolve(dirname(f), spec);
        if (!target.startsWith(browser) || !existsSync(target)) missing.push(`${relative(browser, f)} → ${spec}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('sri.json lists files that are in it', () => {
    const sri = JSON.parse(readFileSync(join(browser, 'sri.json'), 'utf8'));
    assert.ok(Object.keys(sri).length > 0);
    for (const name of Object.keys(sri)) assert.ok(existsSync(join(browser, name)), name);
  });

  it('the maps are beside it, one per script, at the same relative path', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    const withMaps = scripts.filter((f) => existsSync(join(maps, `${relative(browser, f)}.map`)));
    // Every script rollup writes has its map; the legacy set is lowered from those and has none.
    const expected = scripts.filter((f) => !relative(browser, f).startsWith('legacy/'));
    assert.deepEqual(
      expected.filter((f) => !withMaps.includes(f)).map((f) => relative(browser, f)),
      [],
    );
    const bytes = (list) => list.reduce((n, f) => n + statSync(f).size, 0);
    assert.ok(bytes(walk(maps)) > 0);
  });
});
