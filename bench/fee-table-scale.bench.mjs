// <gk-fee-table> against Tabulator as the list grows (1,000 to 300,000 fees): first rows, all rows
// in and searchable, the longest main-thread task after the first rows, a keystroke, and the heap.
// Contenders are interleaved page load by page load (order alternating), after one warm-up load
// each that is discarded; min / median / max of the rest. Usage: SIZES=1000,10000 node bench/…
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { formatFeeStandard } from '../packages/sdk/dist/index.js';
import { withCjkFallback } from '../packages/widgets/dist/base/cjk-fallback.js';
import { browserNote, interleave, median as med, spread, startHarness, taskTimer } from './browser-harness.mjs';
import { feeList } from './data.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';

const SIZES = (process.env.SIZES ?? '1000,10000,100000,300000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KEYS = ['火化', '工本', '学费'];
// The family our widget takes on the bench page: the browser's default, then the Chinese faces it appends.
const FACES = withCjkFallback('"Times New Roman"');
const CONTENDERS = [
  { name: 'gk-fee-table', page: 'gongkai' },
  { name: 'Tabulator 6.5.3', page: 'tabulator' },
  // A control: Tabulator given the same family, so the Chinese text comes from the same face as ours.
  {
    name: 'Tabulator 6.5.3, same font family as ours',
    page: 'tabulator',
    query: `&faces=${encodeURIComponent(FACES)}`,
  },
];

const cache = new URL('./.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
for (const n of SIZES) {
  if (existsSync(new URL(`fees-${n}-flat.json`, cache))) continue;
  const fees = feeList(n);
  writeFileSync(new URL(`fees-${n}.json`, cache), JSON.stringify(fees));
  const flat = { items: fees.items.map((f) => ({ ...f, standardText: formatFeeStandard(f.standard) })) };
  writeFileSync(new URL(`fees-${n}-flat.json`, cache), JSON.stringify(flat));
}

// Tabulator's modular build of what the scenario uses: the core (virtual DOM renderer, layout) with its
// filter, format and sort modules (ours filters, formats and sorts too). Its size is compared, beside the full build's.
const modular = new URL('tabulator-modular.min.js', cache);
if (!existsSync(modular)) {
  const entry = new URL('tabulator-modular-entry.mjs', cache);
  writeFileSync(
    entry,
    `import { Tabulator, FilterModule, FormatModule, SortModule } from 'tabulator-tables';
Tabulator.registerModule([FilterModule, FormatModule, SortModule]);
window.Tabulator = Tabulator;
`,
  );
  const bundle = await rollup({ input: entry.pathname, plugins: [nodeResolve(), terser()], onwarn: () => {} });
  await bundle.write({ file: modular.pathname, format: 'iife' });
  await bundle.close();
}
const CSS = 'node_modules/tabulator-tables/dist/css/tabulator.min.css';
const kb = (...files) => `${(gzSize(...files) / 1024).toFixed(1)} kB`;

const harness = await startHarness();
/** size → contender → list of runs */
let runs;
try {
  runs = await interleave(SIZES, CONTENDERS, RUNS, async (c, n) => {
    const page = await harness.open(`/bench/pages/fee-table/${c.page}.html?n=${n}${c.query ?? ''}`, {
      timeout: 600_000,
    });
    const taskTime = await taskTimer(page);
    const before = await taskTime();
    const r = await page.evaluate((keys) => window.bench.scale(keys), KEYS);
    // Main-thread task time over the whole scenario: loading, the search for the last fee, the keystrokes.
    r.cpu = (await taskTime()) - before;
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    r.heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    await page.close();
    return r;
  });
} finally {
  await harness.close();
}

const mmm = (xs, digits = 0) => spread(xs, digits);
const lines = [];
for (const [n, bySize] of runs) {
  for (const [c, rs] of bySize) {
    const keys = rs.flatMap((r) => r.keystrokes);
    lines.push(
      `| ${n.toLocaleString('en')} | ${c.name} | ${mmm(rs.map((r) => r.first))} | ${mmm(rs.map((r) => r.allIn))} | ` +
        `${mmm(rs.map((r) => r.searchable))} | ${mmm(rs.map((r) => r.longestTask))} | ${med(rs.map((r) => r.longTasks))} | ` +
        `${mmm(keys, 1)} | ${mmm(rs.map((r) => r.cpu))} | ${med(rs.map((r) => r.heapMb)).toFixed(0)} MB |`,
    );
  }
  const [ours, ...peers] = [...bySize.values()];
  peers.forEach((peer, i) => {
    const ratio = (f) => (med(peer.map(f)) / med(ours.map(f))).toFixed(2);
    const label = i === 0 ? 'Tabulator' : 'Tabulator, same font family';
    lines.push(
      `| | ${label} ÷ ours (medians) | ${ratio((r) => r.first)}× | ${ratio((r) => r.allIn)}× | ` +
        `${ratio((r) => r.searchable)}× | | | ${(med(peer.flatMap((r) => r.keystrokes)) / med(ours.flatMap((r) => r.keystrokes))).toFixed(2)}× | ` +
        `${ratio((r) => r.cpu)}× | |`,
    );
  });
}

const text = `## <gk-fee-table> vs Tabulator as the list grows

${await machine()}; ${browserNote()}, 1280×900. Contenders interleaved page load by page load (the order alternating),
one warm-up load each discarded, then ${RUNS} loads each: min / **median** / max. Both get the rows as a parsed object
(the page fetches and parses the JSON before the clock starts). Times are wall-clock in the page, from creating the
table: "first rows" until rows are in the DOM and laid out; "all rows in, searchable" until a search for the last fee,
issued as soon as the contender holds every row, shows it (ours validates every fee against the model first; Tabulator
takes the rows as given). "Longest task while loading" is the longest main-thread task from the first rows until the list
is searchable and a second has passed (Long Tasks API, which reports tasks over 50 ms; 0 = none; the search for the last
fee is typed from a task of the page's own, which the API sees), "long tasks" how many. A keystroke is typed and measured
synchronously: its time is its task's length. Keystrokes: ${KEYS.map((k) => `"${k}"`).join(', ')}
after the list is in. "Task time" is the main thread's task time over the whole scenario (Chromium's \`TaskDuration\`
metric: loading, the search for the last fee, the quiet second, the keystrokes). Heap: JS heap in use after a forced GC.
Fonts: the page names none. Ours takes the page's family and appends Chinese faces to it (${FACES}), so its Chinese
text is in Noto Serif CJK SC; Tabulator's goes to the system's fallback, one character at a time (Noto Serif CJK JP). The
third contender is Tabulator on the same page with the same family on its host, as a control.

| fees | contender | first rows (ms) | all rows in (ms) | all rows in, searchable (ms) | longest task while loading (ms) | long tasks | keystroke (ms) | task time (ms) | heap |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}

Download (min+gzip -9, JS and CSS, before data): ours ${kb(...pageFiles('fee-table'))} through the one tag (the pinyin
dictionary, 135 kB, comes only with a Latin-letter query); Tabulator's full build ${kb('node_modules/tabulator-tables/dist/js/tabulator.min.js', CSS)},
its modular build of the same features (core with filter, format and sort) ${kb('bench/.cache/tabulator-modular.min.js', CSS)}.

Aims (issue 19): no task over 50 ms after the first screen at any size; first rows ≤ 50 ms at 10k; keystroke ≤ 16 ms
at 10k and ≤ 100 ms at 300k; ≥ 2× Tabulator on keystroke at every size.`;
writeSection('fee-table-scale', text);
console.log(text);
