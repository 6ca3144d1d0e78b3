/**
 * Fetching for a harvest: conditional GET (ETag / Last-Modified) against a cache kept on disk, a
 * limit of concurrent requests per host (a county's 55 publishers often share one CMS host), a
 * deadline per request, a second request alike when the first has no answer after a while (a host
 * that hangs on one request answers the next), one retry on a network error or a 5xx, and a byte cap.
 *
 * Feed text is untrusted, so every request is held to its publisher's policy (fetch-policy.ts):
 * redirects are followed by hand, at most 5, each hop checked against the allowed origins; the
 * address a host name resolves to is checked as the connection is made (address-policy.ts), so a
 * name that resolves to 127.0.0.1 or 169.254.169.254, at any moment, is never connected to. A host
 * that lets the deadline run out twice with no answer in between (a slow-loris host) is not asked
 * again in this run; one URL that hangs on a host that answers the others does not condemn it.
 */
import { createHash } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns/promises';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { join } from 'node:path';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { addressRefusal } from './address-policy.js';
import { originRefusal, type FetchPolicy } from './fetch-policy.js';
import { HostLimit } from './host-limit.js';

export interface FetchResult {
  /** 200: a new body; 304: the cached body is current. */
  status: 200 | 304;
  body: Buffer;
}

export class FetchFailure extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The deadline ran out: the host hangs, and a retry would wait as long again. */
    readonly timedOut = false,
    /** Worth one more try (a dropped connection, a 5xx); a refusal or a 4xx is not. */
    readonly retryable = false,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** At most this many redirects are followed for one request. */
export const MAX_REDIRECTS = 5;

/** Deadlines run out in a row, with no answer from the host in between, before it is given up for the run. */
export const STRIKES = 2;

/** What a host name resolves to (injected by tests to play DNS rebinding). */
export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

interface CacheMeta {
  url: string;
  etag?: string;
  lastModified?: string;
}

export interface FetcherOptions {
  cacheDir: string;
  perHost: number;
  timeoutMs: number;
  /** After this long without an answer, the same request is sent once more; the first answer wins. 0: never. */
  hedgeMs?: number;
  maxBytes: number;
  /** DNS for the address checks; default the system's resolver. */
  resolve?: Resolve;
}

/** An answer's head, and its body still to read. */
interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

export class Fetcher {
  private readonly limit: HostLimit;
  private cacheReady?: Promise<unknown>;
  /** Hosts given up in this run, and what was said of them. */
  private readonly dead = new Map<string, string>();
  /** Deadlines that ran out in a row per host (an answer resets it). */
  private readonly strikes = new Map<string, number>();
  /** Connections are pooled apart for the strict and the lenient policy: a socket is never shared across them. */
  private readonly agents = { strict: agents(), lenient: agents() };
  constructor(private readonly opts: FetcherOptions) {
    this.limit = new HostLimit(opts.perHost);
  }

  private paths(url: string) {
    const key = createHash('sha256').update(url).digest('hex').slice(0, 32);
    return { meta: join(this.opts.cacheDir, `${key}.meta.json`), body: join(this.opts.cacheDir, `${key}.body`) };
  }

