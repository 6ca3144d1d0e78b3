// SDK benchmarks (run on the built package, as users get it):
//  - validation throughput on a generated ≥ 10 MB fee list (aim ≥ 20 MB/s)
//  - budget hierarchy build time on 5,000 lines (aim ≤ 20 ms)
import { performance } from 'node:perf_hooks';
import { buildBudgetTree, validate } from '../packages/sdk/dist/index.js';
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

function feeList(count) {
  const standards = [
    { type: 'fixed', amount: 80, per: '件' },
    { type: 'range', min: 50, max: 200, per: '次' },
    { type: 'per-unit', rate: 1.5, per: '平方米', minCharge: 300 },
    { type: 'tiered', tiers: [{ label: '住宅', amount: 80, per: '件' }, { label: '非住宅', amount: 550, per: '件' }] },
    { type: 'free', reason: '免征' },
    { type: 'suspended', since: '2017-04-01' },
  ];
  return {
    kind: 'fee-list',
    id: 'bench-fees',
    updated: '2026-03-01T09:00:00+08:00',
    items: Array.from({ length: count }, (_, i) => ({
      id: `fee-${i}`,
      no: i + 1,
      name: `示例收费项目第${i}项（不动产登记、证照工本费等）`,
      department: `示例县第${i % 40}局`,
      category: ['administrative', 'fund', 'service'][i % 3],
      level: 'provincial',
      fundManagement: 'treasury',
      basis: [
        { title: '国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知', number: `发改价格规〔2016〕${i}号`, url: `https://www.example.gov.cn/doc/${i}.html` },
      ],
      standard: standards[i % standards.length],
      exemptions: '城乡低保对象、特困人员免收。',
      effectiveFrom: '2026-01-01',
      status: i % 6 === 5 ? 'suspended' : 'active',
    })),
  };
}

function budgetLines(count) {
  const lines = [];
  const classes = Math.ceil(count / 250);
  for (let c = 0; c < classes; c++) {
    const cls = String(201 + c);
    for (let k = 1; k <= 10; k++) for (let x = 1; x <= 25 && lines.length < count; x++) {
      lines.push({ code: `${cls}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`, name: `项目${x}`, basic: x, project: 1, total: x + 1 });
    }
  }
  return lines;
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
  ['Validate fee list (parsed JSON)', `${mb.toFixed(1)} MB, ${fees.items.length} fees`, `${validateMs.toFixed(0)} ms`, `**${(mb / (validateMs / 1000)).toFixed(1)} MB/s**`, '≥ 20 MB/s'],
  ['JSON.parse + validate', `${mb.toFixed(1)} MB`, `${parseValidateMs.toFixed(0)} ms`, `${(mb / (parseValidateMs / 1000)).toFixed(1)} MB/s`, '—'],
  ['Budget hierarchy (buildBudgetTree)', `${lines.length} lines`, `**${treeMs.toFixed(2)} ms**`, '—', '≤ 20 ms'],
];
const table = ['| benchmark | input | median time | throughput | aim |', '| --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(table);
writeSection('sdk', `## @gongkai/sdk\n\n${await machine()}; median of repeated runs on the built package.\n\n${table}`);
