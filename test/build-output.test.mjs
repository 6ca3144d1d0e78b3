// What `npm run build` publishes, checked from plain Node (no TypeScript loader involved).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { gzSize, pageFiles } from '../bench/results-file.mjs';

const dist = new URL('../packages/sdk/dist/', import.meta.url);
const read = (rel) => readFileSync(new URL(rel, dist), 'utf8');

describe('@gongkai/sdk build output', () => {
  it('is plain ESM that Node imports and that validates the sample feed', async () => {
    const sdk = await import(new URL('index.js', dist).href);
    const manifest = JSON.parse(
      readFileSync(new URL('../examples/feeds/shili-county/manifest.json', import.meta.url), 'utf8'),
    );
    assert.equal(sdk.validate('manifest', manifest).ok, true);
    assert.equal(typeof sdk.createClient, 'function');
  });

  it('has a core entry without the issue-message table, which words issues once loadMessages() has run', async () => {
    const core = await import(new URL('core.js', dist).href);
    assert.equal(core.MESSAGES, undefined);
    const bad = { kind: 'fee-list', id: 'x', updated: 'yesterday', items: [] };
    const { issues } = core.validate('fee-list', bad);
    assert.deepEqual(issues[0].path, ['updated']);
    await core.loadMessages();
    assert.match(core.issueMessage(issues[0])['zh-CN'], /应为/);
    assert.match(core.formatIssue(issues[0], 'en'), /^updated: expected/);
  });

  it('ships type declarations for the public API', () => {
    assert.match(read('index.d.ts'), /export \* from '\.\/core\.js'/);
    const dts = read('core.d.ts');
    for (const name of ['validate', 'createClient', 'buildBudgetTree', 'createFeeSearch', 'formatAmount'])
      assert.match(dts, new RegExp(`\\b${name}\\b`));
    assert.ok(existsSync(new URL('model/budget.d.ts', dist)));
  });

  it('ships a JSON Schema for the manifest and every dataset kind', () => {
    const files = readdirSync(new URL('schemas/', dist)).sort();
    assert.deepEqual(
      files,
      [
        'annual-report',
        'budget',
        'disclosure-catalogue',
        'fee-list',
        'final-account',
        'manifest',
        'power-list',
        'process',
        'request-guide',
        'results',
        'service-guide',
        'service-rules',
        'supervision',
        'three-public',
      ].map((k) => `${k}.schema.json`),
    );
    for (const f of files) {
      const schema = JSON.parse(read(`schemas/${f}`));
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.type, 'object');
    }
  });

  it('keeps the pinyin dictionary out of the browser bundle until it is needed', () => {
    const main = read('browser/gongkai-sdk.js');
    const chunks = readdirSync(new URL('browser/', dist)).filter((f) => f.endsWith('.js') && f !== 'gongkai-sdk.js');
    assert.equal(chunks.length, 1, 'one lazy chunk');
    assert.match(main, new RegExp(`import\\(["']\\./${chunks[0].replace('.', '\\.')}["']\\)`));
    assert.ok(gzipSync(main).length < gzipSync(read(`browser/${chunks[0]}`)).length);
  });
});

