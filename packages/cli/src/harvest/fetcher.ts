/**
 * Fetching for a harvest: conditional GET (ETag / Last-Modified) against a cache kept on disk, a
 * limit of concurrent requests per host (a county's 55 publishers often share one CMS host), a
 * deadline per request, a second request alike when the first has no answer after a while (a host
 * that hangs on one request answers the next), one retry on a network error or a 5xx, and a byte cap.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBytesUpTo } from '@gongkai/sdk';

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
  ) {
    super(`${url}: ${reason}`);
  }
}

interface CacheMeta {
  url: string;
  etag?: string;
  lastModified?: string;
}

/** Waits for a free slot of a host; releases it when done. */
class HostLimit {
  private active = new Map<string, number>();
  private waiting = new Map<string, (() => void)[]>();
  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.perHost)
      await new Promise<void>((resolve) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), resolve]));
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      this.active.set(host, this.active.get(host)! - 1);
      const next = this.waiting.get(host)?.shift();
      next?.();
    }
  }
}

export interface FetcherOptions {
  cacheDir: string;
  perHost: number;
  timeoutMs: number;
  /** After this long without an answer, the same request is sent once more; the first answer wins. 0: never. */
  hedgeMs?: number;
  maxBytes: number;
}

export class Fetcher {
  private readonly limit: HostLimit;
  private cacheReady?: Promise<unknown>;
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
  private async store(url: string, res: Response, body: Buffer): Promise<void> {
    const p = this.paths(url);
    this.cacheReady ??= mkdir(this.opts.cacheDir, { recursive: true });
    await this.cacheReady;
    const meta: CacheMeta = { url };
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag) meta.etag = etag;
    if (lastModified) meta.lastModified = lastModified;
    const tmp = `.${process.pid}.tmp`;
    await writeFile(p.body + tmp, body);
    await rename(p.body + tmp, p.body);
    await writeFile(p.meta + tmp, JSON.stringify(meta));
    await rename(p.meta + tmp, p.meta);
  }

  /** GET with the cached validators; a 304 returns the cached body. Throws FetchFailure. */
  get(url: string): Promise<FetchResult> {
    return this.limit.run(new URL(url).host, async () => {
      try {
        return await this.attempt(url);
      } catch (e) {
        // One retry: a 5xx or a dropped connection is often gone a moment later. A host that let the
        // deadline run out is not asked again this harvest (the last good copy is served instead).
        const retry =
          e instanceof FetchFailure && !e.timedOut && (!e.reason.startsWith('HTTP ') || /^HTTP 5\d\d$/.test(e.reason));
        if (retry) {
          await new Promise((r) => setTimeout(r, 200));
          return this.attempt(url);
        }
        throw e;
      }
    });
  }

  private async attempt(url: string): Promise<FetchResult> {
    const cached = await this.cached(url);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cached?.meta.etag) headers['if-none-match'] = cached.meta.etag;
    if (cached?.meta.lastModified) headers['if-modified-since'] = cached.meta.lastModified;
    const signal = AbortSignal.timeout(this.opts.timeoutMs);
    let res: Response;
    try {
      res = await this.request(url, headers, signal);
    } catch (e) {
      if (signal.aborted) throw new FetchFailure(url, `no answer within ${this.opts.timeoutMs / 1000} s`, true);
      throw new FetchFailure(url, (e as Error).message);
    }
    if (res.status === 304 && cached) return { status: 304, body: cached.body };
    if (!res.ok) {
      await res.body?.cancel();
      throw new FetchFailure(url, `HTTP ${res.status}`);
    }
    let body: Buffer;
    try {
      body = Buffer.from(await readBytesUpTo(res, this.opts.maxBytes));
    } catch (e) {
      if (signal.aborted) throw new FetchFailure(url, `not read within ${this.opts.timeoutMs / 1000} s`, true);
      throw new FetchFailure(url, (e as Error).message);
    }
    const length = Number(res.headers.get('content-length'));
    if (length && body.length !== length) throw new FetchFailure(url, `truncated: ${body.length} of ${length} bytes`);
    return { status: 200, body: await this.store(url, res, body).then(() => body) };
  }

  /**
   * The request, and after `hedgeMs` without an answer a second one alike: the first answer is used
   * and the other request dropped. One request in fifty that hangs until the deadline then costs
   * seconds, not the whole deadline, without asking a host that answers anything twice.
   */
  private async request(url: string, headers: Record<string, string>, deadline: AbortSignal): Promise<Response> {
    const send = (own: AbortController) =>
      fetch(url, { headers, redirect: 'follow', signal: AbortSignal.any([deadline, own.signal]) });
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
}
