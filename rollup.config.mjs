// One build for every package: ESM + .d.ts for npm consumers, and self-contained minified browser
// bundles for pages that load a script straight from a server (the webmaster's one tag).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { legacySet, lowerChunks } from './scripts/rollup-legacy.mjs';

// Third-party code warns about its own circular imports and comment positions; not ours to fix.
const onwarn = (warning, warn) => {
  if (warning.id?.includes('node_modules') || warning.ids?.some((id) => id.includes('node_modules'))) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.message.includes('node_modules')) return;
  warn(warning);
};

/**
 * Heavy optional parts, loaded on first use by `import(spec)`, each as one chunk with a fixed name
 * beside the bundle, holding the module that `from` matches and what it imports statically: the
 * pinyin dictionary, the QR encoder, the SDK's issue messages (needed only when data is wrong) and
 * the flowchart layout with dagre.
 */
const LAZY = [
  { spec: 'pinyin-pro', from: /\/node_modules\/pinyin-pro\//, chunk: 'gongkai-pinyin.js' },
  { spec: 'uqr', from: /\/node_modules\/uqr\//, chunk: 'gongkai-qr.js' },
  { spec: './messages.js', from: /\/sdk\/(dist|src)\/validate\/messages\.[jt]s$/, chunk: 'gongkai-messages.js' },
  { spec: './dagre-layout.js', from: /\/widgets\/src\/process-flow\/dagre-layout\.[jt]s$/, chunk: 'gongkai-layout.js' },
];
const lazyChunk = (ids) => LAZY.find((l) => ids.some((id) => l.from.test(id)))?.chunk;
/** The lazy part an `import(spec)` in `importer` loads: a package by name, our own module by path. */
const lazyPart = (spec, importer) =>
  LAZY.find(
    (l) => l.spec === spec && (!spec.startsWith('.') || (importer && l.from.test(resolve(dirname(importer), spec)))),
  );

/**
 * Lit's html``, svg`` and css`` templates reach the bundle as written, indentation and comments
 * included: Lit's own maintained plugin minifies them and keeps the source maps right.
 */
const minifyTemplates = () => minifyHTML({ include: ['packages/widgets/src/**/*.ts'], failOnError: true });

/** ESM for npm: one file per module (tree-shakeable), declarations, dependencies left external. */
function npmBuild(pkg, external, inputs = ['index.ts']) {
  return {
    input: inputs.map((f) => `packages/${pkg}/src/${f}`),
    onwarn,
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
    },
    external,
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: `packages/${pkg}/tsconfig.json`,
        outDir: `packages/${pkg}/dist`,
        declarationDir: `packages/${pkg}/dist`,
      }),
    ],
  };
}

/**
 * TypeScript for the browser bundles. They are written to dist/browser/ through an output folder of
 * dist/ (file names carry the `browser/`): TypeScript's source maps name sources relative to its
 * outDir, which must then sit at the depth of src/ for the maps to lead back to the .ts files.
 */
const browserTypescript = (pkg) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    declaration: false,
    declarationDir: undefined,
    outDir: `packages/${pkg}/dist`,
  });

