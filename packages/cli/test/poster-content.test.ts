/**
 * What the 公开栏 poster carries (issue 31): the fee poster's 减免政策 and 备注, the guide poster's
 * 申请材料, 序号 on one line, a white margin round a PNG, and the widgets' date rule (the datasets'
 * own `updated`, never the manifest's).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import type { Fee, ServiceGuide } from '@gongkai/sdk';
import { cli, tempDir } from './helpers.js';
import { launchBrowser } from '../src/print/browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, 'examples/feeds/shili-county/');
const json = (rel: string) => JSON.parse(readFileSync(join(SAMPLE, rel), 'utf8'));

before(() => {
  if (!existsSync(join(ROOT, 'packages/widgets/dist/browser/gongkai-all.js')))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
});

/** The PDF's text runs (NFKC: the CJK font maps some characters to compatibility forms). */
async function pdfRuns(file: string): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    for (const item of (await (await doc.getPage(n)).getTextContent()).items)
      if ('str' in item && item.str.trim()) out.push(item.str.normalize('NFKC'));
  return out;
}
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

async function print(src: string, ext: 'pdf' | 'png', ...args: string[]): Promise<string> {
  const out = join(tempDir(), `poster.${ext}`);
  const r = await cli('print', src, ...args, '--out', out);
  assert.equal(r.code, 0, r.out + r.err);
  return out;
}

/**
 * The widest white frame round a PNG (in px, the smallest of its four sides): decoded by Chromium
 * (no PNG decoder in the tree), a pixel counts as white at 250/255 or more on every channel.
 */
async function whiteFrame(file: string): Promise<{ width: number; height: number; frame: number }> {
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const url = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    return await tab.evaluate(async (src: string) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const dark = new Uint8Array(width * height);
      for (let i = 0; i < width * height; i++)
        dark[i] = data[i * 4]! < 250 || data[i * 4 + 1]! < 250 || data[i * 4 + 2]! < 250 ? 1 : 0;
      let top = height,
        bottom = height,
        left = width,
        right = width;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++)
          if (dark[y * width + x]) {
            top = Math.min(top, y);
            bottom = Math.min(bottom, height - 1 - y);
            left = Math.min(left, x);
            right = Math.min(right, width - 1 - x);
          }
      return { width, height, frame: Math.min(top, bottom, left, right) };
    }, url);
  } finally {
    await browser.close();
  }
}

describe('what the poster carries', () => {
  it('the fee poster carries each fee’s 减免政策 and 备注, and 序号 on one line', async () => {
    const runs = await pdfRuns(await print(SAMPLE, 'pdf', '--what', 'fees', '--department', '示例县自然资源局'));
    const all = squash(runs.join(''));
    const fees: Fee[] = json('data/fees-nr.json').items;
    const withNotes = fees.filter((f) => f.exemptions || f.notes);
    assert.ok(withNotes.length >= 2, 'the sample has fees with 减免政策 and 备注');
    for (const f of withNotes) {
      if (f.exemptions) assert.ok(all.includes(squash(`减免政策：${f.exemptions}`)), `${f.name}: 减免政策`);
      if (f.notes) assert.ok(all.includes(squash(`备注：${f.notes}`)), `${f.name}: 备注`);
    }
    // A wrapped head prints 序 and 号 as two runs on two lines.
    assert.ok(
      runs.some((r) => r.includes('序号')),
      '序号 is one run',
    );
    assert.ok(!runs.some((r) => r.trim() === '序'), '序 alone');
  });

  it('the guide poster carries its 申请材料', async () => {
    const guide: ServiceGuide = json('data/guides-nr.json').guides.find(
      (g: ServiceGuide) => g.id === 'guide-property-first',
    );
    const all = squash((await pdfRuns(await print(SAMPLE, 'pdf', '--what', 'guide:guide-property-first'))).join(''));
    assert.ok(all.includes('申请材料'));
    assert.ok(guide.materials.length >= 3);
    for (const m of guide.materials) assert.ok(all.includes(squash(m.name)), m.name);
  });

  it('the powers poster prints 序号 on one line', async () => {
    const runs = await pdfRuns(await print(SAMPLE, 'pdf', '--what', 'powers', '--department', '示例县民政局'));
    assert.ok(
      runs.some((r) => r.includes('序号')),
      '序号 is one run',
    );
    assert.ok(!runs.some((r) => r.trim() === '序'), '序 alone');
  });

  for (const args of [
    ['--what', 'fees', '--screen', '1080x1920'],
    ['--what', 'powers', '--screen', '1920x1080'],
    ['--what', 'guide:guide-property-first', '--screen', '1080x1920'],
    ['--what', 'fees', '--paper', 'A4'],
  ])
    it(`a PNG (${args.slice(1).join(' ')}) has a white margin on every side`, async () => {
      const { width, height, frame } = await whiteFrame(await print(SAMPLE, 'png', ...args));
      // 2% of the shorter side at least: about 20 px on a 1080 px screen.
      const margin = Math.floor(Math.min(width, height) * 0.02);
      assert.ok(frame >= margin, `${width}×${height}: white frame ${frame} px, want ≥ ${margin}`);
    });

  it('prints the datasets’ own date, as the widgets do, not the manifest’s', async () => {
    const dir = join(tempDir(), 'feed');
    cpSync(SAMPLE, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    for (const d of manifest.datasets) {
      delete d.sha256;
      // The manifest says a later date than the files themselves.
      if (d.kind === 'fee-list' || d.kind === 'service-rules') d.updated = '2026-11-30T09:00:00+08:00';
    }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const fees = squash((await pdfRuns(await print(dir, 'pdf', '--what', 'fees'))).join(''));
    // fees-nr.json says 2026-03-02 and fees-catalogue.json 2026-01-15: the newest of the two.
    assert.ok(fees.includes('数据更新于2026年3月2日'), fees.slice(-80));
    // A file that prints no date says so (数据更新日期未注明), and none is made up.
    const rules = JSON.parse(readFileSync(join(dir, 'data/rules-hall.json'), 'utf8'));
    rules.updated = null;
    writeFileSync(join(dir, 'data/rules-hall.json'), JSON.stringify(rules));
    const text = squash((await pdfRuns(await print(dir, 'pdf', '--what', 'rules'))).join(''));
    assert.ok(text.includes('数据更新日期未注明'), text.slice(-80));
    assert.ok(!text.includes('2026年11月30日'));
  });
});
