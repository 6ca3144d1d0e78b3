// `npm run size`: minified + gzip size of what pages load, written to bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { machine, writeSection } from './results-file.mjs';

const FILES = [
  ['packages/widgets/dist/browser/gongkai.js', 'Widgets, one-tag ES module (all elements, Lit, SDK)'],
  ['packages/widgets/dist/browser/gongkai.iife.js', 'Widgets, classic script (IIFE) for CMSs without modules'],
  ['packages/widgets/dist/browser/gongkai-pinyin.js', 'Pinyin dictionary, loaded on first pinyin search only'],
  [
    'packages/widgets/dist/browser/gongkai-layout.js',
    'Flowchart layout (our layout code with dagre), loaded on the first flowchart only',
  ],
  ['packages/widgets/dist/browser/gongkai-qr.js', 'QR encoder (uqr), loaded on the first QR code only'],
  ['packages/widgets/dist/browser/gongkai-messages.js', 'Issue messages (zh-CN, en), loaded when data is wrong only'],
  ['packages/sdk/dist/browser/gongkai-sdk.js', 'SDK alone, browser ES module (every export)'],
];

const rows = FILES.map(([file, what]) => {
  const buf = readFileSync(new URL(`../${file}`, import.meta.url));
  return { file, what, min: buf.length, gz: gzipSync(buf, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const table = [
  '| file | what | minified | gzip -9 |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| \`${r.file.split('/').pop()}\` | ${r.what} | ${kb(r.min)} | **${kb(r.gz)}** |`),
].join('\n');

// Per-element modules: what a page with one widget downloads before any data (the element, the
// chunks it imports statically; lazy parts come only when used).
const ELEMENTS_DIR = new URL('../packages/widgets/dist/browser/elements/', import.meta.url);
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(new URL(file, ELEMENTS_DIR), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"]*?from\s*)?["']\.\/([^"']+)["']/g)) closure(m[1], seen);
  return seen;
}
const pages = ['fee-table', 'budget-viewer', 'three-public', 'service-guide', 'process-flow', 'kiosk'].map((e) => {
  const files = [...closure(`gongkai-${e}.js`)];
  const gz = files.reduce((t, f) => t + gzipSync(readFileSync(new URL(f, ELEMENTS_DIR)), { level: 9 }).length, 0);
  return `| \`elements/gongkai-${e}.js\` | ${files.join(' + ')} | **${kb(gz)}** |`;
});
const perElement = ['| page with one widget | files it loads | gzip -9 |', '| --- | --- | --- |', ...pages].join('\n');
console.log(`${table}\n\n${perElement}`);
writeSection(
  'size',
  `## Bundle sizes\n\n${await machine()}.\n\n${table}\n\nPer-element modules (\`dist/browser/elements/\`):\n\n${perElement}`,
);
