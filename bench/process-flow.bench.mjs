// <gk-process-flow> against Mermaid's flowchart on the same process at 10, 30, 100 and 300 nodes: the
// first chart on a page and warm renders, and the bytes a page downloads for one chart (Mermaid's full
// build and its ESM build, which fetches the flowchart's chunks). Contenders interleaved page load by
// page load (order rotating), one warm-up load each discarded. Usage: SIZES=30 BENCH_RUNS=3 node bench/…
import { mkdirSync, writeFileSync } from 'node:fs';
import { browserNote, interleave, median as med, spread, startHarness } from './browser-harness.mjs';
import { processOf, toMermaid } from './data.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';

const SIZES = (process.env.SIZES ?? '10,30,100,300').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARM = 5;

const cache = new URL('./.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
for (const n of SIZES) {
  const p = processOf(n);
  writeFileSync(new URL(`process-${n}.json`, cache), JSON.stringify(p));
  writeFileSync(new URL(`process-${n}.mmd`, cache), toMermaid(p));
}

const CONTENDERS = [
  { name: 'gk-process-flow (dagre)', page: 'gongkai.html?' },
  { name: 'Mermaid 11.17.2, full build', page: 'mermaid.html?build=full&' },
  { name: 'Mermaid 11.17.2, ESM build', page: 'mermaid.html?build=esm&' },
];
/** What a page showing one chart downloads: ours through the one tag (the page loads the all-in-one file). */
const OUR_FILES = [...pageFiles('process-flow'), 'packages/widgets/dist/browser/elements/gongkai-layout.js'];

const harness = await startHarness();
/** size → contender → runs; contender → the scripts its first chart fetched (repository paths). */
const fetched = new Map();
let runs;
try {
  runs = await interleave(SIZES, CONTENDERS, RUNS, async (c, n) => {
    const page = await harness.open(`/bench/pages/process-flow/${c.page}n=${n}`, { timeout: 600_000 });
    const cold = await page.evaluate('window.bench.cold()');
    const warm = [];
    for (let i = 0; i < WARM; i++) warm.push(await page.evaluate('window.bench.render()'));
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.slice(1))
        .filter((p) => /\.m?js$/.test(p) && !p.startsWith('bench/')),
    );
    fetched.set(c, scripts);
    await page.close();
    return { cold, warm: med(warm) };
  });
} finally {
  await harness.close();
}

const mmm = (xs) => spread(xs);
const bytes = new Map(CONTENDERS.map((c, i) => [c, gzSize(...(i === 0 ? OUR_FILES : fetched.get(c)))]));
const kb = (c) => `${(bytes.get(c) / 1024).toFixed(1)} kB`;
const lines = [];
for (const [n, bySize] of runs) {
  const [ours, ...peers] = [...bySize.values()];
  for (const [c, rs] of bySize)
    lines.push(
      `| ${n} | ${c.name} | ${mmm(rs.map((r) => r.cold))} | ${mmm(rs.map((r) => r.warm))} | ${n === SIZES[0] ? kb(c) : ''} |`,
    );
  peers.forEach((p, i) => {
    const c = CONTENDERS[i + 1];
    const ratio = (f) => (med(p.map(f)) / med(ours.map(f))).toFixed(1);
    lines.push(
      `| | ${c.name.replace('Mermaid 11.17.2, ', 'Mermaid ')} ÷ ours (medians) | ${ratio((r) => r.cold)}× | ` +
        `${ratio((r) => r.warm)}× | ${n === SIZES[0] ? `${(bytes.get(c) / bytes.get(CONTENDERS[0])).toFixed(1)}×` : ''} |`,
    );
  });
}

writeSection(
  'process-flow',
  `## <gk-process-flow> vs Mermaid as the process grows

${await machine()}; ${browserNote()}. Contenders interleaved page load by page load (order rotating), one warm-up
load each discarded, then ${RUNS} loads each: min / **median** / max; "warm" is the median of ${WARM} renders on each
page. Both get the same process (steps with their owners, a decision every sixth node with a 补正 loop back, a 不予受理
exit) at ${SIZES.join(' / ')} nodes; ours also validates it first. Time = from handing over the process until the SVG is
in the DOM and laid out. "First chart" includes fetching our lazy layout chunk (our layout code with dagre), and
Mermaid's ESM build fetching its flowchart chunks, from the local server.
Download (min+gzip -9): ours is what a page showing one chart fetches through the one tag (loader, element, core, the
process kind's chunk, the layout chunk); Mermaid's are the scripts its page fetched for the first chart.

| nodes | contender | first chart (ms) | warm render (ms) | download |
| ---: | --- | ---: | ---: | ---: |
${lines.join('\n')}

Aims (issue 19): ≥ 5× faster than Mermaid warm at 30–300 nodes; ≥ 3× smaller than Mermaid's ESM download for one
chart.`,
);
