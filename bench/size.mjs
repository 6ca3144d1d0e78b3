// `npm run size`: minified + gzip size of what pages load, written to bench/RESULTS.md.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from '../rollup.config.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';

const FILES = [
  ['packages/widgets/dist/browser/gongkai.js', 'Widgets, the one tag: loads the elements a page uses from elements/'],
  ['packages/widgets/dist/browser/gongkai-all.js', 'Widgets, every element in one ES module (for pinning with SRI)'],
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

// What a page with the one tag downloads for the widgets it shows (lazy parts come only when used).
const shown = ELEMENTS.filter((e) => e !== 'feed').map((e) => ({ e, files: pageFiles(e) }));
const pages = shown.map(
  ({ e, files }) =>
    `| \`<gk-${e}>\` | ${files.map((f) => f.split('/').pop()).join(' + ')} | **${kb(gzSize(...files))}** |`,
);
const AIM = 40 * 1024;
const within = shown.filter(({ files }) => gzSize(...files) <= AIM).map(({ e }) => `\`<gk-${e}>\``);
const base = gzSize('packages/widgets/dist/browser/elements/gongkai-base.js');
const core = gzSize('packages/widgets/dist/browser/elements/gongkai-core.js');
const perElement = [
  '| page showing | files it loads | gzip -9 |',
  '| --- | --- | --- |',
  ...pages,
  '',
  `Every element loads the shared base (Lit, the element base, its tokens and formatters): ${kb(base)}. One that ` +
    `reads feeds also loads the shared core (zod, ky, the SDK's client and validator with the manifest's rules, the ` +
    `data element): ${kb(core)}. Each kind's schema and checks come in its own chunk (\`gongkai-kind-*.js\`), loaded by the elements ` +
    `that show or read that kind. Aim (issue 19): a one-widget page downloads ≤ 40 kB gzip before data — ` +
    `${within.length} of ${shown.length} do (${within.join(', ')}).`,
].join('\n');
console.log(`${table}\n\n${perElement}`);
writeSection(
  'size',
  `## Bundle sizes\n\n${await machine()}.\n\n${table}\n\nA page with the one tag (\`gongkai.js\`, which loads from \`dist/browser/elements/\`):\n\n${perElement}`,
);
