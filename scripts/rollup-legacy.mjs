// The legacy set for tier 2 engines (Chromium 72 to 96; README: Browser support): the per-element
// modules with their syntax lowered for Chromium 72 by esbuild, in `legacy/elements/` (same names,
// same imports between them), and a legacy loader with the runtime features they need. Built from
// the modern output rather than a second rollup pass: the same code, one chunking.
import { build, transform } from 'esbuild';

/** The oldest engine the legacy set is built for; what gongkai.js itself must parse in too. */
export const LEGACY_TARGET = 'chrome72';

/** Lowers one chunk's syntax for LEGACY_TARGET (ES modules and import() stay: Chromium 72 has them). */
export async function lower(code, file) {
  const out = await transform(code, {
    target: LEGACY_TARGET,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    sourcefile: file,
    sourcemap: true,
  });
  return { code: out.code, map: out.map };
}

/**
 * A rollup plugin for the per-element build: every chunk it writes to `<from>` is written again,
 * lowered, to `<to>`; and the legacy loader (`loader`, bundled with its polyfills) to `<to>/../gongkai.js`.
 */
export function legacySet({ from, to, loader, loaderFile }) {
  return {
    name: 'gongkai-legacy-set',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith(from)) continue;
        const fileName = to + chunk.fileName.slice(from.length);
        this.emitFile({ type: 'asset', fileName, source: (await lower(chunk.code, chunk.fileName)).code });
      }
      // core-js is CommonJS, which esbuild bundles as it is. The widgets package declares itself free of
      // side effects (for npm consumers' tree shaking); the polyfills are nothing but side effects.
      const out = await build({
        ignoreAnnotations: true,
        charset: 'utf8',
        entryPoints: [loader],
        bundle: true,
        format: 'esm',
        target: LEGACY_TARGET,
        minify: true,
        write: false,
        legalComments: 'none',
        logLevel: 'warning',
      });
      this.emitFile({ type: 'asset', fileName: loaderFile, source: out.outputFiles[0].text });
      // The empty style sheet the legacy loader fills through the CSSOM under a strict CSP (csp-styles.ts).
      this.emitFile({
        type: 'asset',
        fileName: loaderFile.replace(/[^/]+$/, 'gongkai-empty.css'),
        source: "/* Empty: legacy/csp-styles.ts inserts the widgets' rules into it through the CSSOM. */\n",
      });
    },
  };
}

/** A rollup plugin that lowers every chunk it renders to LEGACY_TARGET (the one-tag loader). */
export function lowerChunks() {
  return { name: 'gongkai-lower', renderChunk: (code, chunk) => lower(code, chunk.fileName) };
}
