// Writes dist/browser/sri.json: the Subresource Integrity hash of every browser file, so a page can
// pin exactly the bundle it was tested with (<script type="module" src=… integrity=… crossorigin>).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/browser/', import.meta.url);
const hashes = {};
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  hashes[f] = `sha384-${createHash('sha384')
    .update(readFileSync(new URL(f, dir)))
    .digest('base64')}`;
}
writeFileSync(new URL('sri.json', dir), JSON.stringify(hashes, null, 2) + '\n');
console.log(`sri: ${Object.keys(hashes).length} files hashed into dist/browser/sri.json`);
