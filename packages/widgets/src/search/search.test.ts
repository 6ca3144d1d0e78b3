/**
 * <gk-search> over the sample aggregate (examples/aggregate, harvested from three invented counties
 * by the build): pinyin initials find a fee across departments, facets narrow it, results link
 * into the department view, and a missing index is said in words. The sample's index is split in
 * several (as a province's is), so every search here runs over merged indexes.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './index.js';
import type { GkSearch, SearchResult } from './search.js';

const AGGREGATE = '/examples/aggregate/';
const root = (el: HTMLElement) => el.shadowRoot!;

async function type(el: GkSearch, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  const shown = oneEvent(el, 'gk-search-results');
  input.dispatchEvent(new Event('input'));
  return (await shown).detail;
}

describe('<gk-search>', () => {
  it('finds 不动产登记费 by its initials "bdc" across two departments, linking into each one', async () => {
    // The sample's index is split as a province's would be: the two departments are in two of them.
    const { bundles } = await (await fetch(`${AGGREGATE}search/bundles.json`)).json();
    expect(bundles.length).to.be.greaterThan(1);
    const el = await fixture<GkSearch>(html`<gk-search src=${AGGREGATE}></gk-search>`);
    const { results, partial } = await type(el, 'bdc');
    expect(partial).to.equal(false);
    const fees = results.filter((r: SearchResult) => r.title === '不动产登记费（住宅）');
    expect(fees.map((r: SearchResult) => r.department).sort()).to.deep.equal(['样例县自然资源局', '示例县自然资源局']);
    await el.updateComplete;
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="results"] a')];
    const link = links.find((a) => a.textContent === '不动产登记费（住宅）')!;
    const url = new URL(link.href);
    expect(url.pathname).to.match(/department\.html$/);
    expect(url.searchParams.get('src')).to.match(/\/examples\/aggregate\/feeds\/\d{5}/);
    expect(url.hash).to.equal('#fees');
    // The excerpt is the item's own text: not the feed path or section name kept for the link.
    for (const r of results) expect(r.excerpt).not.to.match(/feeds\/|\bpowers\b|\bfees\b/);
    // Nor the pinyin line that lets "bdc" find it: no reading matter.
    const shown = [...root(el).querySelectorAll('[part="results"] .excerpt')].map((p) => p.textContent!);
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) expect(text).not.to.match(/bdc|budongchan/);
    // Nor the department · kind · region line, which the result shows above its excerpt already.
    for (const text of shown) expect(text).not.to.match(/ · (权责清单|收费|办事指南)/);
  });

  it('marks a match in the title, and does not print the title again in the excerpt below it', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src=${AGGREGATE}></gk-search>`);
    const { results } = await type(el, '登记');
    expect(results.length).to.be.greaterThan(0);
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('[part="results"] li')];
    expect(items.length).to.equal(results.length);
    items.forEach((li, i) => {
      const title = results[i]!.title;
      expect(li.querySelector('a')!.textContent).to.equal(title);
      const excerpt = li.querySelector('.excerpt')!.textContent!.trim();
      // Nor its end, where the excerpt's window opened inside the title ("居民婚姻登记. …" under 内地居民婚姻登记).
      for (let k = 0; k < title.length - 1; k++)
        expect(excerpt.startsWith(`${title.slice(k)}.`)).to.equal(false, title);
      expect(excerpt.startsWith(title)).to.equal(false, title);
    });
    expect(items.filter((li) => li.querySelector('a mark')).length).to.be.greaterThan(0, 'no match marked in a title');
  });

  it('ends an excerpt cut short with an ellipsis, and one that reaches the end of the text without', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src=${AGGREGATE}></gk-search>`);
    const { results } = await type(el, '婚姻');
    await el.updateComplete;
    const excerptOf = (title: string) => {
      const li = [...root(el).querySelectorAll('[part="results"] li')].find(
        (x) => x.querySelector('a')!.textContent === title,
      );
      return li?.querySelector('.excerpt')!.textContent!.trim();
    };
    expect(results.map((r: SearchResult) => r.title)).to.include.members(['婚姻登记费', '收养登记']);
    // Its basis goes on past Pagefind's window ("…清理规范一批行政事业性收费有关政策的通知》").
    expect(excerptOf('婚姻登记费')).to.match(/行政事业性…$/);
    // The basis comes first: no excerpt opens with a power's or a guide's code.
    for (const r of results) expect(r.excerpt, r.title).not.to.match(/^\d{6,}/);
    // The ellipsis takes the place of Pagefind's stop between blocks: "第二条…", not "第二条.…".
    for (const r of results) expect(r.excerpt, r.title).not.to.match(/\.\s*…$/);
  });

  it("finds a power by its code, named in the excerpt as the power's code", async () => {
    const el = await fixture<GkSearch>(html`<gk-search src=${AGGREGATE}></gk-search>`);
    const { results } = await type(el, '3399990307001');
    const hit = results.find((r: SearchResult) => r.title === '内地居民婚姻登记');
    expect(hit, 'the power with that code').to.not.equal(undefined);
    expect(hit!.excerpt).to.contain('权力编码：<mark>3399990307001</mark>');
  });

  it('narrows by region with a facet that counts what each holds', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src=${AGGREGATE}></gk-search>`);
    await type(el, '不动产登记');
    await waitUntil(() => root(el).querySelector('[part="facets"] select'), 'no facets', { timeout: 20000 });
    const region = [...root(el).querySelectorAll<HTMLLabelElement>('[part="facets"] label')].find((l) =>
      l.textContent!.includes('区划'),
    )!;
    const select = region.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.include.members(['示例县', '样例县', '演示区']);
    select.value = '样例县';
    const shown = oneEvent(el, 'gk-search-results');
    select.dispatchEvent(new Event('change'));
    const { results } = (await shown).detail;
    expect(results.length).to.be.greaterThan(0);
    expect(results.every((r: SearchResult) => r.region === '样例县')).to.equal(true);
  });

  it('answers from the first index when another of a split index cannot be read, and says so', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src="/test/fixtures/split-search/"></gk-search>`);
    const { results, partial } = await type(el, '不动产登记');
    expect(partial).to.equal(true);
    expect(results.length).to.be.greaterThan(0);
    expect(results.every((r: SearchResult) => r.title.length > 0)).to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="results"] li').length).to.equal(results.length);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('部分搜索索引无法读取');
    await expect(el).to.be.accessible();
  });

  it('says in words when the aggregate has no index, and the page goes on', async () => {
    const el = await fixture<GkSearch>(html`<gk-search src="/nowhere/aggregate/"></gk-search>`);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'bdc';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 20000 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
      '/nowhere/aggregate/search/pagefind/pagefind.js',
    );
    await expect(el).to.be.accessible();
  });
});
