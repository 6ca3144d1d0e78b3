// Hostile transport, class by class (issue 20): the feed client against a server that races a
// deploy, stalls, drips, lies about a file's hash, or lists thousands of datasets. Each case failed
// on the client before these classes were fixed. A real HTTP server on 127.0.0.1; no timing waits
// beyond the client's own deadlines, which the cases set small.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClient, FeedError, memoryCache, type FeedCache } from '../../packages/sdk/src/index.js';
import { json, startFeedServer, type FeedServer } from '../../packages/sdk/test/feed-server.js';
import { clone, loadSampleFeed } from '../../packages/sdk/test/sample-feed.js';

const sample = loadSampleFeed();
const M = '/feed/manifest.json';
let server: FeedServer;

/** A manifest with only the fee list `fees-nr`, at `url`, optionally with its sha256. */
function manifest(url: string, sha256?: string) {
  const m = clone(sample.manifest);
  const ref = m.datasets.find((d: { id: string }) => d.id === 'fees-nr');
  m.datasets = [{ ...ref, url, ...(sha256 ? { sha256 } : {}) }];
  return m;
}
const fees = () => clone(sample.datasets['fees-nr']);
const sha = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');
const client = (cache: FeedCache = memoryCache(), timeout = 2000) =>
  createClient({ baseUrl: `${server.base}/feed/`, cache, retry: 0, retryDelay: 10, timeout, maxAge: 0 });

before(async () => (server = await startFeedServer()));
after(() => server.close());
beforeEach(() => {
  server.routes.clear();
  server.log.length = 0;
});

