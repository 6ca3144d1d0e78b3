// Writes the sample feed of 示例县 (a fictional county) to examples/feeds/shili-county/.
// Run: node scripts/sample-feed/generate.mjs — the JSON it writes is committed.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { budgets, threePublic } from './budgets.mjs';
import { catalogue } from './catalogue.mjs';
import { feeLists } from './fees.mjs';
import { guideLists } from './guides.mjs';
import { powerLists } from './powers.mjs';
import { processLists } from './processes.mjs';
import { reports } from './reports.mjs';
import { resultLists, serviceRules, supervision } from './results.mjs';

const out = fileURLToPath(new URL('../../examples/feeds/shili-county/', import.meta.url));
const datasets = [
  ...budgets(),
  ...threePublic(),
  ...feeLists(),
  ...guideLists(),
  ...processLists(),
  ...powerLists(),
  ...resultLists(),
  ...serviceRules(),
  ...supervision(),
  ...catalogue(),
  ...reports(),
];

await rm(out, { recursive: true, force: true });
await mkdir(`${out}data`, { recursive: true });
// Every file says which model it was written for (version 2: published totals, changes, the nine tables …).
for (const d of datasets) {
  await writeFile(`${out}data/${d.id}.json`, JSON.stringify({ modelVersion: 2, ...d }, null, 2) + '\n');
}

const manifest = {
  modelVersion: 2,
  publisher: {
    name: '示例县人民政府',
    creditCode: '11339999MB0000001X',
    regionCode: '339999',
    department: '示例县人民政府办公室',
    site: { name: '示例县人民政府门户网站', domain: 'www.shili.gov.cn', idCode: '3399990001' },
    contact: {
      phone: '0999-12345',
      email: 'gongkai@shili.example.gov.cn',
      address: '示例县人民路 1 号',
      url: 'https://www.shili.gov.cn/',
    },
  },
  // The newest of its datasets' dates (the validator warns when a manifest is older).
  updated: '2026-12-04T09:00:00+08:00',
  datasets: datasets.map((d) => ({
    kind: d.kind,
    id: d.id,
    title: d.title,
    ...(d.year ? { year: d.year } : {}),
    url: `data/${d.id}.json`,
    updated: d.updated,
  })),
};
await writeFile(`${out}manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote ${datasets.length} datasets to ${out}`);
