import { expect } from '@open-wc/testing';
import { buildBudgetTree, createClient, createFeeSearch, indexedDbCache, loadPinyin } from '@gongkai/sdk';

const FEED = '/examples/feeds/shili-county/';
const freshDb = () => `gk-test-${Math.random().toString(36).slice(2)}`;
const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

describe('feed client in Chromium', () => {
  it('loads and validates the sample feed over HTTP', async () => {
    const c = createClient({ baseUrl: FEED, cache: indexedDbCache(freshDb()) });
    const m = await c.feed();
    expect(m.data.datasets.length).to.be.greaterThan(10);
    const b = await c.budget('budget-2026-ca');
    const tree = buildBudgetTree(b.data.lines);
    expect(tree.roots.map((r) => r.code)).to.include('208');
    expect(b.stale).to.equal(false);
  });

  it('keeps the last good data in IndexedDB, so a reloaded page with the network down still shows it', async () => {
    const db = freshDb();
    await createClient({ baseUrl: FEED, cache: indexedDbCache(db) }).fees('fees-nr');
    const reloaded = createClient({
      baseUrl: FEED,
      cache: indexedDbCache(db),
      fetch: offline,
      retry: 0,
      staleWhileRevalidate: false,
      maxAge: 0,
    });
    const r = await reloaded.fees('fees-nr');
    expect(r.stale).to.equal(true);
    expect(r.error?.reason).to.equal('network');
    expect(r.data.items[0]!.name).to.equal('不动产登记费（住宅）');
  });

  it('without any good copy, fails with a typed network error naming the URL', async () => {
    const c = createClient({ baseUrl: FEED, cache: indexedDbCache(freshDb()), fetch: offline, retry: 0 });
    try {
      await c.feed();
      expect.fail('should have thrown');
    } catch (e) {
      expect((e as { reason: string }).reason).to.equal('network');
      expect((e as { url: string }).url).to.contain('/examples/feeds/shili-county/manifest.json');
    }
  });

  it('loads the pinyin dictionary lazily and finds 不动产登记费 by "bdc"', async () => {
    const c = createClient({ baseUrl: FEED, cache: indexedDbCache(freshDb()) });
    const search = createFeeSearch((await c.fees('fees-nr')).data.items, { pinyin: await loadPinyin() });
    const names = search.search('bdc').map((m) => m.fee.name);
    expect(names[0]).to.equal('不动产登记费（住宅）');
  });
});
