// What we publish, outside the monorepo: `npm pack` each package, install the tarballs into a
// fresh project, then use them from plain Node (sdk, cli), in Chromium (widgets), and from a
// TypeScript JSX file (the generated typings). Requires `npm run build` (npm test runs it first).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { createStaticServer, listen } from '../scripts/serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
let dir;
let packs;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-pack-'));
  const out = execFileSync(
    'npm',
    [
      'pack',
      '--workspace=@gongkai/sdk',
      '--workspace=@gongkai/widgets',
      '--workspace=@gongkai/cli',
      '--pack-destination',
      dir,
      '--json',
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  packs = Object.fromEntries(JSON.parse(out).map((p) => [p.name, p]));
  const deps = Object.fromEntries(Object.values(packs).map((p) => [p.name, `file:./${p.filename}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: deps }, null, 2),
  );
  const r = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  cpSync(join(root, 'examples/feeds/shili-county'), join(dir, 'feed'), { recursive: true });
});

const files = (name) => packs[name].files.map((f) => f.path);

describe('published packages', () => {
  it('contain only what they should: ESM, types, schemas, browser bundles, manifest', () => {
    for (const name of Object.keys(packs)) {
      const paths = files(name);
      assert.ok(
        paths.every(
          (p) =>
            p === 'package.json' ||
            p.startsWith('dist/') ||
            p === 'bin/gongkai.js' ||
            /^(README|LICENSE|CHANGELOG)/i.test(p),
        ),
        `${name}: ${paths.filter((p) => !p.startsWith('dist/'))}`,
      );
      assert.ok(
        !paths.some((p) => /\.test\.|\.stories\.|node_modules/.test(p)),
        `${name} ships tests, stories or node_modules`,
      );
    }
    assert.ok(files('@gongkai/sdk').includes('dist/index.d.ts'));
    assert.ok(files('@gongkai/sdk').includes('dist/schemas/fee-list.schema.json'));
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/browser/gongkai.js',
      'dist/browser/gongkai-all.js',
      'dist/browser/elements/gongkai-power-list.js',
      'dist/browser/gongkai.iife.js',
      'dist/browser/sri.json',
      'dist/custom-elements.json',
      'dist/jsx.d.ts',
      'dist/vue.d.ts',
      'dist/react.d.ts',
      'dist/jsx-integration.d.ts',
      'dist/vue-integration.d.ts',
    ]) {
      assert.ok(files('@gongkai/widgets').includes(f), f);
    }
    assert.ok(files('@gongkai/cli').includes('dist/bin.js'));
    assert.ok(files('@gongkai/cli').includes('bin/gongkai.js'), 'the launcher npm links at install');
    const widgets = JSON.parse(readFileSync(join(dir, 'node_modules/@gongkai/widgets/package.json'), 'utf8'));
    assert.equal(widgets.customElements, 'dist/custom-elements.json');
    assert.ok(Array.isArray(widgets.sideEffects), 'element registration is a side effect bundlers must keep');
    assert.equal(
      JSON.parse(readFileSync(join(dir, 'node_modules/@gongkai/sdk/package.json'), 'utf8')).types,
      'dist/index.d.ts',
    );
  });

  it('the SDK works from plain Node', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      import { validate, buildBudgetTree, formatAmount } from '@gongkai/sdk';
      import { readFileSync } from 'node:fs';
      const m = JSON.parse(readFileSync('feed/manifest.json', 'utf8'));
      const b = JSON.parse(readFileSync('feed/data/budget-2026-ca.json', 'utf8'));
      console.log(validate('manifest', m).ok, formatAmount(buildBudgetTree(b.lines).total, { unit: b.unit }));
    `,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.match(out, /^true [\d,.]+ 万元/);
  });

  it('the CLI runs as `gongkai` from the installed package', () => {
    const r = spawnSync(join(dir, 'node_modules/.bin/gongkai'), ['validate', 'feed', '--lang', 'en'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ready to publish/);
  });

  it('the widgets work in Chromium, bundled from npm by a developer’s bundler and as the one-tag script', async () => {
    writeFileSync(
      join(dir, 'app.js'),
      `import '@gongkai/widgets';\nimport { formatAmount } from '@gongkai/sdk';\nwindow.formatted = formatAmount(1234.5, { unit: '万元' });\n`,
    );
    execFileSync(bin('esbuild'), ['app.js', '--bundle', '--format=esm', '--outfile=out/app.js', '--log-level=error'], {
      cwd: dir,
    });
    writeFileSync(
      join(dir, 'subpaths.js'),
      `import '@gongkai/widgets/search';\nimport '@gongkai/widgets/feed-status';\nwindow.subpathsLoaded = true;\n`,
    );
    execFileSync(
      bin('esbuild'),
      ['subpaths.js', '--bundle', '--format=esm', '--outfile=out/subpaths.js', '--log-level=error'],
      { cwd: dir },
    );
    writeFileSync(
      join(dir, 'out/subpaths.html'),
      `<!doctype html><meta charset="utf-8"><script type="module" src="./subpaths.js"></script>`,
    );
    writeFileSync(
      join(dir, 'out/index.html'),
      `<!doctype html><meta charset="utf-8"><script type="module" src="./app.js"></script><gk-fee-table src="/feed/"></gk-fee-table>`,
    );
    writeFileSync(
      join(dir, 'out/cdn.html'),
      `<!doctype html><meta charset="utf-8"><script src="/node_modules/@gongkai/widgets/dist/browser/gongkai.iife.js"></script><gk-three-public src="/feed/" dataset="three-public-2025-ca"></gk-three-public>`,
    );
    const server = createStaticServer(dir, {
      served: ['out', 'feed', 'node_modules/@gongkai/widgets/dist'],
      index: '/out/',
    });
    const port = await listen(server, 8730);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${port}/out/index.html`);
      await page.waitForFunction(
        () => document.querySelector('gk-fee-table')?.shadowRoot?.querySelectorAll('tbody tr.fee').length > 40,
        { timeout: 10_000 },
      );
      assert.equal(await page.evaluate(() => window.formatted), '1,234.50 万元');
      // Each element alone, from its own subpath (package.json "exports"), as a developer imports it.
      await page.goto(`http://127.0.0.1:${port}/out/subpaths.html`);
      await page.waitForFunction(() => window.subpathsLoaded === true, { timeout: 10_000 });
      assert.deepEqual(
        await page.evaluate(() => ['gk-search', 'gk-feed-status', 'gk-fee-table'].map((t) => !!customElements.get(t))),
        [true, true, false],
        'the subpaths register their own element and no other',
      );
      await page.goto(`http://127.0.0.1:${port}/out/cdn.html`);
      await page.waitForFunction(() => document.querySelector('gk-three-public')?.shadowRoot?.querySelector('tfoot'), {
        timeout: 10_000,
      });
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('the JSX typings type-check element attributes in a TSX file', () => {
    writeFileSync(
      join(dir, 'good.tsx'),
      `/// <reference types="@gongkai/widgets/jsx" />\nexport const view = <gk-fee-table src="/feed/" query="bdc" sort="amount" size="kiosk" ongk-fee-select={(e) => console.log(e.detail.fee.name)} />;\nexport const kiosk = <gk-kiosk mode="tv" dwell={20}><gk-three-public dataset="x" /></gk-kiosk>;\n`,
    );
    writeFileSync(
      join(dir, 'bad.tsx'),
      `/// <reference types="@gongkai/widgets/jsx" />\nexport const view = <gk-kiosk mode="cinema" />;\nexport const ev = <gk-fee-table ongk-fee-select={(e) => e.detail.nope} />;\n`,
    );
    const config = (file) =>
      JSON.stringify({
        compilerOptions: {
          jsx: 'preserve',
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          types: [],
        },
        files: [file],
      });
    writeFileSync(join(dir, 'tsconfig.good.json'), config('good.tsx'));
    writeFileSync(join(dir, 'tsconfig.bad.json'), config('bad.tsx'));
    const good = spawnSync(bin('tsc'), ['-p', 'tsconfig.good.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stdout);
    const bad = spawnSync(bin('tsc'), ['-p', 'tsconfig.bad.json'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0, 'an invalid attribute value must not type-check');
    assert.match(bad.stdout, /cinema/);
    assert.match(bad.stdout, /nope/, "each event's detail is typed");
  });

  it('the React typings type-check the elements in React 19 JSX', () => {
    writeFileSync(
      join(dir, 'react-app.tsx'),
      `import type {} from '@gongkai/widgets/react';\nexport const App = () => <gk-feed src="/feed/"><gk-budget-viewer dataset="budget-2026-ca" unit="元" ongk-budget-select={(e) => console.log(e.detail.path.join('/'))} /></gk-feed>;\n`,
    );
    writeFileSync(
      join(dir, 'react-bad.tsx'),
      `import type {} from '@gongkai/widgets/react';\nexport const App = () => <gk-process-flow orientation="diagonal" />;\n`,
    );
    const react = join(root, 'node_modules/@types/react');
    const config = (file) =>
      JSON.stringify({
        compilerOptions: {
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          types: [],
          paths: { react: [react], 'react/jsx-runtime': [join(react, 'jsx-runtime')] },
        },
        files: [file],
      });
    writeFileSync(join(dir, 'tsconfig.react.json'), config('react-app.tsx'));
    writeFileSync(join(dir, 'tsconfig.react-bad.json'), config('react-bad.tsx'));
    const good = spawnSync(bin('tsc'), ['-p', 'tsconfig.react.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stdout);
    const bad = spawnSync(bin('tsc'), ['-p', 'tsconfig.react-bad.json'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /diagonal/);
  });
});
