/**
 * The harvest's fetcher against a host that hangs on one request: a second request alike, sent while
 * the first has no answer, is answered and used, and the hanging one is dropped. And its guards: a
 * host name that resolves to an internal address is never connected to, and the per-host queue
 * takes 200,000 waiting requests in order without copying its line each time.
 */
import { strict as assert } from 'node:assert';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FetchFailure, Fetcher } from '../src/harvest/fetcher.js';
import { addressRefusal } from '../src/harvest/address-policy.js';
import { HostLimit } from '../src/harvest/host-limit.js';
import { tempDir } from './helpers.js';

let base = '';
const hanging: ServerResponse[] = [];
let requests = 0;
/** The Host header of each request answered. */
const hosts: string[] = [];
const server = createServer((req, res) => {
  requests++;
  // The first request for /hangs never gets an answer (until the server closes); the next one does.
  if (req.url === '/hangs' && requests === 1) return void hanging.push(res);
  hosts.push(req.headers.host ?? '');
  res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end('{"ok":true}');
});

before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  for (const res of hanging) res.destroy();
  return new Promise<void>((r) => server.close(() => r()));
});

describe('the harvest fetcher', () => {
  it('asks once more when a request hangs, and uses the answer that comes', { timeout: 60_000 }, async () => {
    // A deadline far beyond the test's own timeout: only the second request can answer in time.
    const fetcher = new Fetcher({ cacheDir: tempDir(), perHost: 4, timeoutMs: 600_000, hedgeMs: 50, maxBytes: 1e6 });
    const r = await fetcher.get(`${base}/hangs`, { origins: [base], allowPrivateAddresses: true });
    assert.equal(r.status, 200);
    assert.equal(r.body.toString(), '{"ok":true}');
    assert.equal(requests, 2);
  });
});

describe('the harvest fetcher’s guards (issue 37)', () => {
  it('checks the address a name resolves to, as it connects: a rebinding name is refused, asked nothing', async () => {
    const port = new URL(base).port;
    // The "DNS" a test controls: the same kind of name once public-looking, now the metadata service.
    const fetcher = new Fetcher({
      cacheDir: tempDir(),
      perHost: 4,
      timeoutMs: 10_000,
      maxBytes: 1e6,
      resolve: async (name) => [{ address: name === 'ok.test' ? '127.0.0.1' : '169.254.169.254', family: 4 }],
    });
    const before = requests;
    const strict = (origin: string) => ({ origins: [origin], allowPrivateAddresses: false });
    await assert.rejects(fetcher.get(`http://rebind.test:${port}/x`, strict(`http://rebind.test:${port}`)), (e) => {
      assert.ok(e instanceof FetchFailure);
      assert.match(e.reason, /链路本地地址 169\.254\.169\.254/);
      return true;
    });
    await assert.rejects(
      fetcher.get(`http://ok.test:${port}/x`, strict(`http://ok.test:${port}`)),
      /回环地址 127\.0\.0\.1/,
    );
    await assert.rejects(fetcher.get(`${base}/x`, strict(base)), /回环地址/);
    assert.equal(requests, before, 'nothing reached the server');
    // Allowed by the registry (a test, an intranet): the connection goes to the address resolved.
    const lenient = await fetcher.get(`http://ok.test:${port}/x`, {
      origins: [`http://ok.test:${port}`],
      allowPrivateAddresses: true,
    });
    assert.equal(lenient.status, 200);
    assert.equal(hosts.at(-1), `ok.test:${port}`);
  });

  it('names every class of internal address', () => {
    const cases: [string, string | undefined][] = [
      ['127.0.0.2', '回环地址'],
      ['::1', '回环地址'],
      ['::ffff:7f00:1', '回环地址'],
      ['169.254.169.254', '链路本地地址'],
      ['fe80::1', '链路本地地址'],
      ['10.0.0.1', '内网地址'],
      ['172.16.5.4', '内网地址'],
      ['192.168.1.1', '内网地址'],
      ['fd00::1', '内网地址'],
      ['100.64.0.1', '运营商级 NAT 地址'],
      ['0.0.0.0', '未指定地址'],
      ['::', '未指定地址'],
      ['172.32.0.1', undefined],
      ['8.8.8.8', undefined],
      ['2400:3200::1', undefined],
    ];
    assert.deepEqual(
      cases.map(([ip]) => [ip, addressRefusal(ip)]),
      cases,
    );
  });

  it('gives a host up after two deadlines in a row, but not for one URL that hangs among answers', async () => {
    const asked: string[] = [];
    const held: ServerResponse[] = [];
    const host = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url?.startsWith('/hang')) return void held.push(res);
      res.writeHead(200).end('{}');
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    const policy = { origins: [origin], allowPrivateAddresses: true };
    // A short deadline, injected: the test counts requests, never time.
    const fetcher = new Fetcher({ cacheDir: tempDir(), perHost: 1, timeoutMs: 100, maxBytes: 1e6 });
    const late = (e: unknown) => e instanceof FetchFailure && e.timedOut;
    try {
      await assert.rejects(fetcher.get(`${origin}/hang1`, policy), late);
      assert.equal((await fetcher.get(`${origin}/ok1`, policy)).status, 200, 'one hang: still asked');
      await assert.rejects(fetcher.get(`${origin}/hang2`, policy), late);
      await assert.rejects(fetcher.get(`${origin}/hang3`, policy), late);
      await assert.rejects(fetcher.get(`${origin}/ok2`, policy), /本次不再向它请求/);
      assert.deepEqual(asked, ['/hang1', '/ok1', '/hang2', '/hang3'], 'nothing asked after two deadlines in a row');
    } finally {
      for (const res of held) res.destroy();
      await new Promise((r) => host.close(r));
    }
  });

  it('queues 200,000 waiting tasks of one host in order of arrival', { timeout: 60_000 }, async () => {
    const limit = new HostLimit(1);
    const order: number[] = [];
    let release = () => {};
    const first = limit.run('h', () => new Promise<void>((r) => (release = r)));
    const rest = Array.from({ length: 200_000 }, (_, i) => limit.run('h', async () => void order.push(i)));
    release();
    await Promise.all([first, ...rest]);
    assert.equal(order.length, 200_000);
    assert.ok(
      order.every((v, i) => v === i),
      'first come, first served',
    );
  });
});