/** Everything inlined and minified; the heavy optional parts stay lazy chunks with fixed names. */
function browserEsm(pkg, file) {
  return {
    input: `packages/${pkg}/src/index.ts`,
    // One file holds everything (what SRI pins); a part split off by import() (the kiosk's keyboard)
    // imports what it shares from this file rather than from a third chunk.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      entryFileNames: `browser/${file}`,
      chunkFileNames: (c) => `browser/${lazyChunk(c.moduleIds) ?? '[name]-[hash].js'}`,
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      browserTypescript(pkg),
      minifyTemplates(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  };
}

/**
 * The one-tag script: the autoloader alone (about a kilobyte), which loads the per-element modules
 * beside it when their tags appear, or the legacy set in an engine that fails its feature test. Its
 * syntax is lowered for Chromium 72: an old engine must be able to read it to choose.
 */
function browserLoader(pkg) {
  return {
    input: `packages/${pkg}/src/autoload-entry.ts`,
    onwarn,
    output: { dir: `packages/${pkg}/dist`, format: 'es', entryFileNames: 'browser/gongkai.js', sourcemap: true },
    plugins: [browserTypescript(pkg), lowerChunks(), terser({ format: { comments: false } })],
  };
}

/**
 * What every element needs, in two shared chunks. `gongkai-base.js`: Lit and the element base with its
 * tokens and formatters, all an element needs that reads no feed (the search box). `gongkai-core.js`:
 * what reading a feed adds (zod, ky, the SDK's client and validator with the manifest's rules and the
 * personal-data check every kind gets, with the de-identification it shares with the results, the data
 * element). Each kind's schema and checks stay out (a widget registers the kinds it shows), as do the
 * platform's report model and helpers only some elements use: rollup puts those into the elements that
 * use them or into chunks they share.
 */
const BASE =
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|tslib)\/|\/sdk\/dist\/helpers\/(dates|intl-format|amount)\.js|\/widgets\/src\/(base\/(gk-element|define|claim|cjk-fallback|legacy-hooks|events|version)|styles\/(tokens|themes|controls)\.styles|util\/(lang|warm-intl))\.ts$/;
const CORE =
  /\/node_modules\/(@lit\/context|zod|ky|idb-keyval)\/|\/sdk\/dist\/(model\/(common|published|manifest|kinds|zod-config)\.js|validate\/(?!kinds\/|checks\/(?!manifest|unique-ids|personal-data))|client\/|helpers\/(map-limit|document-ref|text-normalize|deidentify|personal-numbers|text-skeleton|string-leaves)\.js)|\/widgets\/src\/base\//;

/**
 * Each kind's schema, checks and the helpers only they use, in a chunk of its own
 * (`gongkai-kind-budget.js` …) that the elements showing that kind load. Named explicitly: left to
 * rollup they would follow the SDK's barrel module into the shared core.
 */
const KIND_PARTS = {
  budget:
    /\/sdk\/dist\/(model\/budget|validate\/(checks|kinds)\/budget|helpers\/(budget-tree|compare)|rules\/classification)\.js$/,
  'three-public': /\/sdk\/dist\/(model|validate\/checks|validate\/kinds|helpers)\/three-public\.js$/,
  'fee-list':
    /\/sdk\/dist\/(model\/fees|validate\/checks\/fees|validate\/kinds\/fee-list|helpers\/fee-(standard|search))\.js$/,
  'service-guide':
    /\/sdk\/dist\/(model\/service-guide|validate\/(checks|kinds)\/service-guide|helpers\/material-form)\.js$/,
  process:
    /\/sdk\/dist\/(model\/process|validate\/(checks|kinds)\/process|helpers\/(process-path|process-graph|time-limits)|validate\/checks\/guide-times)\.js$/,
  'power-list': /\/sdk\/dist\/(model|validate\/checks|validate\/kinds)\/power-list\.js$/,
  results: /\/sdk\/dist\/(model\/results|validate\/(checks|kinds)\/results|helpers\/result-\w+)\.js$/,
  'service-rules': /\/sdk\/dist\/(model|validate\/kinds)\/service-rules\.js$/,
  supervision: /\/sdk\/dist\/(model|validate\/checks|validate\/kinds)\/supervision\.js$/,
  'annual-report':
    /\/sdk\/dist\/(model\/annual-report|validate\/(checks|kinds)\/annual-report(-[a-z0-9]+)?|helpers\/(annual-report(-text)?|case-rollup))\.js$/,
  'request-guide':
    /\/sdk\/dist\/(model\/request-guide|validate\/(checks|kinds)\/request-guide|calendar\/[a-z0-9-]+|helpers\/(request-deadline|processing-fee))\.js$/,
  'disclosure-catalogue':
    /\/sdk\/dist\/(model\/disclosure-catalogue|validate\/(checks|kinds)\/disclosure-catalogue|validate\/checks\/catalogue-feed|helpers\/catalogue-time-limit|rules\/catalogue-status)\.js$/,
  // Every kind at once, for the department page.
  all: /\/sdk\/dist\/validate\/kinds\/all\.js$/,
};
const FIGURE_RULES = /\/sdk\/dist\/rules\/(change|tolerance)\.js$/;
const kindPart = (id) => Object.keys(KIND_PARTS).find((k) => KIND_PARTS[k].test(id));

/**
 * The elements a page can load one at a time, each with what it needs (shared code in shared chunks):
 * every folder of src/ with an index.ts, the same list as the autoloader's ELEMENT_NAMES
 * (test/build-output.test.mjs checks).
 */
