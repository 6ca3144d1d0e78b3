import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { zipEntrySizes } from '../src/import/zip-directory.js';

describe('zip directory', () => {
  it('gives each entry its declared sizes without inflating it', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(100_000));
    zip.file('xl/sharedStrings.xml', '<sst>不动产登记费</sst>');
    zip.file('stored.txt', 'abc', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: '注'.repeat(10) });
    const sizes = Object.fromEntries(zipEntrySizes(bytes).map((e) => [e.name, e]));
    assert.equal(sizes['xl/worksheets/sheet1.xml']!.uncompressed, 100_000);
    assert.ok(sizes['xl/worksheets/sheet1.xml']!.compressed < 1_000, 'deflated');
    assert.equal(sizes['xl/sharedStrings.xml']!.uncompressed, Buffer.byteLength('<sst>不动产登记费</sst>'));
    assert.deepEqual(sizes['stored.txt'], { name: 'stored.txt', compressed: 3, uncompressed: 3 });
  });

  it('refuses bytes with no zip directory, or a cut-off one', async () => {
    assert.throws(() => zipEntrySizes(new TextEncoder().encode('费用,标准\n登记费,80\n')), /end-of-directory/);
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(1000));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    // The end record kept, the directory it points at overwritten.
    const broken = bytes.slice();
    const view = new DataView(broken.buffer);
    broken.fill(0, view.getUint32(broken.length - 6, true), broken.length - 22);
    assert.throws(() => zipEntrySizes(broken), /broken zip directory entry 0/);
  });
});
