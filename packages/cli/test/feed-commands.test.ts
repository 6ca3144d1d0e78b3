import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createPreviewServer } from '../src/commands/preview.js';
import { cli, tempDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/feeds/shili-county/', import.meta.url));

function copySample(): string {
  const dir = tempDir();
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

describe('gongkai validate', () => {
  it('exits 0 for the sample feed and prints a report grouped by file', async () => {
    const r = await cli('validate', SAMPLE);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /✔ fees-nr {2}data\/fees-nr\.json/);
    assert.match(r.out, /⚠ three-public-2025-nr .*1 个提示/);
    // 1 printed change that disagrees with its amounts, 5 guides whose flowchart's steps add up to
    // more than their promise (the sample's processes are still to be made plausible, issue 31), and
    // 13 in the four 政府信息公开工作年度报告, one deliberate error per check family
    // (packages/sdk/test/annual-report.test.ts lists each); the catalogue's 2 entries out of order:
    // 采购结果 linked to nothing, 行政处罚决定 late.
    assert.match(r.out, /⚠ annual-report-2025-hrss .*5 个提示/);
    assert.match(r.out, /共 33 个文件：0 个错误，21 个提示/);
    assert.match(r.out, /⚠ catalogue-county .*2 个提示/);
    assert.match(r.out, /"采购结果"（公共资源交易）没有关联任何数据集/);
    assert.match(r.out, /"行政处罚决定" 的信息于 2026-11-16 变更，应在 2026-11-25 前公开.*已逾期/);
    assert.ok(!/\x1b\[/.test(r.out + r.err), 'no colour codes when the output is not a terminal');
  });

  it('exits 1 for an invalid feed, naming file, JSON path and message, in English with --lang en', async () => {
    const dir = copySample();
    const f = join(dir, 'data/fees-nr.json');
    const fees = JSON.parse(readFileSync(f, 'utf8'));
    fees.items[2].basis[0].url = 'javascript:alert(1)';
    writeFileSync(f, JSON.stringify(fees));
    writeFileSync(join(dir, 'data/guides-ca.json'), '{"kind": "service-guide", "id": ');
    const r = await cli('validate', dir, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.out, /✖ fees-nr .*1 errors/);
    assert.match(r.out, /error {2}row 3 \S+ [^·\n]+ · items\[2\]\.basis\[0\]\.url: expected an http\(s\) address/);
    assert.match(r.out, /✖ guides-ca/);
    assert.match(r.out, /cannot be read: .*不是有效的 JSON/);
  });

  it('prints a machine-readable report with --json', async () => {
    const dir = copySample();
    const f = join(dir, 'data/budget-2026-ca.json');
    const b = JSON.parse(readFileSync(f, 'utf8'));
    b.lines[0].total += 1;
    writeFileSync(f, JSON.stringify(b));
    const r = await cli('validate', dir, '--json');
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out);
    assert.equal(report.ok, false);
    const file = report.files.find((x: any) => x.file === 'budget-2026-ca');
    // The class total now disagrees with its children, with basic + project, and with the printed 合计.
    assert.equal(file.errors, 3);
    const errors = file.issues.filter((i: any) => i.severity === 'error').map((i: any) => i.code);
    assert.deepEqual(errors.sort(), ['parts_mismatch', 'sum_mismatch', 'total_mismatch']);
    assert.equal(report.counts.errors, 3);
  });

  it('judges a catalogue as of --as-of, and refuses an as-of that is not a date', async () => {
    const early = await cli('validate', SAMPLE, '--as-of', '2026-11-25', '--json');
    const cat = JSON.parse(early.out).files.find((f: any) => f.file === 'catalogue-county');
    assert.deepEqual(
      cat.issues.map((i: any) => i.code),
      ['catalogue_unpublished'],
    );
    assert.equal((await cli('validate', SAMPLE, '--as-of', 'yesterday')).code, 2);
  });

  it('validates a single dataset file, and exits 2 when nothing can be read', async () => {
    const one = await cli('validate', join(SAMPLE, 'data/processes-county.json'));
    assert.equal(one.code, 0, one.out);
    const missing = await cli('validate', '/nonexistent/feed');
    assert.equal(missing.code, 2);
    const json = await cli('validate', '/nonexistent/feed', '--json');
    assert.equal(json.code, 2);
    assert.equal(JSON.parse(json.out).ok, false);
  });
});

describe('gongkai build', () => {
  it('writes content-hashed files whose sha256 the manifest lists, and the result passes validate', async () => {
    const out = join(tempDir(), 'public');
    const r = await cli('build', SAMPLE, out);
    assert.equal(r.code, 0, r.out + r.err);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.datasets.length, 32);
    for (const d of manifest.datasets) {
      assert.match(d.url, new RegExp(`^data/${d.id}\\.[0-9a-f]{12}\\.json$`));
      const sha = createHash('sha256')
        .update(readFileSync(join(out, d.url)))
        .digest('hex');
      assert.equal(d.sha256, sha, d.id);
      assert.ok(d.url.includes(sha.slice(0, 12)));
    }
    const check = await cli('validate', out);
    assert.equal(check.code, 0, check.out);
  });

  it('archives the previously published version beside the new one', async () => {
    const out = join(tempDir(), 'public');
    const src = copySample();
    assert.equal((await cli('build', src, out)).code, 0);
    const first = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const f = join(src, 'data/fees-nr.json');
    const fees = JSON.parse(readFileSync(f, 'utf8'));
    fees.items[0].standard.amount = 90;
    writeFileSync(f, JSON.stringify(fees));
    await new Promise((r) => setTimeout(r, 5));
    const r = await cli('build', src, out);
    assert.equal(r.code, 0, r.out + r.err);
    const archives = readdirSync(join(out, 'archive'));
    assert.equal(archives.length, 1);
    const archived = join(out, 'archive', archives[0]!);
    assert.deepEqual(JSON.parse(readFileSync(join(archived, 'manifest.json'), 'utf8')), first);
    const oldFees = first.datasets.find((d: any) => d.id === 'fees-nr');
    assert.ok(existsSync(join(archived, oldFees.url)), 'the old fee file is kept in the archive');
    assert.equal(JSON.parse(readFileSync(join(archived, oldFees.url), 'utf8')).items[0].standard.amount, 80);
    const now = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.notEqual(now.datasets.find((d: any) => d.id === 'fees-nr').url, oldFees.url);
    assert.equal((await cli('validate', archived)).code, 0, 'the archived version is still a valid feed');
  });

  it('refuses to build an invalid feed', async () => {
    const src = copySample();
    writeFileSync(join(src, 'data/fees-nr.json'), '{}');
    const out = join(tempDir(), 'public');
    const r = await cli('build', src, out);
    assert.equal(r.code, 1);
    assert.equal(existsSync(join(out, 'manifest.json')), false);
  });
});

