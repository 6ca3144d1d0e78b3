/**
 * Container queries rewritten for engines without them (Chromium before 105): a narrow layout under
 * `@container (max-width: X)` must become rules that apply when the host lists X in data-gk-max, and
 * nothing else in the style sheet may change.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { rewriteContainerQueries } from '../src/legacy/container-fallback.js';

describe('rewriteContainerQueries', () => {
  it('scopes each rule of a container block to the host with that width flag, keeping the rest', () => {
    const found = new Set<string>();
    const css = `:host{container-type:inline-size}td{color:red}
@container (max-width: 40rem) { thead tr, td.x { display: flex; gap: 1rem } tbody tr.fee{display:block} }
th{padding:0}`;
    const out = rewriteContainerQueries(css, found);
    assert.deepEqual([...found], ['40rem']);
    assert.doesNotMatch(out, /@container/);
    assert.match(out, /^:host\{container-type:inline-size\}td\{color:red\}/);
    assert.match(
      out,
      /:host\(\[data-gk-max~='40rem'\]\) thead tr,:host\(\[data-gk-max~='40rem'\]\) td\.x\s*\{ display: flex; gap: 1rem \}/,
    );
    assert.match(out, /:host\(\[data-gk-max~='40rem'\]\) tbody tr\.fee\s*\{display:block\}/);
    assert.match(out, /th\{padding:0\}$/);
  });

  it('adds the flag inside a :host(…) selector, and keeps commas inside :is(…) in one selector', () => {
    const found = new Set<string>();
    const out = rewriteContainerQueries(
      `@container (max-width: 46em) { :host([size='kiosk']) th, :host(:is([size='kiosk'], [presentation])) table.cards :is(tr, td) { display: block } :host .x{top:0} }`,
      found,
    );
    assert.deepEqual([...found], ['46em']);
    assert.match(out, /:host\(\[size='kiosk'\]\[data-gk-max~='46em'\]\) th,/);
    assert.match(
      out,
      /:host\(:is\(\[size='kiosk'\], \[presentation\]\)\[data-gk-max~='46em'\]\) table\.cards :is\(tr, td\)/,
    );
    assert.match(out, /:host\(\[data-gk-max~='46em'\]\) \.x\{top:0\}/);
  });

  it('reads the range form the template minifier writes, (width<=40rem)', () => {
    const found = new Set<string>();
    const out = rewriteContainerQueries('@container (width<=40rem){table,tr{display:block}}', found);
    assert.deepEqual([...found], ['40rem']);
    assert.equal(out, ":host([data-gk-max~='40rem']) table,:host([data-gk-max~='40rem']) tr{display:block}");
  });

  it('leaves a style sheet without container queries as it is', () => {
    const css = '@media (max-width: 40rem){td{display:block}}';
    assert.equal(rewriteContainerQueries(css, new Set()), css);
  });
});