describe('hostile transport (issue 20)', () => {
  it('1. last good per dataset id: a republished file that 404s or is cut off keeps the old data, stale', async () => {
    const v1 = fees();
    server.routes.set(M, json(manifest('data/fees-nr.v1.json'), '"m1"'));
    server.routes.set('/feed/data/fees-nr.v1.json', json(v1, '"f1"'));
    const c = client();
    const first = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.equal(first.sources[0]!.data.items.length, v1.items.length);
    // The deploy: the manifest names v2 before v2 is there (404), then while it is half uploaded.
    server.routes.set(M, json(manifest('data/fees-nr.v2.json'), '"m2"'));
    for (const broken of [
      (_req: unknown, res: import('node:http').ServerResponse) => void res.writeHead(404).end(),
      (_req: unknown, res: import('node:http').ServerResponse) =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(v1).slice(0, 500)),
    ]) {
      server.routes.set('/feed/data/fees-nr.v2.json', broken);
      await c.feed(true);
      let read = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
      read = (await read.revalidated) ?? read;
      assert.equal(read.sources[0]!.data.items.length, v1.items.length, 'the last good fees are still there');
      assert.equal(read.stale, true, 'and marked stale');
    }
    // v2 arrives whole: it replaces v1.
    const v2 = fees();
    v2.items = v2.items.slice(0, 3);
    server.routes.set('/feed/data/fees-nr.v2.json', json(v2, '"f2"'));
    let read = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    read = (await read.revalidated) ?? read;
    assert.equal(read.sources[0]!.data.items.length, 3);
    assert.equal(read.stale, false);
  });

  it('2. stale at once after an offline reload: the cached copy is marked as soon as the server fails', async () => {
    const cache = memoryCache();
    server.routes.set(M, json(manifest('data/fees-nr.json')));
    server.routes.set('/feed/data/fees-nr.json', json(fees()));
    await client(cache).read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    // A reload (a new client over the same cache) with the dataset now failing.
    server.routes.set('/feed/data/fees-nr.json', (_req, res) => void res.writeHead(503).end());
    const read = await client(cache).read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.ok(read.sources[0]!.data.items.length > 0, 'the cached copy is shown at once');
    assert.ok(read.revalidated, 'and checked with the server');
    const after = await read.revalidated;
    assert.equal(after.stale, true);
    assert.equal(after.sources[0]!.error?.reason, 'http');
  });

  it('3. stalls: headers then nothing, or 1 byte at a time, end at the deadline; the next refresh is not stuck', async () => {
    server.routes.set(M, json(manifest('data/fees-nr.json')));
    const hold: import('node:http').ServerResponse[] = [];
    server.routes.set('/feed/data/fees-nr.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"kind":');
      hold.push(res); // stalls: never ends
    });
    const c = client(memoryCache(), 300);
    const stalled = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] }).catch((e) => e);
    assert.ok(stalled instanceof FeedError && stalled.reason === 'timeout', `got ${stalled}`);
    let drips = 0;
    server.routes.set('/feed/data/fees-nr.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const drip = setInterval(() => (res.destroyed ? clearInterval(drip) : (drips++, res.write(' '))), 50);
      res.on('close', () => clearInterval(drip));
    });
    const dripped = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] }).catch((e) => e);
    assert.ok(dripped instanceof FeedError && dripped.reason === 'timeout', `got ${dripped}`);
    assert.ok(drips < 20, 'the drip was cut off at the deadline');
    server.routes.set('/feed/data/fees-nr.json', json(fees()));
    const ok = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.ok(ok.sources[0]!.data.items.length > 0, 'a later refresh does not join the stuck request');
    for (const res of hold) res.destroy();
  });

  it('4. a gzip bomb and a 300 MB chunked body are cut off at the byte limit and called too large', async () => {
    server.routes.set(M, json(manifest('data/fees-nr.json')));
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20)); // 100 MB of spaces in ~100 kB
    server.routes.set(
      '/feed/data/fees-nr.json',
      (_req, res) =>
        void res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(bomb),
    );
    const c = createClient({ baseUrl: `${server.base}/feed/`, cache: memoryCache(), retry: 0, timeout: 20_000 });
    const e = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] }).catch((x) => x);
    assert.ok(e instanceof FeedError && e.reason === 'too-large', `got ${e}`);
    let sent = 0;
    server.routes.set('/feed/data/fees-nr.json', async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      while (sent < 300 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) await new Promise((ok) => res.once('drain', ok).once('close', ok));
      }
      res.end();
    });
    const chunked = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'], force: true }).catch((x) => x);
    assert.ok(chunked instanceof FeedError && chunked.reason === 'too-large', `got ${chunked}`);
    assert.ok(sent < 60 * 1024 * 1024, `${sent} bytes sent before the client stopped reading`);
  });

  it('4. a manifest of 5,000 datasets is read a few files at a time', async () => {
    const m = clone(sample.manifest);
    const ref = m.datasets.find((d: { id: string }) => d.id === 'fees-nr');
    m.datasets = Array.from({ length: 5000 }, (_, i) => ({ ...ref, id: `f${i}`, url: `data/f${i}.json` }));
    server.routes.set(M, json(m));
    let open = 0;
    let most = 0;
    for (let i = 0; i < 5000; i++) {
      const body = { ...fees(), id: `f${i}`, items: fees().items.slice(0, 1) };
      server.routes.set(`/feed/data/f${i}.json`, async (_req, res) => {
        most = Math.max(most, ++open);
        await new Promise((ok) => setImmediate(ok));
        open--;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      });
    }
    const read = await client(memoryCache(), 30_000).read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.equal(read.sources.length, 5000);
    assert.ok(most <= 6, `${most} requests at once`);
  });

  it('11. integrity: a file that does not match its sha256 is refused; the last good copy holds', async () => {
    const good = fees();
    server.routes.set(M, json(manifest('data/fees-nr.json', sha(good))));
    server.routes.set('/feed/data/fees-nr.json', json(good, '"g"'));
    const c = client();
    await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    const tampered = fees();
    tampered.items[0].standard = { type: 'fixed', amount: 8000, per: '件' };
    server.routes.set('/feed/data/fees-nr.json', json(tampered, '"t"'));
    const read = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.equal(read.stale, true);
    assert.equal(read.sources[0]!.error?.reason, 'integrity');
    assert.deepEqual(read.sources[0]!.data.items[0], good.items[0], 'the tampered figure is never shown');
    const fresh = await client()
      .read({ src: `${server.base}/feed/`, kinds: ['fee-list'] })
      .catch((e) => e);
    assert.ok(fresh instanceof FeedError && fresh.reason === 'integrity', 'with nothing good held: an error');
  });

  it('12. one last good copy per dataset id, in memory and in the cache, however often it is republished', async () => {
    const keys = new Set<string>();
    const store = memoryCache();
    const cache: FeedCache = { get: (k) => store.get(k), set: (k, e) => (keys.add(k), store.set(k, e)) };
    const c = client(cache);
    for (let v = 1; v <= 25; v++) {
      server.routes.set(M, json(manifest(`data/fees-nr.${v}.json`), `"m${v}"`));
      server.routes.set(`/feed/data/fees-nr.${v}.json`, json({ ...fees(), title: `v${v}` }, `"f${v}"`));
      await c.feed(true);
      const read = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
      await read.revalidated;
    }
    const datasetKeys = [...keys].filter((k) => k.includes('#'));
    assert.deepEqual(datasetKeys, [`${server.base}/feed/manifest.json#fees-nr`]);
  });
});