describe('gongkai preview', () => {
  const server = createPreviewServer(SAMPLE);
  after(() => server.close());
  it('serves the feed and a page that embeds the widgets', async () => {
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const page = await (await fetch(`${base}/`)).text();
    assert.match(page, /<gk-feed src="\/feed\/"/);
    assert.match(await (await fetch(`${base}/preview.js`)).text(), /gk-budget-viewer/);
    const manifest = await (await fetch(`${base}/feed/manifest.json`)).json();
    assert.equal(manifest.publisher.name, '示例县人民政府');
    assert.equal((await fetch(`${base}/feed/../../package.json`)).status, 404);
  });
});

describe('gongkai usage', () => {
  it('prints help, and exits 2 with the help for an unknown command', async () => {
    assert.match((await cli('--help')).out, /gongkai validate/);
    const bad = await cli('publish');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /未知命令“publish”/);
  });
});

describe('gongkai build de-identifies published results', () => {
  it('masks names, ID and mobile numbers and addresses that the clerk left in, and says so', async () => {
    const dir = tempDir();
    const feedDir = join(dir, 'feed');
    mkdirSync(join(feedDir, 'data'), { recursive: true });
    const raw = {
      kind: 'results',
      id: 'pay',
      updated: '2026-10-16',
      publicity: { start: '2026-10-16', end: '2026-10-23' },
      results: [
        {
          type: 'payment',
          id: 'p1',
          recipient: { name: '张三丰', kind: 'person' },
          village: '城关镇幸福村3组12号',
          programme: '临时救助金',
          amount: 500,
          notes: '身份证 339999199001011234，电话 13812345678',
        },
      ],
    };
    writeFileSync(join(feedDir, 'data/pay.json'), JSON.stringify(raw));
    writeFileSync(
      join(feedDir, 'manifest.json'),
      JSON.stringify({
        publisher: { name: '示例县民政局' },
        updated: '2026-10-16',
        datasets: [{ kind: 'results', id: 'pay', title: '发放名单', url: 'data/pay.json', updated: '2026-10-16' }],
      }),
    );
    // As published by hand the feed does not pass: the validator finds the personal data.
    assert.equal((await cli('validate', feedDir)).code, 1);
    const out = join(dir, 'public');
    const r = await cli('build', feedDir, out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /已对 pay 中的个人信息去标识化/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const text = readFileSync(join(out, manifest.datasets[0].url), 'utf8');
    assert.ok(!text.includes('张三丰') && text.includes('张*丰'), text);
    assert.doesNotMatch(text, /\d{17}[\dX]|1[3-9]\d{9}|12号/);
    assert.equal((await cli('validate', out)).code, 0);
  });
});