export const ELEMENTS = readdirSync('packages/widgets/src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`packages/widgets/src/${d.name}/index.ts`))
  .map((d) => d.name);

/**
 * One ES module per element (`elements/gongkai-fee-table.js` …) with the code they share split into
 * chunks, for a page that shows one or two widgets: it downloads only theirs. In a folder of their
 * own, so their lazy chunks never replace the all-in-one bundle's.
 */
function browserPerElement(pkg) {
  return {
    input: Object.fromEntries(ELEMENTS.map((e) => [`gongkai-${e}`, `packages/${pkg}/src/${e}/index.ts`])),
    onwarn,
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      entryFileNames: 'browser/elements/[name].js',
      chunkFileNames: (c) => `browser/elements/${lazyChunk(c.moduleIds) ?? '[name].js'}`,
      // What every element needs (Lit and the widget base; the SDK for those that read feeds) in two
      // chunks, so a page makes a few requests, not fifteen; code only some elements share goes into
      // chunks of its own.
      manualChunks: (id) => {
        if (LAZY.some((l) => l.from.test(id))) return undefined;
        // The rules for printed figures that budgets and 三公 tables share: apart, or they would follow the
        // budget's checks into its chunk and a 三公 page would load every budget rule.
        if (FIGURE_RULES.test(id)) return 'figure-rules';
        const kind = kindPart(id);
        if (kind) return `gongkai-kind-${kind}`;
        return BASE.test(id) ? 'gongkai-base' : CORE.test(id) ? 'gongkai-core' : undefined;
      },
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      browserTypescript(pkg),
      minifyTemplates(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
      legacySet({
        from: 'browser/elements/',
        to: 'browser/legacy/elements/',
        loader: `packages/${pkg}/src/legacy/entry.ts`,
        loaderFile: 'browser/legacy/gongkai.js',
      }),
    ],
  };
}

/**
 * A classic script for CMSs that cannot use modules. Classic scripts may still `import()`, so the
 * lazy chunks written by the ESM build are loaded from beside this file when first needed.
 */
function browserIife(pkg, file, name) {
  return {
    input: `packages/${pkg}/src/index.ts`,
    onwarn,
    output: {
      dir: `packages/${pkg}/dist`,
      entryFileNames: `browser/${file}`,
      format: 'iife',
      name,
      sourcemap: true,
      // A classic script is one file: parts a module build splits off by import() (the kiosk's
      // keyboard) are inlined here; the heavy lazy parts above stay beside the script.
      inlineDynamicImports: true,
      intro: 'var __gkScript = document.currentScript && document.currentScript.src || location.href;',
    },
    plugins: [
      {
        name: 'lazy-chunks-beside-script',
        // A lazy part becomes an external `./<chunk>` (the ESM build writes it), loaded from beside this script.
        resolveDynamicImport: (spec, importer) => {
          if (typeof spec !== 'string') return null;
          const part = lazyPart(spec, importer);
          return part ? { id: `./${part.chunk}`, external: 'absolute' } : null;
        },
        renderDynamicImport: ({ targetModuleId }) =>
          targetModuleId?.startsWith('./gongkai-') ? { left: 'import(new URL(', right: ', __gkScript).href)' } : null,
      },
      nodeResolve({ browser: true }),
      browserTypescript(pkg),
      minifyTemplates(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
  };
}

/**
 * What an npm build leaves to the installer: the package's own dependencies and peer dependencies
 * (a module and its subpaths), read from its package.json, and Node's built-ins.
 */
function externals(pkg) {
  const json = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  const names = Object.keys({ ...json.dependencies, ...json.peerDependencies });
  return (id) => id.startsWith('node:') || names.some((n) => id === n || id.startsWith(`${n}/`));
}

export default [
  npmBuild('sdk', externals('sdk'), ['index.ts', 'core.ts', 'harvest.ts']),
  browserEsm('sdk', 'gongkai-sdk.js'),
  npmBuild('widgets', externals('widgets')),
  browserEsm('widgets', 'gongkai-all.js'),
  browserPerElement('widgets'),
  browserLoader('widgets'),
  browserIife('widgets', 'gongkai.iife.js', 'Gongkai'),
  npmBuild('cli', externals('cli'), ['index.ts', 'bin.ts']),
];
