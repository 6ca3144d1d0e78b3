// One build for every package: ESM + .d.ts for npm consumers, and self-contained minified browser
// bundles for pages that load a script straight from a server.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const sdk = 'packages/sdk';

// Third-party code warns about its own circular imports and comment positions; not ours to fix.
const onwarn = (warning, warn) => {
  if (warning.id?.includes('node_modules') || warning.ids?.some((id) => id.includes('node_modules'))) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.message.includes('node_modules')) return;
  warn(warning);
};

export default [
  {
    input: `${sdk}/src/index.ts`,
    onwarn,
    output: { dir: `${sdk}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `${sdk}/src` },
    external: [/^ky/, /^zod/, /^idb-keyval/, /^pinyin-pro/],
    plugins: [nodeResolve(), typescript({ tsconfig: `${sdk}/tsconfig.json`, outDir: `${sdk}/dist`, declarationDir: `${sdk}/dist` })],
  },
  {
    // For example pages and CMS templates: everything inlined; the pinyin dictionary stays a lazy chunk.
    input: `${sdk}/src/index.ts`,
    onwarn,
    output: { dir: `${sdk}/dist/browser`, format: 'es', entryFileNames: 'gongkai-sdk.js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: `${sdk}/tsconfig.json`, declaration: false, declarationDir: undefined, outDir: `${sdk}/dist/browser` }),
      terser({ format: { comments: false } }),
    ],
  },
];
