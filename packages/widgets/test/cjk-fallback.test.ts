/**
 * withCjkFallback: the Chinese faces a widget appends to the font family it inherits, so that Chinese
 * text is found in a named face, not looked up character by character in the system's fallback.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CJK_SANS, CJK_SERIF, withCjkFallback } from '../src/base/cjk-fallback.js';

const list = (faces: string[]) => faces.map((f) => `"${f}"`).join(', ');

describe('withCjkFallback', () => {
  it('keeps the page’s families first and in their own spelling, then adds sans faces', () => {
    assert.equal(withCjkFallback('Arial, sans-serif'), `Arial, sans-serif, ${list(CJK_SANS)}`);
    assert.equal(withCjkFallback('system-ui'), `system-ui, ${list(CJK_SANS)}`);
  });

  it('adds serif faces to a serif page, and to one in the browser’s default (Times New Roman)', () => {
    assert.equal(withCjkFallback('Georgia, serif'), `Georgia, serif, ${list(CJK_SERIF)}`);
    assert.equal(withCjkFallback('"Times New Roman"'), `"Times New Roman", ${list(CJK_SERIF)}`);
    assert.equal(withCjkFallback('Verdana'), `Verdana, ${list(CJK_SANS)}`, 'no generic family: sans');
  });

  it('adds only the faces the page does not name, and nothing when it names them all', () => {
    assert.equal(
      withCjkFallback('"Microsoft YaHei", sans-serif'),
      `"Microsoft YaHei", sans-serif, ${list(CJK_SANS.filter((f) => f !== 'Microsoft YaHei'))}`,
    );
    const kiosk = `${list(CJK_SANS)}, sans-serif`;
    assert.equal(withCjkFallback(kiosk), kiosk);
    const nested = withCjkFallback('Arial, sans-serif');
    assert.equal(withCjkFallback(nested), nested, 'a widget inside another adds nothing more');
  });

  it('reads quoted names in any case', () => {
    assert.equal(withCjkFallback(`'Noto Sans' ,SERIF`), `'Noto Sans' ,SERIF, ${list(CJK_SERIF)}`);
    assert.equal(withCjkFallback('"pingfang sc", SANS-SERIF').includes('"PingFang SC"'), false);
    assert.equal(withCjkFallback(''), '');
  });
});