describe('@gongkai/widgets browser build', () => {
  const browser = new URL('../packages/widgets/dist/browser/', import.meta.url);

  it('gongkai-all.js is one file (what SRI pins): it imports nothing statically, and the IIFE neither', () => {
    for (const f of ['gongkai-all.js', 'gongkai.iife.js']) {
      const code = readFileSync(new URL(f, browser), 'utf8');
      assert.doesNotMatch(code, /(?:^|[;}])\s*(?:import|export)\s*[^('"]*?from\s*["']\.\//, f);
    }
  });

  it("a one-widget page downloads its own kind's schema and checks, not every kind's", () => {
    const kindsOf = (element) =>
      pageFiles(element)
        .map((f) => f.match(/gongkai-kind-([a-z-]+)\.js$/)?.[1])
        .filter(Boolean)
        .sort();
    assert.deepEqual(kindsOf('fee-table'), ['fee-list']);
    assert.deepEqual(kindsOf('process-flow'), ['process']);
    assert.deepEqual(kindsOf('results'), ['results']);
    // 三公 tables check printed changes as budgets do, with the rules both share, not the budget's own.
    assert.deepEqual(kindsOf('three-public'), ['three-public']);
    // A guide shows its fees and its process too, a power its guides, fees and processes; a department every kind.
    assert.deepEqual(kindsOf('power-list'), ['fee-list', 'power-list', 'process', 'service-guide']);
    assert.deepEqual(kindsOf('service-guide'), ['fee-list', 'power-list', 'process', 'service-guide']);
    assert.deepEqual(kindsOf('annual-report'), ['annual-report']);
    assert.deepEqual(kindsOf('request-guide'), ['request-guide']);
    assert.deepEqual(kindsOf('catalogue'), ['disclosure-catalogue']);
    // The department page validates every kind the SDK knows (ALL_KINDS): the ten it shows, the
    // annual report, the request guide and the disclosure catalogue.
    assert.equal(kindsOf('department').length, 13);
    // The shared core names no kind's rules (its only static imports would be kind chunks).
    const core = readFileSync(new URL('elements/gongkai-core.js', browser), 'utf8');
    assert.doesNotMatch(core, /from\s*["']\.\/gongkai-kind-/);
  });

  it('a page whose element reads no feed (the search box) loads neither zod, ky nor the SDK client', () => {
    const files = pageFiles('search').map((f) => f.split('/').pop());
    assert.ok(files.includes('gongkai-base.js'), files.join());
    assert.ok(!files.includes('gongkai-core.js'), files.join());
    const code = pageFiles('search')
      .map((f) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'))
      .join('\n');
    // Zod names its schema classes in the code, ky its options; neither may be in a search page.
    assert.doesNotMatch(code, /\$ZodObject|backoffLimit/);
    // A data element's page still loads both.
    assert.ok(pageFiles('fee-table').some((f) => f.endsWith('/gongkai-core.js')));
  });

  it('the one tag is a loader under 60 kB gzip, and every element it names has its module beside it', () => {
    const loader = readFileSync(new URL('gongkai.js', browser));
    assert.ok(gzipSync(loader, { level: 9 }).length < 60 * 1024);
    const source = readFileSync(new URL('../packages/widgets/src/autoload.ts', import.meta.url), 'utf8');
    const names = [...source.match(/ELEMENT_NAMES = \[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    assert.ok(names.includes('power-list') && names.includes('department'), names.join());
    const modules = readdirSync(new URL('elements/', browser));
    for (const n of names) assert.ok(modules.includes(`gongkai-${n}.js`), `elements/gongkai-${n}.js`);
    // And no element module is left out of the loader (each lives in a folder of src/ with an index.ts).
    const widgets = readdirSync(new URL('../packages/widgets/src/', import.meta.url)).filter((d) =>
      existsSync(new URL(`../packages/widgets/src/${d}/index.ts`, import.meta.url)),
    );
    assert.deepEqual([...widgets].sort(), [...names].sort());
    // And every element can be imported alone from npm (`import '@gongkai/widgets/<name>'`).
    const pkg = JSON.parse(readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8'));
    const missing = widgets.filter((w) => pkg.exports[`./${w}`]?.import !== `./dist/${w}/index.js`);
    assert.deepEqual(missing, [], 'element folders without a package.json export');
  });

  it('the legacy set for old engines leaves the modern one-widget pages within 1 kB gzip of the sizes recorded in bench/RESULTS.md', () => {
    const results = readFileSync(new URL('../bench/RESULTS.md', import.meta.url), 'utf8');
    const rows = [...results.matchAll(/^\| `<gk-([a-z-]+)>` \| gongkai\.js \+[^|]*\| \*\*([\d.]+) kB\*\* \|$/gm)];
    assert.ok(rows.length >= 10, `${rows.length} one-widget rows in bench/RESULTS.md`);
    assert.match(readFileSync(new URL('elements/gongkai-base.js', browser), 'utf8'), /\bstatic\s*\{/);
    for (const [, element, recorded] of rows) {
      const now = gzSize(...pageFiles(element)) / 1024;
      assert.ok(now <= Number(recorded) + 1, `<gk-${element}>: ${now.toFixed(1)} kB, recorded ${recorded} kB`);
    }
    // The legacy set is beside them, complete: a loader and every element module, lowered.
    const legacy = new URL('legacy/', browser);
    assert.ok(existsSync(new URL('gongkai.js', legacy)));
    assert.ok(existsSync(new URL('gongkai-empty.css', legacy)));
    const modules = readdirSync(new URL('elements/', browser)).filter((f) => f.endsWith('.js'));
    assert.deepEqual(readdirSync(new URL('elements/', legacy)).sort(), modules.sort());
    // Lowered: no class static blocks (Chromium 94) in the legacy modules, while today's have them.
    for (const f of modules) {
      const code = readFileSync(new URL(`elements/${f}`, legacy), 'utf8');
      assert.doesNotMatch(code, /\bstatic\s*\{/, `legacy/elements/${f}`);
    }
  });
});
