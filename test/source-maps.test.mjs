// The one-tag bundle's source maps lead back to the TypeScript: an error thrown in Chromium by code
// that sits after minified Lit templates is mapped to its .ts file and line.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen, rootDir } from '../scripts/serve.mjs';

const bundle = new URL('../packages/widgets/dist/browser/gongkai-all.js', import.meta.url);
let server;
let browser;
let base;

before(async () => {
  server = createStaticServer(rootDir);
  base = `http://127.0.0.1:${await listen(server, 8760)}`;
  browser = await launchChromium({ protocolTimeout: 60_000 });
});
after(async () => {
  await browser?.close();
  server?.close();
});

// The maps are not deployed with the bundle (README: dist/browser-maps/, beside dist/browser/); their
// sources resolve from where they are.
const mapFile = new URL('../browser-maps/gongkai-all.js.map', bundle);

/** The original file and line of a `gongkai.js:line:column` position. */
function original(line, column) {
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const entry = map.findEntry(line - 1, column - 1);
  const file = fileURLToPath(new URL(entry.originalSource, mapFile));
  return { file, line: entry.originalLine + 1, text: readFileSync(file, 'utf8').split('\n')[entry.originalLine] };
}

describe('source maps of the one-tag bundle', () => {
  it('map an error thrown in the browser back to the .ts line that threw it', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${base}/examples/`);
    // exportCsv on a fee table that was never set up: resolveLang() reads attributes of a non-element.
    const stack = await page.evaluate(async () => {
      const m = await import('/packages/widgets/dist/browser/gongkai-all.js');
      try {
        m.GkFeeTable.prototype.exportCsv.call(Object.create(m.GkFeeTable.prototype), { download: false });
      } catch (e) {
        return String(e.stack);
      }
      return '';
    });
    const frame = stack.match(/gongkai-all\.js:(\d+):(\d+)/);
    assert.ok(frame, `no bundle frame in:\n${stack}`);
    const at = original(Number(frame[1]), Number(frame[2]));
    assert.match(at.file, /packages\/widgets\/src\/util\/lang\.ts$/);
    assert.match(at.text, /getAttribute/, `line ${at.line} of ${at.file}: ${at.text}`);
  });

  it('map code after a widget’s minified templates to its own line', () => {
    const code = readFileSync(bundle, 'utf8');
    // The fee table's select() emits gk-fee-select after its render templates in fee-table.ts.
    const index = code.indexOf('"gk-fee-select"');
    assert.ok(index > 0);
    const before = code.slice(0, index).split('\n');
    const at = original(before.length, before.at(-1).length + 1);
    assert.match(at.file, /fee-table\/fee-table\.ts$/);
    assert.match(at.text, /gk-fee-select/, `line ${at.line}: ${at.text}`);
  });
});
