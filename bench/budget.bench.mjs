// <gk-budget-viewer> against an ECharts treemap of the same budget at 500, 5,000 and 50,000 lines:
// time to the first level on screen, main-thread task time, the longest task, and the bytes each
// page downloads. Contenders interleaved page load by page load (order rotating), one warm-up load
// each discarded; min / median / max of the rest. Usage: SIZES=5000 BENCH_RUNS=5 node bench/budget.bench.mjs
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { browserNote, interleave, median as med, spread, startHarness, taskTimer } from './browser-harness.mjs';
import { budgetOf, toEchartsTree } from './data.mjs';
import { gzSize, machine, pageFiles, writeSection } from './results-file.mjs';
import { withCjkFallback } from '../packages/widgets/dist/base/cjk-fallback.js';

const SIZES = (process.env.SIZES ?? '500,5000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const cache = new URL('./.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
for (const n of SIZES) {
  if (existsSync(new URL(`budget-${n}-echarts.json`, cache))) continue;
  const b = budgetOf(n);
  writeFileSync(new URL(`budget-${n}.json`, cache), JSON.stringify(b));
  writeFileSync(new URL(`budget-${n}-echarts.json`, cache), JSON.stringify(toEchartsTree(b)));
}

// ECharts' modular build of what the scenario uses: the treemap and the SVG renderer.
const modular = new URL('echarts-treemap.min.js', cache);
if (!existsSync(modular)) {
  const entry = new URL('echarts-treemap-entry.mjs', cache);
  writeFileSync(
    entry,
    `import * as echarts from 'echarts/core';
import { TreemapChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([TreemapChart, SVGRenderer]);
window.echarts = echarts;
`,
  );
  // Built for production, as its dist files are (their development checks compiled out).
  const production = {
    name: 'production',
    transform: (code) =>
      code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null,
  };
  const bundle = await rollup({
    input: entry.pathname,
    plugins: [nodeResolve(), production, terser()],
    onwarn: () => {},
  });
  await bundle.write({ file: modular.pathname, format: 'iife' });
  await bundle.close();
}

const CONTENDERS = [
  { name: 'gk-budget-viewer', page: 'gongkai.html?', files: pageFiles('budget-viewer') },
  {
    name: 'ECharts 6.0.0 treemap, full build',
    page: 'echarts.html?build=full&',
    files: ['node_modules/echarts/dist/echarts.min.js'],
  },
  {
    name: 'ECharts 6.0.0 treemap, modular build',
    page: 'echarts.html?build=modular&',
    files: ['bench/.cache/echarts-treemap.min.js'],
  },
  // A control: the modular build with the family our widget uses on this page (the page's default, then the
  // Chinese faces it appends), so that both draw Chinese text from the same face.
  {
    name: 'ECharts 6.0.0 treemap, modular build, same font family as ours',
    page: `echarts.html?build=modular&faces=${encodeURIComponent(withCjkFallback('"Times New Roman"'))}&`,
    files: ['bench/.cache/echarts-treemap.min.js'],
  },
];

const harness = await startHarness();
/** size → contender → runs */
let runs;
try {
  runs = await interleave(SIZES, CONTENDERS, RUNS, async (c, n) => {
    const page = await harness.open(`/bench/pages/budget/${c.page}n=${n}`, { timeout: 600_000 });
    const taskTime = await taskTimer(page);
    const before = await taskTime();
    const r = await page.evaluate('window.bench.render()');
    // Main-thread task time over the whole scenario (ours until checked).
    r.cpu = (await taskTime()) - before;
    await page.close();
    return r;
  });
} finally {
  await harness.close();
}

const mmm = (xs) => spread(xs);
const kb = (c) => `${(gzSize(...c.files) / 1024).toFixed(1)} kB`;
const lines = [];
for (const [n, bySize] of runs) {
  const [ours, ...peers] = [...bySize.values()];
  for (const [c, rs] of bySize) {
    lines.push(
      `| ${n.toLocaleString('en')} | ${c.name} | ${mmm(rs.map((r) => r.first))} | ` +
        `${rs[0].checked === undefined ? '—' : mmm(rs.map((r) => r.checked))} | ${mmm(rs.map((r) => r.cpu))} | ` +
        `${mmm(rs.map((r) => r.longestTask))} | ${kb(c)} |`,
    );
  }
  const ratio = (peer, f) => (med(peer.map(f)) / med(ours.map(f))).toFixed(2);
  peers.forEach((p, i) =>
    lines.push(
      `| | ${CONTENDERS[i + 1].name.replace('ECharts 6.0.0 treemap, ', 'ECharts ')} ÷ ours (medians) | ` +
        `${ratio(p, (r) => r.first)}× | | ${ratio(p, (r) => r.cpu)}× | | ` +
        `${(gzSize(...CONTENDERS[i + 1].files) / gzSize(...CONTENDERS[0].files)).toFixed(1)}× |`,
    ),
  );
}

writeSection(
  'budget',
  `## <gk-budget-viewer> vs ECharts treemap as the budget grows

${await machine()}; ${browserNote()}, 1200 px wide. Contenders interleaved page load by page load (order rotating), one
warm-up load each discarded, then ${RUNS} loads each: min / **median** / max. Lines: 20 类 with their 款 and 项
(${SIZES.map((n) => n.toLocaleString('en')).join(' / ')} 项). Both get the budget as a parsed object, ECharts as a
ready-made nested tree; ECharts draws its first level (leafDepth 1, SVG renderer, animation off).
"First level" = from handing over the data until the first level is in the DOM and laid out (ours: the chart's cells
and the table's rows). Ours draws it from a structural pass over the lines (each field the first screen reads, checked
for its type; text cleaned as the schema cleans it), then validates every line against the model and checks every
parent sum in a later task: "checked" is when that is done and on screen. "Task time" is the main thread's task time
over the whole scenario, ours until checked (Chromium's \`TaskDuration\` metric; the 300 ms wait after it is idle on
both sides). "Longest task" is from the Long Tasks API (tasks over 50 ms; 0 = none).
Fonts: the page names none. Ours takes its family and appends Chinese faces (Noto Serif CJK SC here); ECharts draws
in its default sans-serif, whose Chinese goes to the system's fallback one character at a time. The last contender
is the modular build given our family (\`textStyle.fontFamily\`), as a control.
Bytes: what the page downloads for the widget (ours through the one tag: loader, element, core and the budget's kind
chunk), min+gzip -9.

| 项 lines | contender | first level (ms) | checked (ms) | task time (ms) | longest task (ms) | download |
| ---: | --- | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}

Aim (issue 19): ≥ 2× faster than the ECharts treemap at 5,000 lines.`,
);
