// dist/browser/ is the folder a webmaster copies to the site: it holds only what browsers load. The
// source maps (two thirds of its bytes) move to dist/browser-maps/, same layout, and each file's
// `//# sourceMappingURL` comment goes: it would name a file the site does not have. A developer loads
// a map in DevTools by hand (README: Browser files). The sibling folder keeps each map's relative
// `sources` (../../src/…) resolving as before. Runs before sri.mjs: the hashes are of the files served.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const browser = join(dist, 'browser');
const maps = join(dist, 'browser-maps');

/** Every file under `dir`, as paths. */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

rmSync(maps, { recursive: true, force: true });
let moved = 0;
let stripped = 0;
for (const file of walk(browser)) {
  if (file.endsWith('.map')) {
    const to = join(maps, relative(browser, file));
    mkdirSync(dirname(to), { recursive: true });
    renameSync(file, to);
    moved++;
  } else if (/\.(m?js|css)$/.test(file)) {
    const text = readFileSync(file, 'utf8');
    const without = text.replace(/\n?\/[/*][#@] sourceMappingURL=[^\n]*\s*$/, '\n');
    if (without !== text) {
      writeFileSync(file, without);
      stripped++;
    }
  }
}
console.log(`maps-apart: ${moved} source maps moved to dist/browser-maps/, ${stripped} map comments removed`);
