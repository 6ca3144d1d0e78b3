/** CSVs as Chinese office software saves them: UTF-8 with and without BOM, GBK/GB18030, UTF-16. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBookBytes } from '../src/import/table/read-grids.js';
import { readRegions } from '../src/import/table/regions.js';

const TEXT = '收费项目,收费标准\r\n居民身份证工本费,20元/证\r\n';

/** GBK bytes of TEXT (python3: TEXT.encode('gbk').hex()): Node decodes GB18030 but cannot encode it. */
const GBK = Buffer.from(
  'cad5b7d1cfeec4bf2ccad5b7d1b1ead7bc0d0abed3c3f1c9edb7ddd6a4b9a4b1beb7d12c3230d4aa2fd6a40d0a',
  'hex',
);

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const cases: [string, Buffer, string][] = [
  ['utf-8', Buffer.from(TEXT), 'utf-8'],
  ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8-bom'],
  ['GBK (Excel/WPS on Chinese Windows)', GBK, 'gb18030'],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
  ['UTF-16 LE without BOM', Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
  [
    'UTF-16 LE tab-separated (Excel "Unicode text")',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT.replace(/,/g, '\t'), 'utf16le')]),
    'utf-16le',
  ],
];

describe('CSV encodings', () => {
  for (const [what, bytes, encoding] of cases) {
    it(`reads ${what} and says which encoding it was`, async () => {
      const book = await readBookBytes('fees.csv', bytes);
      assert.equal(book.encoding, encoding);
      const [t] = readRegions(book.grids[0]!);
      assert.deepEqual(
        t!.columns.map((c) => c.path.join('/')),
        ['收费项目', '收费标准'],
      );
      assert.deepEqual(
        t!.rows.map((r) => r.cells.map((c) => c.text)),
        [['居民身份证工本费', '20元/证']],
      );
    });
  }
});
