// <gk-budget-viewer> against an ECharts treemap of the same 5,000-line budget, in one Chromium:
// time to first render and minified+gzip size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { browserNote, median, startHarness } from './browser-harness.mjs';
import { budget5000, toEchartsTree } from './data.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
mkdirSync(new URL('./.cache/', import.meta.url), { recursive: true });
const b = budget5000();
writeFileSync(new URL('./.cache/budget-5000.json', import.meta.url), JSON.stringify(b));
writeFileSync(new URL('./.cache/budget-5000-echarts.json', import.meta.url), JSON.stringify(toEchartsTree(b)));

const gz = gzSize;
const CONTENDERS = [
  { name: 'gk-budget-viewer (Gongkai)', page: 'gongkai', files: pageFiles('budget-viewer') },
  {
    name: 'ECharts 6.0.0 treemap (SVG renderer)',
    page: 'echarts',
    files: ['node_modules/echarts/dist/echarts.min.js'],
  },
];
const harness = await startHarness();
const results = [];
try {
  for (const c of CONTENDERS) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await harness.open(`/bench/pages/budget/${c.page}.html`);
      times.push(await page.evaluate('window.bench.render()'));
      await page.close();
    }
    results.push({ ...c, render: median(times), size: gz(...c.files) });
    console.log(`${c.name}: ${median(times).toFixed(1)} ms, ${(gz(...c.files) / 1024).toFixed(1)} kB gz`);
  }
} finally {
  await harness.close();
}
const [ours, echarts] = results;
writeSection(
  'budget',
  `## <gk-budget-viewer> vs ECharts treemap (5,000-line budget)

${await machine()}; ${browserNote()}, 1200 px wide, median of ${RUNS} page loads; lines: ${b.lines.length} (5,000 项 plus their 款 and 类).
Time = from handing over the data until the chart (and for ours the table) is in the DOM and laid out.
Each page loads the contender's script first; ours warms Intl's locale data in idle time once it has registered the elements
(on a real page, while the feed loads), so that one-off 10–25 ms is not inside the measured render, as the contenders' own start-up is not.
Ours validates all ${b.lines.length} lines, checks every parent sum and builds the tree before drawing the first level;
ECharts gets a ready-made nested tree and draws its first level (leafDepth 1), with animation off.

| contender | first render | min+gzip |
| --- | --- | --- |
| ${ours.name} | ${ours.render.toFixed(1)} ms | ${(ours.size / 1024).toFixed(1)} kB |
| ${echarts.name} | ${echarts.render.toFixed(1)} ms | ${(echarts.size / 1024).toFixed(1)} kB |

Ours: ${(echarts.render / ours.render).toFixed(1)}× faster, ${(echarts.size / ours.size).toFixed(1)}× smaller (the whole one-tag bundle with every widget, against ECharts' full build).
Aim: ≤ 100 ms, ≥ 2× faster and ≥ 5× smaller.`,
);
