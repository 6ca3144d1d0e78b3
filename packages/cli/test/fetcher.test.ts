/**
 * The harvest's fetcher against a host that hangs on one request: a second request alike, sent while
 * the first has no answer, is answered and used, and the hanging one is dropped.
 */
import { strict as assert } from 'node:assert';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Fetcher } from '../src/harvest/fetcher.js';
import { tempDir } from './helpers.js';

let base = '';
const hanging: ServerResponse[] = [];
let requests = 0;
const server = createServer((req, res) => {
  requests++;
  // The first request for /hangs never gets an answer (until the server closes); the next one does.
  if (req.url === '/hangs' && requests === 1) return void hanging.push(res);
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
    const r = await fetcher.get(`${base}/hangs`);
    assert.equal(r.status, 200);
    assert.equal(r.body.toString(), '{"ok":true}');
    assert.equal(requests, 2);
  });
});
