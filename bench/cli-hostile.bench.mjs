// Peak memory of the publisher CLI on hostile spreadsheets (issue 20): a zip bomb, a flood of
// shared strings, one cell at XFD1048576, and a 50 MB file. Each runs `gongkai import` in its own
// process; its peak RSS comes from the kernel (`/usr/bin/time -v` is not needed: Node's own
// process.resourceUsage() of the child is read through a tiny wrapper).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { machine, writeSection } from './results-file.mjs';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
const bin = new URL('../packages/cli/dist/bin.js', import.meta.url).pathname;

async function zip(name, entries) {
  const z = new JSZip();
  z.file('[Content_Types].xml', '<Types/>');
  for (const [path, text] of Object.entries(entries)) z.file(path, text);
  const file = join(dir, name);
  writeFileSync(file, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const cases = [
  ['zip bomb (→ 400 MB of XML)', await zip('bomb.xlsx', { 'xl/worksheets/sheet1.xml': ' '.repeat(400 * 1024 * 1024) })],
  [
    'shared-strings flood (2 M strings)',
    await zip('flood.xlsx', {
      'xl/sharedStrings.xml': Array.from({ length: 2_000_000 }, (_, i) => `<si><t>${i}</t></si>`).join(''),
    }),
  ],
  [
    'one cell at XFD1048576',
    await (async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('收费');
      ws.getCell('A1').value = '序号';
      ws.getCell('XFD1048576').value = 'x';
      const file = join(dir, 'far.xlsx');
      await wb.xlsx.writeFile(file);
      return file;
    })(),
  ],
  [
    '60 MB CSV (over the 50 MB cap)',
    (() => {
      const file = join(dir, 'big.csv');
      writeFileSync(file, 'a,b\n'.repeat(15 * 1024 * 1024));
      return file;
    })(),
  ],
];

/** Peak RSS (MB) and exit code of `gongkai import fees <file>` in a child process. */
function measure(file) {
  const script = `process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n'));
    process.argv.splice(1, 1, ${JSON.stringify(bin)}); await import(${JSON.stringify(bin)});`;
  const r = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, 'x', 'import', 'fees', file, '--lang', 'en'],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const rss = Number(r.stderr.match(/RSS (\d+)/)?.[1] ?? NaN) / 1024;
  return { rss, code: r.status, said: r.stderr.split('\n').find((l) => l.includes('cannot read')) ?? '' };
}

const rows = [];
for (const [label, file] of cases) {
  const size = Number(execFileSync('stat', ['-c', '%s', file], { encoding: 'utf8' })) / 1024 / 1024;
  const m = measure(file);
  rows.push(`| ${label} | ${size.toFixed(1)} MB | ${m.rss.toFixed(0)} MB | ${m.code} | ${m.said.slice(0, 90)} |`);
  console.log(rows.at(-1));
}
writeSection(
  'cli-hostile',
  [
    await machine(),
    '',
    '| input | on disk | peak RSS | exit | what it said |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Aim: any input ≤ 50 MB on disk handled in ≤ 512 MB RSS, or refused with a reason.',
  ].join('\n'),
);
