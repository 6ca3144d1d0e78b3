// validate() in Chromium on fee lists of 1, 10 and 100 MB: the first call on a fresh page (cold code,
// what a visitor's page does) and warm calls, each size in fresh pages. Aim (issue 19): ≥ 40 MB/s on
// the first call for 10 MB. Usage: SIZES_MB=1,10 BENCH_RUNS=3 node bench/validate-browser.bench.mjs
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { browserNote, median, startHarness } from './browser-harness.mjs';
import { feeList } from './data.mjs';
import { machine, writeSection } from './results-file.mjs';

const SIZES_MB = (process.env.SIZES_MB ?? '1,10,100').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** UTF-8 bytes per generated fee, measured on 20,000 (longer lists have longer names), to size each list. */
const PER_FEE = Buffer.byteLength(JSON.stringify(feeList(20_000))) / 20_000;

const cache = new URL('./.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
for (const mb of SIZES_MB) {
  const file = new URL(`fees-${mb}mb.json`, cache);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(feeList(Math.round((mb * 1e6) / PER_FEE))));
}

const harness = await startHarness();
const results = new Map();
try {
  for (const mb of SIZES_MB) {
    const runs = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await harness.open(`/bench/pages/validate/index.html?mb=${mb}`, { timeout: 600_000 });
      const r = await page.evaluate('window.bench.run()');
      await page.close();
      console.log(`${mb} MB run ${run}: ${JSON.stringify(r)}`);
      if (run > 0) runs.push(r); // run 0 warms the browser's caches: discarded
    }
    results.set(mb, runs);
  }
} finally {
  await harness.close();
}

const med = median;
const rate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
const rows = [...results.values()].map((runs) => {
  const bytes = runs[0].bytes;
  const first = med(runs.map((r) => r.first));
  const warm = med(runs.flatMap((r) => r.warm));
  const parse = med(runs.map((r) => r.parse));
  return `| ${(bytes / 1e6).toFixed(1)} MB | ${first.toFixed(0)} ms (**${rate(bytes, first)}**) | ${warm.toFixed(0)} ms (${rate(bytes, warm)}) | ${parse.toFixed(0)} ms (${rate(bytes, parse)}) |`;
});

writeSection(
  'validate-browser',
  `## validate() in Chromium

${await machine()}; ${browserNote()}. The SDK's browser bundle (\`gongkai-sdk.js\`) on a generated fee list; each size
in ${RUNS} fresh pages after one discarded, medians. "First call" is validate()'s first run on the page (its code not yet
optimised, as on a visitor's page); "warm" three more on the same page. JSON.parse is beside it, not included.

| fee list | first call | warm | JSON.parse |
| ---: | ---: | ---: | ---: |
${rows.join('\n')}

Aim (issue 19): ≥ 40 MB/s on the first call for 10 MB.`,
);
