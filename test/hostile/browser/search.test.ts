// Hostile text in <gk-search> (issue 37): a Pagefind stand-in (test/hostile/fixtures/long-title/)
// answers with an ordinary result and one whose title is 60,000 characters long.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/widgets/src/search/index.js';
import type { GkSearch } from '../../../packages/widgets/src/search/search.js';

describe('hostile text in the search (issue 37)', function () {
  this.timeout(60_000);

  it('14. a 60,000-character title is one more result: it makes no pattern too large to build, nor drops the others', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src="/test/hostile/fixtures/long-title/"></gk-search>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'bdc';
    const shown = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('gk-search-results', (e) => resolve(e as CustomEvent), { once: true }),
    );
    input.dispatchEvent(new Event('input'));
    const { results } = (await shown).detail as { results: { title: string; excerpt: string }[] };
    expect(results.map((r) => r.title.length).sort((a, b) => a - b)).to.deep.equal([6, 60_000]);
    expect(results.find((r) => r.title === '不动产登记费')!.excerpt).not.to.match(/bdcdjf|budongchan/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="results"] li').length).to.equal(2);
  });
});
