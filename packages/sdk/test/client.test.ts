import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClient, FeedError, memoryCache, type ClientOptions, type Update } from '../src/index.js';
import { json, startFeedServer, status, type FeedServer } from './feed-server.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const M = '/feed/manifest.json';
const FEES = '/feed/data/fees-nr.json';
let server: FeedServer;

before(async () => (server = await startFeedServer()));
after(() => server.close());
beforeEach(() => {
  server.routes.clear();
  server.log.length = 0;
  server.routes.set(M, json(feed.manifest));
  for (const d of feed.manifest.datasets)
    server.routes.set(`/feed/${d.url}`, json(feed.datasets[d.id], `"${d.id}-v1"`));
});

const client = (opts: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: `${server.base}/feed/`, cache: memoryCache(), retryDelay: 10, timeout: 2000, ...opts });

async function rejection(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FeedError, `expected a FeedError, got ${e}`);
    return e;
  }
  assert.fail('expected the call to fail');
}

describe('feed client against a real HTTP server', () => {
  it('fetches and validates the manifest and a dataset by id', async () => {
    const c = client();
    const m = await c.feed();
    assert.equal(m.data.publisher.name, '示例县人民政府');
    assert.equal(m.stale, false);
    const fees = await c.fees('fees-nr');
    assert.equal(fees.data.items[0]!.name, '不动产登记费（住宅）');
    assert.equal(fees.url, `${server.base}${FEES}`);
    assert.equal(fees.etag, '"fees-nr-v1"');
  });

  it('reads at most `limit` datasets of a kind, fetches none of the others, and counts them as unread', async () => {
    const c = client();
    const listed = (feed.manifest.datasets as { kind: string; id: string; url: string }[]).filter(
      (d) => d.kind === 'fee-list',
    );
    assert.ok(listed.length >= 2);
    const read = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'], limit: 1 });
    assert.deepEqual(
      read.sources.map((s) => s.id),
      [listed[0]!.id],
    );
    assert.equal(read.unread, listed.length - 1);
    assert.equal(server.hits(`/feed/${listed[1]!.url}`), 0);
    const all = await c.read({ src: `${server.base}/feed/`, kinds: ['fee-list'] });
    assert.equal(all.sources.length, listed.length);
    assert.equal(all.unread, undefined);
  });

  it('revalidates with If-None-Match and reuses its data on 304', async () => {
    const c = client();
    const first = await c.fees('fees-nr');
    await new Promise((r) => setTimeout(r, 5));
    const again = await c.fees('fees-nr', true);
    assert.equal(server.hits(FEES), 2);
    assert.equal(server.log.filter((l) => l.path === FEES)[1]!.ifNoneMatch, '"fees-nr-v1"');
    assert.equal(again.data, first.data, '304 keeps the very same data object');
    assert.ok(again.fetchedAt > first.fetchedAt);
  });

  it('serves loaded data without asking the server again within maxAge', async () => {
    const c = client({ maxAge: 60_000 });
    await c.fees('fees-nr');
    await c.fees('fees-nr');
    assert.equal(server.hits(FEES), 1);
  });

  it('retries 5xx with backoff and succeeds when the server recovers', async () => {
    let n = 0;
    server.routes.set(FEES, (req, res) =>
      ++n < 3 ? status(503)(req, res, n) : json(feed.datasets['fees-nr'])(req, res, n),
    );
    const r = await client({ retry: 2 }).fees('fees-nr');
    assert.equal(server.hits(FEES), 3);
    assert.equal(r.stale, false);
  });

  it('throws a typed error naming the URL and the HTTP status when it has no good data', async () => {
    server.routes.set(FEES, status(500));
    const e = await rejection(client({ retry: 1 }).fees('fees-nr'));
    assert.equal(e.reason, 'http');
    assert.equal(e.status, 500);
    assert.equal(e.url, `${server.base}${FEES}`);
    assert.match(e.text['zh-CN'], /HTTP 500/);
    assert.equal(server.hits(FEES), 2);
  });

  it('says what src should name when it names a web page, not a feed', async () => {
    const page = createClient({ baseUrl: `${server.base}/site/zfxxgk/index.html`, retry: 0, timeout: 2000 });
    const e = await rejection(page.feed());
    assert.equal(e.status, 404);
    assert.match(e.text['zh-CN'], /src 指向的是文件 index\.html，不是数据源：请填数据源文件夹（含 manifest\.json）/);
    assert.match(e.text.en, /src names the file index\.html, not a feed/);
    // A folder that is simply not there is told as before.
    const gone = await rejection(createClient({ baseUrl: `${server.base}/gone/`, retry: 0 }).feed());
    assert.match(gone.text['zh-CN'], /（文件不存在，请检查地址）$/);
  });

  it('returns the last good data marked stale, with when it was fetched, after a later failure', async () => {
    const c = client({ retry: 0 });
    const good = await c.fees('fees-nr');
    server.routes.set(FEES, status(502));
    const r = await c.fees('fees-nr', true);
    assert.equal(r.stale, true);
    assert.equal(r.error?.reason, 'http');
    assert.equal(r.data, good.data);
    assert.deepEqual(r.fetchedAt, good.fetchedAt);
    server.routes.set(FEES, json(feed.datasets['fees-nr'], '"fees-nr-v1"'));
    const back = await c.fees('fees-nr', true);
    assert.equal(back.stale, false, 'recovers by itself when the server is back');
  });

  it('gives up on a response slower than the timeout', async () => {
    server.routes.set(FEES, (req, res) => void setTimeout(() => json(feed.datasets['fees-nr'])(req, res, 1), 1500));
    const e = await rejection(client({ timeout: 200 }).fees('fees-nr'));
    assert.equal(e.reason, 'timeout');
  });

  it('stops reading a chunked body at maxBytes (counting bytes) and says it is too large', async () => {
    let sent = 0;
    let closed = false;
    // A body with no Content-Length that would grow to 50 MB: 64 KiB chunks of 3-byte characters.
    server.routes.set(FEES, async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.on('close', () => (closed = true));
      const chunk = Buffer.from(`"${'费'.repeat(21_000)}"`);
      while (sent < 50 * 1024 * 1024 && !closed) {
        sent += chunk.length;
        if (!res.write(chunk)) await new Promise((ok) => res.once('drain', ok).once('close', ok));
      }
      res.end();
    });
    const e = await rejection(client({ maxBytes: 1024 * 1024 }).fees('fees-nr'));
    assert.equal(e.reason, 'too-large');
    assert.match(e.text.en, /too large/);
    await new Promise((ok) => setImmediate(ok));
    assert.ok(sent < 10 * 1024 * 1024, `read ${sent} bytes of a 50 MB body with a 1 MB limit`);
  });

  it('reports truncated JSON as a JSON syntax error of that file', async () => {
    server.routes.set(
      FEES,
      (_req, res) =>
        void res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify(feed.datasets['fees-nr']).slice(0, 500)),
    );
    const e = await rejection(client().fees('fees-nr'));
    assert.equal(e.reason, 'json');
    assert.ok(e.message.includes(FEES));
  });

  it('says so when an HTML error page is served instead of JSON', async () => {
    server.routes.set(
      FEES,
      (_req, res) =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end('<!DOCTYPE html><h1>502 Bad Gateway</h1>'),
    );
    const e = await rejection(client().fees('fees-nr'));
    assert.equal(e.reason, 'json');
    assert.match(e.text['zh-CN'], /HTML/);
  });

  it('rejects a schema-invalid body with the validation issues', async () => {
    const bad = clone(feed.datasets['fees-nr']);
    bad.items[2].standard = { type: 'fixed', amount: -10 };
    server.routes.set(FEES, json(bad));
    const e = await rejection(client().fees('fees-nr'));
    assert.equal(e.reason, 'schema');
    assert.deepEqual(e.issues[0]?.path, ['items', 2, 'standard', 'amount']);
    assert.equal(e.issues[0]?.code, 'amount_negative');
  });

  it('refetches unconditionally when a server answers 304 to a client that holds nothing', async () => {
    let n = 0;
    server.routes.set(FEES, (req, res) =>
      ++n === 1 ? void res.writeHead(304).end() : json(feed.datasets['fees-nr'])(req, res, n),
    );
    const r = await client().fees('fees-nr');
    assert.equal(r.data.items.length, feed.datasets['fees-nr'].items.length);
    assert.equal(server.hits(FEES), 2);
  });

  it('keeps the last good copy across a reload in its cache and shows it when the server is down', async () => {
    const cache = memoryCache();
    await client({ cache }).fees('fees-nr');
    server.routes.set(FEES, status(500));
    // A "reloaded" page: a new client with the same persistent cache and the server failing.
    const reloaded = client({ cache, retry: 0, staleWhileRevalidate: false, maxAge: 0 });
    const r = await reloaded.fees('fees-nr');
    assert.equal(r.stale, true);
    assert.equal(r.data.items[0]!.id, 'fee-bdc-house');
  });

  it('returns the cached copy at once and revalidates in the background (stale-while-revalidate)', async () => {
    const cache = memoryCache();
    await client({ cache }).fees('fees-nr');
    const changed = clone(feed.datasets['fees-nr']);
    changed.items[0].name = '不动产登记费（住宅，已调整）';
    server.routes.set(FEES, json(changed, '"fees-nr-v2"'));
    const c = client({ cache, schedule: () => () => undefined });
    const first = await c.fees('fees-nr');
    assert.equal(first.data.items[0]!.name, '不动产登记费（住宅）');
    // The background revalidation reaches subscribers: wait for it, however slow the machine is.
    const revalidated = new Promise<Update<any>>((resolve) => {
      const stop = c.subscribe('fees-nr', (u) => {
        if ((u.result?.data as any)?.items[0].name === '不动产登记费（住宅，已调整）') {
          stop();
          resolve(u);
        }
      });
    });
    assert.equal((await revalidated).result?.stale, false);
    const latest = await c.fees('fees-nr');
    assert.equal(latest.data.items[0]!.name, '不动产登记费（住宅，已调整）');
  });

  it('polls subscribers, delivering a changed feed and an honest stale mark, until unsubscribed', async () => {
    // Polls run on cue, not by the clock: each poll the client arranges is kept, and the test runs it.
    const pending: { poll: () => Promise<void>; cancelled: boolean; ms: number }[] = [];
    const c = client({
      retry: 0,
      maxAge: 0,
      schedule: (poll, ms) => {
        const p = { poll, cancelled: false, ms };
        pending.push(p);
        return () => void (p.cancelled = true);
      },
    });
    const seen: Update<any>[] = [];
    let stopSubscription = () => {};
    const first = new Promise<void>((resolve) => {
      stopSubscription = c.subscribe(
        'fees-nr',
        (u) => {
          seen.push(u);
          resolve();
        },
        { interval: 40 },
      );
    });
    await first;
    const lastPoll = () => {
      assert.equal(pending.length > 0, true, 'a next poll is arranged after each one');
      return pending.at(-1)!;
    };
    assert.equal(lastPoll().ms, 40, 'the next poll is arranged after the interval asked for');
    const changed = clone(feed.datasets['fees-nr']);
    changed.items.pop();
    server.routes.set(FEES, json(changed, '"fees-nr-v2"'));
    await lastPoll().poll();
    server.routes.set(FEES, status(503));
    await lastPoll().poll();
    assert.equal(pending.length, 3, 'one poll arranged at a time');
    stopSubscription();
    assert.equal(lastPoll().cancelled, true, 'unsubscribing cancels the next poll');
    const count = seen.length;
    await lastPoll().poll(); // a timer that was already due when the page unsubscribed
    assert.equal(seen.length, count, 'no updates after unsubscribing');
    const lengths = seen.map((u) => u.result?.data.items.length);
    assert.equal(lengths[0], feed.datasets['fees-nr'].items.length);
    assert.ok(lengths.includes(feed.datasets['fees-nr'].items.length - 1));
    assert.equal(seen.at(-1)?.result?.stale, true);
  });

  it('refuses a file that holds another dataset than the manifest lists there, keeping the last good copy', async () => {
    const c = client({ retry: 0, maxAge: 0 });
    const good = await c.fees('fees-nr');
    const other = clone(feed.datasets['fees-catalogue']);
    server.routes.set(FEES, json(other, '"swapped"'));
    const r = await c.fees('fees-nr');
    assert.equal(r.stale, true);
    assert.equal(r.data, good.data);
    assert.equal(r.error?.issues[0]?.code, 'dataset_id_mismatch');
    const fresh = client({ retry: 0 });
    const e = await rejection(fresh.fees('fees-nr'));
    assert.match(e.text['zh-CN'], /清单在此地址列出的是数据集 "fees-nr"，但文件内容是 "fees-catalogue"/);
  });

  it('reads a dataset file published on its own, by URL relative to the feed', async () => {
    const r = await client().file('fee-list', 'data/fees-nr.json');
    assert.equal(r.data.kind, 'fee-list');
    assert.equal(r.url, `${server.base}${FEES}`);
    assert.equal(server.hits(M), 0, 'no manifest needed');
  });

  it('finds one guide and one process by their own ids, and names what is missing', async () => {
    const c = client();
    const g = await c.guide('guide-dibao');
    assert.equal(g.data.name, '最低生活保障对象认定');
    const p = await c.process('proc-dibao');
    assert.equal(p.data.nodes[0]!.kind, 'start');
    const e = await rejection(c.budget('budget-1999-x'));
    assert.equal(e.reason, 'not-in-feed');
    assert.match(e.text.en, /budget-1999-x/);
    // The ids there are, so a typo is seen at once.
    assert.match(e.text['zh-CN'], /；现有：budget-2025-hrss、budget-2026-hrss、/);
    assert.match(e.text.en, /; it has: budget-2025-hrss, budget-2026-hrss, /);
  });

  it('says when the id asked for is a dataset of another kind', async () => {
    const e = await rejection(client().budget('fees-nr'));
    assert.equal(e.reason, 'not-in-feed');
    assert.match(e.text['zh-CN'], /没有 budget "fees-nr"（同名的是 fee-list 数据，请换用显示它的组件）/);
    assert.match(e.text.en, /the dataset of that id is a fee-list/);
  });
});
