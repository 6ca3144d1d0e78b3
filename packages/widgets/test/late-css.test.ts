/**
 * Late CSS rewritten for the engines the legacy set serves (legacy/late-css.ts): what an engine lacks
 * must become rules it applies with the same effect, and what it has must be left exactly as written.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type LateSupport, rewriteLateCss } from '../src/legacy/late-css.js';

const NONE: LateSupport = { is: false, focusVisible: false, inset: false, logical: false, flexGap: false, min: false };
const ALL: LateSupport = { is: true, focusVisible: true, inset: true, logical: true, flexGap: true, min: true };

describe('rewriteLateCss', () => {
  it('spells :is() out per alternative, inside :host() too, so an engine before Chromium 88 keeps the rule', () => {
    const out = rewriteLateCss(
      ":host(:is([size='kiosk'],[presentation])) table.cards :is(th,td)[data-label]{border:0}",
      NONE,
    );
    assert.equal(
      out,
      ":host([size='kiosk']) table.cards th[data-label],:host([size='kiosk']) table.cards td[data-label]," +
        ':host([presentation]) table.cards th[data-label],:host([presentation]) table.cards td[data-label]{border:0}',
    );
    assert.doesNotMatch(rewriteLateCss('dd :is(ol, ul){margin:0}', NONE), /:is/);
  });

  it('gives :focus where :focus-visible is unknown, so the keyboard focus stays visible', () => {
    assert.equal(
      rewriteLateCss('th button:focus-visible,a{outline:2px solid}', NONE),
      'th button:focus,a{outline:2px solid}',
    );
  });

  it('writes inset and the logical shorthands as physical longhands (Chromium before 87)', () => {
    assert.equal(
      rewriteLateCss('.a{position:fixed;inset:auto 0 0 0}', NONE),
      '.a{position:fixed;top:auto;right:0;bottom:0;left:0}',
    );
    assert.equal(rewriteLateCss('.a{inset:0}', NONE), '.a{top:0;right:0;bottom:0;left:0}');
    assert.equal(rewriteLateCss('.a{clip-path:inset(50%)}', NONE), '.a{clip-path:inset(50%)}');
    assert.equal(
      rewriteLateCss('.f{margin-block:0.5rem 1rem;padding-inline:1em;padding-inline-start:2em}', NONE),
      '.f{margin-top:0.5rem;margin-bottom:1rem;padding-left:1em;padding-right:1em;padding-inline-start:2em}',
    );
  });

  it('spaces a flex container’s children with margins where flex gap does nothing (Chromium before 84)', () => {
    assert.equal(
      rewriteLateCss('.pager{display:flex;gap:0.5rem}', NONE),
      '.pager{display:flex;gap:0.5rem}.pager>*+*{margin-left:0.5rem}',
    );
    assert.equal(
      rewriteLateCss('.home{display:flex;flex-direction:column;gap:1.5rem}', NONE),
      '.home{display:flex;flex-direction:column;gap:1.5rem}.home>*+*{margin-top:1.5rem}',
    );
    assert.equal(
      rewriteLateCss('.a,.b{display:flex;flex-wrap:wrap;gap:0.25rem 1rem}', NONE),
      '.a,.b{display:flex;flex-wrap:wrap;gap:0.25rem 1rem}.a>*,.b>*{margin-right:1rem;margin-bottom:0.25rem}',
    );
    // A grid's gap works since Chromium 66: left alone.
    assert.equal(rewriteLateCss('.g{display:grid;gap:1rem}', NONE), '.g{display:grid;gap:1rem}');
  });

  it('drops the narrow-box cap of min() in grid columns where min() is unknown (Chromium before 79)', () => {
    assert.equal(
      rewriteLateCss('.t{grid-template-columns:repeat(auto-fill,minmax(min(100%, 22rem),1fr))}', NONE),
      '.t{grid-template-columns:repeat(auto-fill,minmax(22rem,1fr))}',
    );
  });

  it('leaves every rule as written where the engine has the feature, at-rules and whitespace included', () => {
    const css = `:host(:is([a],[b])) x:focus-visible { inset: 0; margin-block: 1px; display: flex; gap: 1px }
@container (max-width: 40rem) { .g { grid-template-columns: minmax(min(100%, 9em), 1fr) } }`;
    assert.equal(rewriteLateCss(css, ALL), css);
  });

  it('rewrites the rules inside @media and @container blocks, keeping the blocks', () => {
    assert.equal(
      rewriteLateCss('@media (min-width: 40em){.k{inset:0}}', NONE),
      '@media (min-width: 40em){.k{top:0;right:0;bottom:0;left:0}}',
    );
  });
});
