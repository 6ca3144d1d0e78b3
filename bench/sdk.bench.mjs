// SDK benchmarks (run on the built package, as users get it):
//  - validation throughput on a generated ≥ 10 MB fee list (aim ≥ 20 MB/s)
//  - budget hierarchy build time on 5,000 lines (aim ≤ 20 ms)
import { performance } from 'node:perf_hooks';
import { buildBudgetTree, validate } from '../packages/sdk/dist/index.js';
import { budgetLines, feeList } from './data.mjs';
import { machine, writeSection } from './results-file.mjs';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  fn(); // warm-up
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

const fees = feeList(26_000);
const text = JSON.stringify(fees);
const mb = Buffer.byteLength(text) / 1e6;
const parsed = JSON.parse(text);
const validateMs = time(() => {
  const r = validate('fee-list', parsed);
  if (!r.ok) throw new Error('generated fee list must be valid');
}, 7);
const parseValidateMs = time(() => validate('fee-list', JSON.parse(text)), 7);
const lines = budgetLines(5000);
const treeMs = time(() => buildBudgetTree(lines), 51);

const rows = [
  [
    'Validate fee list (parsed JSON)',
    `${mb.toFixed(1)} MB, ${fees.items.length} fees`,
    `${validateMs.toFixed(0)} ms`,
    `**${(mb / (validateMs / 1000)).toFixed(1)} MB/s**`,
    '≥ 20 MB/s',
  ],
  [
    'JSON.parse + validate',
    `${mb.toFixed(1)} MB`,
    `${parseValidateMs.toFixed(0)} ms`,
    `${(mb / (parseValidateMs / 1000)).toFixed(1)} MB/s`,
    '—',
  ],
  ['Budget hierarchy (buildBudgetTree)', `${lines.length} lines`, `**${treeMs.toFixed(2)} ms**`, '—', '≤ 20 ms'],
];
const table = [
  '| benchmark | input | median time | throughput | aim |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(table);
writeSection('sdk', `## @gongkai/sdk\n\n${await machine()}; median of repeated runs on the built package.\n\n${table}`);