  private async cached(url: string): Promise<{ meta: CacheMeta; body: Buffer } | undefined> {
    const p = this.paths(url);
    try {
      const meta = JSON.parse(await readFile(p.meta, 'utf8')) as CacheMeta;
      return meta.url === url ? { meta, body: await readFile(p.body) } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Body first, then its meta, each by rename: a killed harvest never leaves a meta without its body. */
  private async store(url: string, headers: IncomingHttpHeaders, body: Buffer): Promise<void> {
    const p = this.paths(url);
    this.cacheReady ??= mkdir(this.opts.cacheDir, { recursive: true });
    await this.cacheReady;
    const meta: CacheMeta = { url };
    const etag = header(headers, 'etag');
    const lastModified = header(headers, 'last-modified');
    if (etag) meta.etag = etag;
    if (lastModified) meta.lastModified = lastModified;
    const tmp = `.${process.pid}.tmp`;
    await writeFile(p.body + tmp, body);
    await rename(p.body + tmp, p.body);
    await writeFile(p.meta + tmp, JSON.stringify(meta));
    await rename(p.meta + tmp, p.meta);
  }

  /** GET under `policy` with the cached validators; a 304 returns the cached body. Throws FetchFailure. */
  get(url: string, policy: FetchPolicy): Promise<FetchResult> {
    const refused = originRefusal(new URL(url), policy);
    if (refused) return Promise.reject(new FetchFailure(url, refused));
    const host = new URL(url).host;
    return this.limit.run(host, async () => {
      const dead = this.dead.get(host);
      if (dead) throw new FetchFailure(url, dead, true);
      try {
        const r = await this.attempt(url, policy);
        this.strikes.delete(host);
        return r;
      } catch (e) {
        if (e instanceof FetchFailure && e.timedOut) {
          const n = (this.strikes.get(host) ?? 0) + 1;
          this.strikes.set(host, n);
          const s = this.opts.timeoutMs / 1000;
          if (n >= STRIKES)
            this.dead.set(host, `主机 ${host} 在本次抓取中已 ${n} 次超过 ${s} 秒未应答，本次不再向它请求`);
        } else if (e instanceof FetchFailure && /^HTTP /.test(e.reason)) this.strikes.delete(host); // it answers
        // One retry: a 5xx or a dropped connection is often gone a moment later.
        if (!(e instanceof FetchFailure && e.retryable)) throw e;
        await new Promise((r) => setTimeout(r, 200));
        return this.attempt(url, policy);
      }
    });
  }

  private async attempt(url: string, policy: FetchPolicy): Promise<FetchResult> {
    const cached = await this.cached(url);
    const headers: Record<string, string> = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
    if (cached?.meta.etag) headers['if-none-match'] = cached.meta.etag;
    if (cached?.meta.lastModified) headers['if-modified-since'] = cached.meta.lastModified;
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    const late = () => new FetchFailure(url, `没有在 ${this.opts.timeoutMs / 1000} 秒内应答`, true);
    let at = new URL(url);
    let res: Answer;
    for (let hop = 0; ; hop++) {
      try {
        res = await this.request(at, headers, signal, policy);
      } catch (e) {
        if (e instanceof FetchFailure) throw e;
        if (signal.aborted) throw late();
        throw new FetchFailure(url, `网络错误：${(e as Error).message}`, false, true);
      }
      const location = header(res.headers, 'location');
      if (res.status < 300 || res.status > 399 || res.status === 304 || !location) break;
      res.body.resume();
      if (hop >= MAX_REDIRECTS) throw new FetchFailure(url, `重定向超过 ${MAX_REDIRECTS} 次`);
      at = new URL(location, at);
      const refused = originRefusal(at, policy);
      if (refused) throw new FetchFailure(url, `重定向被${refused}`);
    }
    if (res.status === 304 && cached) return { status: 304, body: cached.body };
    if (res.status < 200 || res.status > 299) {
      res.body.resume();
      throw new FetchFailure(url, `HTTP ${res.status}`, false, res.status >= 500 && res.status <= 599);
    }
    let body: Buffer;
    try {
      body = await readUpTo(decoded(res), this.opts.maxBytes);
    } catch (e) {
      if (signal.aborted) throw late();
      if (e instanceof TooLarge) throw new FetchFailure(url, `超过 ${this.opts.maxBytes} 字节的上限`);
      throw new FetchFailure(url, `网络错误：${(e as Error).message}`, false, true);
    }
    const length = Number(header(res.headers, 'content-length'));
    if (length && !header(res.headers, 'content-encoding') && body.length !== length)
      throw new FetchFailure(url, `内容不完整：只收到 ${body.length} / ${length} 字节`, false, true);
    await this.store(url, res.headers, body);
    return { status: 200, body };
  }

  /**
   * The request, and after `hedgeMs` without an answer a second one alike: the first answer is used
   * and the other request dropped. One request in fifty that hangs until the deadline then costs
   * seconds, not the whole deadline, without asking a host that answers anything twice.
   */
  private async request(
    url: URL,
    headers: Record<string, string>,
    deadline: AbortSignal,
    policy: FetchPolicy,
  ): Promise<Answer> {
    const send = (own: AbortController) => this.send(url, headers, AbortSignal.any([deadline, own.signal]), policy);
    const first = new AbortController();
    const sent = send(first);
    if (!this.opts.hedgeMs) return sent;
    let wake = () => {};
    const waited = new Promise<undefined>((resolve) => (wake = () => resolve(undefined)));
    const timer = setTimeout(wake, this.opts.hedgeMs);
    const early = await Promise.race([
      sent.then(
        (res) => ({ res }),
        (error: unknown) => ({ error }),
      ),
      waited,
    ]);
    clearTimeout(timer);
    if (early && 'error' in early) throw early.error;
    if (early) return early.res;
    const second = new AbortController();
    try {
      const won = await Promise.any([
        sent.then((res) => ({ res, other: second })),
        send(second).then((res) => ({ res, other: first })),
      ]);
      won.other.abort();
      return won.res;
    } catch (e) {
      throw (e as AggregateError).errors[0];
    }
  }

  /** One GET, connected only to an address the policy allows (checked as the connection is made). */
  private send(url: URL, headers: Record<string, string>, signal: AbortSignal, policy: FetchPolicy): Promise<Answer> {
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !policy.allowPrivateAddresses) {
      const why = addressRefusal(literal);
      if (why) return Promise.reject(new FetchFailure(url.href, `拒绝连接 ${url.host}：${why}`));
    }
    const pool = policy.allowPrivateAddresses ? this.agents.lenient : this.agents.strict;
    const lookup = guardedLookup(this.opts.resolve ?? systemResolve, policy.allowPrivateAddresses);
    return new Promise((resolve, reject) => {
      const req = (url.protocol === 'https:' ? https : http).request(
        url,
        { headers, signal, lookup, agent: url.protocol === 'https:' ? pool.https : pool.http },
        (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
      );
      req.on('error', (e) => reject(e instanceof AddressRefused ? new FetchFailure(url.href, e.message) : e));
      req.end();
    });
  }
}

function agents() {
  return { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
}

const header = (h: IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

class AddressRefused extends Error {}

/**
 * The lookup the connection uses: every address the name resolves to is checked, and one refused
 * address refuses the name (a resolver could return a public and an internal one).
 */
function guardedLookup(resolve: Resolve, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family ? found.filter((a) => a.family === options.family) : found;
        if (!wanted.length)
          return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
        for (const a of wanted) {
          const why = allowPrivate ? undefined : addressRefusal(a.address);
          if (why) return callback(new AddressRefused(`拒绝连接 ${hostname}：解析为${why} ${a.address}`), '', 0);
        }
        if (options.all) (callback as unknown as (e: null, a: typeof wanted) => void)(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}

/** The body as sent, decompressed per its content-encoding (the byte cap counts what comes out). */
function decoded(res: Answer): Readable {
  const encoding = header(res.headers, 'content-encoding')?.trim().toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!inflate) return res.body;
  res.body.on('error', (e) => inflate.destroy(e));
  return res.body.pipe(inflate);
}

class TooLarge extends Error {}

/** Reads a stream to its end, stopping at `maxBytes`: a body that grows past it is dropped, not read. */
async function readUpTo(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new TooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
