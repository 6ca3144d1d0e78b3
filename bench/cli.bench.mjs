// Publisher CLI benchmarks (built package): import of a 5,000-line budget workbook, and
// `gongkai validate` of a feed holding a ≥ 10 MB fee list.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { run } from '../packages/cli/dist/index.js';
import { feeList } from './data.mjs';
import { median } from './browser-harness.mjs';
import { machine, writeSection } from './results-file.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
const quiet = { stdout: { write() {} }, stderr: { write() {} } };

async function budgetWorkbook(file, items) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出总表');
  ws.addRow(['示例县综合部门2026年部门预算支出总表']);
  ws.addRow([null, null, null, null, '单位：万元']);
  ws.addRow(['功能分类科目', null, '本年支出']);
  ws.addRow(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  ws.mergeCells('A1:E1');
  ws.mergeCells('A3:B3');
  ws.mergeCells('C3:E3');
  let lines = 0;
  for (let c = 0; lines < items; c++) {
    const cls = String(201 + c);
    ws.addRow([cls, `类${c}`, 10 * 25 * 3, 10 * 25, 10 * 25 * 2]);
    for (let k = 1; k <= 10; k++) {
      const sec = cls + String(k).padStart(2, '0');
      ws.addRow([sec, `款${k}`, 25 * 3, 25, 50]);
      for (let x = 1; x <= 25; x++, lines++) ws.addRow([sec + String(x).padStart(2, '0'), `项${x}`, 3, 1, 2]);
    }
  }
  await wb.xlsx.writeFile(file);
  return ws.rowCount;
}

const xlsx = join(dir, 'budget.xlsx');
const rows = await budgetWorkbook(xlsx, 5000);
const importMs = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const code = await run(['import', 'budget', xlsx, '--out', join(dir, 'b.json')], quiet);
  importMs.push(performance.now() - t);
  if (code !== 0) throw new Error('import failed');
}

const feed = join(dir, 'feed');
mkdirSync(join(feed, 'data'), { recursive: true });
writeFileSync(join(feed, 'data/fees.json'), JSON.stringify(feeList(18_000)));
writeFileSync(
  join(feed, 'manifest.json'),
  JSON.stringify({
    publisher: { name: '示例县', regionCode: '339999' },
    updated: '2026-03-01',
    datasets: [{ kind: 'fee-list', id: 'bench-fees', title: '收费', url: 'data/fees.json', updated: '2026-03-01' }],
  }),
);
const mb = statSync(join(feed, 'data/fees.json')).size / 1e6;
const validateMs = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const code = await run(['validate', feed], quiet);
  validateMs.push(performance.now() - t);
  if (code !== 0) throw new Error('validate failed');
}

const table = [
  '| task | input | median time |',
  '| --- | --- | --- |',
  `| \`gongkai import budget\` (read .xlsx, parse, validate, write JSON) | ${rows} spreadsheet rows, 5,000 项 lines + parents | **${(median(importMs) / 1000).toFixed(2)} s** |`,
  `| \`gongkai validate\` (read, hash, parse, validate, report) | feed with a ${mb.toFixed(1)} MB fee list | **${(median(validateMs) / 1000).toFixed(2)} s** (${(mb / (median(validateMs) / 1000)).toFixed(0)} MB/s) |`,
].join('\n');
console.log(table);
writeSection('cli', `## @gongkai/cli\n\n${await machine()}; in-process, median of 3 runs.\n\n${table}`);
