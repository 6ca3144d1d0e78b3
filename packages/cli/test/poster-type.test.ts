/**
 * Posters are read on a wall from about a metre: no text under 9 pt on A4 and none under 12 pt on A3,
 * the flowchart included (issue 31). Measured from the PDF itself: each text run's size is its font
 * size times its text matrix and the page's transformation (pdf.js's `transform`), in PDF points.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getDocumentProxy } from 'unpdf';
import { cli, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = join(ROOT, 'examples/feeds/shili-county/');

before(() => {
  if (!existsSync(join(ROOT, 'packages/widgets/dist/browser/gongkai-all.js')))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
});

interface Run {
  str: string;
  pt: number;
  page: number;
}

/** Every visible text run of the PDF with its printed size in points. */
async function runs(file: string): Promise<Run[]> {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const out: Run[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      // [a b c d e f]: the glyphs' vertical scale is the length of (c, d).
      const [, , c, d] = item.transform as number[];
      out.push({ str: item.str.normalize('NFKC'), pt: Math.hypot(c!, d!), page: n });
    }
  }
  return out;
}

async function print(what: string, paper: 'A4' | 'A3'): Promise<string> {
  const out = join(tempDir(), 'poster.pdf');
  const r = await cli('print', SAMPLE, '--what', what, '--paper', paper, '--out', out);
  assert.equal(r.code, 0, r.out + r.err);
  return out;
}

const KINDS = ['guide:guide-property-first', 'guide:guide-dibao', 'fees', 'rules', 'powers'];

describe('posters for distance: the smallest text measured from the PDF', () => {
  for (const [paper, minPt] of [
    ['A4', 9],
    ['A3', 12],
  ] as const)
    for (const what of KINDS)
      it(`${what} on ${paper}: no text under ${minPt} pt`, async () => {
        const all = await runs(await print(what, paper));
        assert.ok(all.length > 0);
        const smallest = all.reduce((a, b) => (b.pt < a.pt ? b : a));
        assert.ok(
          smallest.pt >= minPt - 0.05,
          `“${smallest.str}” at ${smallest.pt.toFixed(2)} pt on page ${smallest.page}`,
        );
        if (what.startsWith('guide:')) {
          // The flowchart is printed (its end node's text is only in the chart), not left out to pass.
          assert.ok(
            all.some((r) => /^(办结|结束)$/.test(r.str)),
            'the flowchart is on the poster',
          );
        }
      });
});
