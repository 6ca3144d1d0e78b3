// The CLI against hostile files, class by class (issue 20, classes 14–16): it stays inside the feed
// and output folders, reads only regular files of bounded size, refuses spreadsheets that would
// inflate past its memory, and never lets cell text drive the terminal. Each case failed before.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { cli, tempDir } from '../../packages/cli/test/helpers.js';
import { createOutput } from '../../packages/cli/src/output.js';

const SAMPLE = fileURLToPath(new URL('../../examples/feeds/shili-county/', import.meta.url));

/** A copy of the sample feed whose `fees-nr` dataset url is `url`. */
function feedWithUrl(url: string): string {
  const dir = join(tempDir(), 'feed');
  cpSync(SAMPLE, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  m.datasets.find((d: { id: string }) => d.id === 'fees-nr').url = url;
  delete m.datasets.find((d: { id: string }) => d.id === 'fees-nr').sha256;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  return dir;
}

describe('hostile input to the CLI (issue 20)', () => {
  it('14. a dataset url that leads out of the feed is refused, and nothing of the file is printed', async () => {
    const dir = feedWithUrl('../../../../../../etc/passwd');
    const r = await cli('validate', dir, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.out, /outside the feed folder/);
    assert.doesNotMatch(r.out + r.err, /root:/);
  });

  it('14. build does not publish a file from outside the feed', async () => {
    const base = tempDir();
    mkdirSync(join(base, 'secret'));
    writeFileSync(join(base, 'secret', 'fees.json'), readFileSync(join(SAMPLE, 'data/fees-nr.json')));
    const dir = join(base, 'feed');
    cpSync(feedWithUrl('x'), dir, { recursive: true });
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    m.datasets.find((d: { id: string }) => d.id === 'fees-nr').url = '../secret/fees.json';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    const out = join(base, 'public');
    const r = await cli('build', dir, out);
    assert.notEqual(r.code, 0);
    assert.equal(existsSync(join(out, 'manifest.json')), false);
  });

  it('14. a previous manifest cannot lead the archive out of the output folder', async () => {
    const base = tempDir();
    const out = join(base, 'public');
    assert.equal((await cli('build', SAMPLE, out)).code, 0);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    m.updated = '../../../escaped';
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(m));
    assert.equal((await cli('build', SAMPLE, out)).code, 0);
    assert.equal(existsSync(join(base, 'escaped')), false);
    assert.ok(readdirSync(join(out, 'archive')).length === 1, 'archived inside public/archive/');
  });

  it('15. devices and FIFOs are refused before they are opened; symlinks out of the feed too', async () => {
    const dir = feedWithUrl('data/zero.json');
    symlinkSync('/dev/zero', join(dir, 'data', 'zero.json'));
    let r = await cli('validate', dir, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.out, /outside the feed folder|not a regular file/);
    const fifoDir = feedWithUrl('data/pipe.json');
    execFileSync('mkfifo', [join(fifoDir, 'data', 'pipe.json')]);
    r = await cli('validate', fifoDir, '--lang', 'en');
    assert.match(r.out, /not a regular file/);
  });

  it('15. validate <URL> gives up on a server that stalls', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).write('{'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    process.env.GONGKAI_FETCH_TIMEOUT_MS = '300';
    try {
      const port = (server.address() as { port: number }).port;
      const r = await cli('validate', `http://127.0.0.1:${port}/manifest.json`, '--lang', 'en');
      assert.equal(r.code, 2);
      assert.match(r.err, /not read within/);
    } finally {
      delete process.env.GONGKAI_FETCH_TIMEOUT_MS;
      server.closeAllConnections();
      server.close();
    }
  });

  it('15. a sheet with one cell at XFD1048576 is refused with where to look, not filled in', async () => {
    const file = join(tempDir(), 'far.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收费');
    ws.getCell('A1').value = '序号';
    ws.getCell('XFD1048576').value = 'x';
    await wb.xlsx.writeFile(file);
    const r = await cli('import', 'fees', file, '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /1048576 rows × 16384 columns/);
  });

  it('15. a zip bomb and a flood of shared strings are refused before they are inflated', async () => {
    const dir = tempDir();
    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/worksheets/sheet1.xml', ' '.repeat(8 * 1024 * 1024)); // ~1000:1
    writeFileSync(join(dir, 'bomb.xlsx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    let r = await cli('import', 'fees', join(dir, 'bomb.xlsx'), '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /inflates to \d+ bytes \(ratio \d+:1\)/);
    const flood = new JSZip();
    flood.file('[Content_Types].xml', '<Types/>');
    flood.file('xl/sharedStrings.xml', Array.from({ length: 450_000 }, (_, i) => `<si><t>${i}</t></si>`).join(''));
    writeFileSync(join(dir, 'flood.xlsx'), await flood.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    r = await cli('import', 'fees', join(dir, 'flood.xlsx'), '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /450000 distinct texts/);
  });

  it('16. escape sequences in cells are shown, not obeyed', async () => {
    const file = join(tempDir(), 'fees.csv');
    writeFileSync(
      file,
      [
        '序号,收费单位,收费项目,类别,设立级次,资金管理方式,政策依据,收费标准,减免政策,备注,状态',
        '1,示例县测试局,测试费,"\x1b[2J\x1b]8;;https://evil.example\x07点我\x1b]8;;\x07\r✔ 已导入 99 条",,,,,,,',
      ].join('\n'),
    );
    const r = await cli('import', 'fees', file);
    const own = /\x1b\[(0|2|31|32|33)m/g;
    assert.doesNotMatch((r.out + r.err).replace(own, ''), /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    assert.match(r.out, /\\x1b\[2J/, 'the sequence is shown as text');
  });

  it('16. a colour sequence in a cell is never obeyed, not even one that looks like our own (issue 37)', async () => {
    const file = join(tempDir(), 'fees.csv');
    const fake = '\x1b[32m✔ 已导入 99 条\x1b[0m\x1b[2m';
    writeFileSync(
      file,
      [
        '序号,收费单位,收费项目,类别,设立级次,资金管理方式,政策依据,收费标准,减免政策,备注,状态',
        `1,示例县测试局,${fake},行政事业性收费,省,缴入国库,,,,,`,
        `x,示例县测试局,测试费,行政事业性收费,省,缴入国库,,"${fake}",,,`,
      ].join('\n'),
    );
    const saved = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      const r = await cli('import', 'fees', file, '--out', join(tempDir(), 'out.json'));
      assert.doesNotMatch(r.out + r.err, /\x1b/, 'NO_COLOR: no escape sequence at all');
      assert.match(r.out + r.err, /\\x1b\[32m✔ 已导入 99 条/, 'the cell is shown as text');
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
    // On a colour terminal our own words are coloured, the cell's sequences still shown as text.
    let text = '';
    const tty = { write: (s: string) => (text += s), isTTY: true };
    const o = createOutput('zh-CN', { stdout: tty, stderr: tty }, {});
    o.out(`${o.red('✖ 第 2 行')}：${fake}`);
    assert.equal(text, `\x1b[31m✖ 第 2 行\x1b[0m：\\x1b[32m✔ 已导入 99 条\\x1b[0m\\x1b[2m\n`);
  });
});

describe('hostile input to gongkai print (issue 37)', () => {
  /** A loopback server that counts every request made to it: the print browser must make none. */
  async function counter() {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('body{background:red}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    return { hits, base: `http://127.0.0.1:${port}`, close: () => server.close() };
  }

  /** The sample feed with markup in a fee's 序号 and name, a guide's name and a step's label. */
  function hostileFeed(base: string): string {
    const payload =
      `<script>document.title='已篡改';document.body.textContent='已篡改'</script>` +
      `<img src="${base}/img.png"><link rel="stylesheet" href="${base}/style.css">` +
      `<iframe src="file:///etc/passwd"></iframe><script src="${base}/script.js"></script>` +
      `<svg><image href="${base}/svg.png"/></svg><style>@import "${base}/import.css";</style>`;
    const dir = join(tempDir(), 'feed');
    cpSync(SAMPLE, dir, { recursive: true });
    const edit = <T>(file: string, change: (d: T) => void) => {
      const d = JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
      change(d);
      writeFileSync(join(dir, file), JSON.stringify(d));
    };
    edit('data/fees-nr.json', (d: { items: { no?: string; name: string }[] }) => {
      d.items[0]!.no = `1${payload}`;
      d.items[1]!.name += payload;
    });
    edit('data/guides-nr.json', (d: { guides: { id: string; name: string }[] }) => {
      d.guides.find((g) => g.id === 'guide-property-first')!.name += payload;
    });
    edit('data/processes-county.json', (d: { processes: { nodes: { kind: string; label: string }[] }[] }) => {
      for (const p of d.processes) p.nodes.find((n) => n.kind === 'step')!.label += payload;
    });
    edit('manifest.json', (m: { datasets: { sha256?: string }[] }) => m.datasets.forEach((x) => delete x.sha256));
    return dir;
  }

  it('17. markup in any field prints as text: no script runs, nothing outside is fetched, the .html holds none', async () => {
    const outside = await counter();
    try {
      const feed = hostileFeed(outside.base);
      for (const what of ['fees', 'guide:guide-property-first']) {
        for (const ext of ['html', 'pdf']) {
          const out = join(tempDir(), `poster.${ext}`);
          const r = await cli('print', feed, '--what', what, '--out', out);
          assert.equal(r.code, 0, r.out + r.err);
          assert.doesNotMatch(r.err, /已拦截|blocked/, 'nothing was even tried');
          if (ext !== 'html') continue;
          const page = readFileSync(out, 'utf8');
          for (const tag of ['script', 'img', 'link', 'iframe', 'image', 'object', 'embed'])
            assert.doesNotMatch(page, new RegExp(`<${tag}\\b`, 'i'), `no <${tag}> in the ${what} sheet`);
          // Text never holds a raw "<": a src/href inside a real tag, or an @import in a real style sheet,
          // would be live.
          // (A <meta content> value is escaped text, not an attribute of any tag: the page metadata may
          // quote the feed's words, markup included, and is left out of this check.)
          assert.doesNotMatch(
            page.replace(/(<meta\s[^>]*\scontent=)"[^"]*"/gi, '$1""'),
            /<[^>]*\s(?:src|href|xlink:href)\s*=\s*["']?(?!#)/i,
            'no reference out of the sheet',
          );
          for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g))
            assert.doesNotMatch(css!, /@import|url\(/);
          assert.match(page, /&lt;script&gt;document\.title=/, 'the markup is shown as text');
          assert.doesNotMatch(page, /<title>已篡改/);
        }
      }
      assert.deepEqual(outside.hits, [], 'the print browser requested nothing outside the sheet');
    } finally {
      outside.close();
    }
  });
});
