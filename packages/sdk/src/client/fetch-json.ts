/**
 * One GET of a JSON file with ky: a deadline over the whole request *and* its body, retries with
 * backoff, ETag revalidation, a byte cap counted while streaming, an optional sha256 check, and
 * typed failures.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { FeedError } from './errors.js';

export interface FetchOptions {
  fetch?: typeof fetch;
  /** ms for the whole request, retries and body included: a server that stalls or drips is cut off. */
  timeout: number;
  /** Retries on network errors and 408/429/5xx. */
  retry: number;
  /** ms before the first retry; doubles each time. */
  retryDelay: number;
  /** Refuse bodies larger than this many bytes (a 50 MB mistake must not freeze a kiosk). */
  maxBytes: number;
  etag?: string;
  /** The sha256 the manifest lists for this file (hex): a body that does not match is refused. */
  sha256?: string;
}

export type FetchOutcome = { status: 304 } | { status: 200; body: unknown; etag?: string };

export async function fetchJson(url: string, opts: FetchOptions): Promise<FetchOutcome> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), opts.timeout);
  try {
    return await fetchWithin(url, opts, deadline.signal);
  } catch (cause) {
    if (deadline.signal.aborted) throw new FeedError('timeout', url, { cause });
    throw cause;
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithin(url: string, opts: FetchOptions, signal: AbortSignal): Promise<FetchOutcome> {
  let res: Response;
  try {
    res = await ky.get(url, {
      fetch: opts.fetch,
      signal,
      timeout: opts.timeout,
      retry: {
        limit: opts.retry,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        delay: (attempt) => opts.retryDelay * 2 ** (attempt - 1),
        backoffLimit: 10_000,
        // Hundreds of kiosks lose the network together; spread their retries out.
        jitter: true,
      },
      headers: opts.etag ? { 'If-None-Match': opts.etag } : undefined,
      throwHttpErrors: (status) => status !== 304,
      // Revalidate with the server rather than trusting the browser's own cache blindly.
      cache: 'no-cache',
    });
  } catch (cause) {
    if (cause instanceof HTTPError) throw new FeedError('http', url, { status: cause.response.status, cause });
    if (cause instanceof TimeoutError) throw new FeedError('timeout', url, { cause });
    throw new FeedError('network', url, { cause });
  }
  if (res.status === 304) {
    // A 304 has an empty body, but Chromium keeps its load open until the page reads that body; a
    // response dropped unread (or its body cancelled) ends as a cancelled load, which the console
    // reports as a failed request (net::ERR_ABORTED): hundreds a day on a polling kiosk.
    await res.arrayBuffer().catch(() => undefined);
    return { status: 304 };
  }

  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > opts.maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw new FeedError('too-large', url, { detail: `${declared} > ${opts.maxBytes} bytes` });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytesUpTo(res, opts.maxBytes);
  } catch (cause) {
    if (cause instanceof FeedError) throw new FeedError(cause.reason, url, { detail: `> ${opts.maxBytes} bytes` });
    throw new FeedError(signal.aborted ? 'timeout' : 'network', url, { cause }); // dropped or stalled mid-body
  }
  // SubtleCrypto exists only in secure contexts (https, localhost): on a plain-http page the check is skipped.
  if (opts.sha256 && globalThis.crypto?.subtle) {
    const actual = await sha256Hex(bytes);
    if (actual !== opts.sha256.toLowerCase()) {
      throw new FeedError('integrity', url, { detail: `${opts.sha256.slice(0, 12)}… ≠ ${actual.slice(0, 12)}…` });
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { status: 200, body: parseJson(url, text), etag: res.headers.get('etag') ?? undefined };
}

/**
 * Reads a body, counting bytes as they stream in and stopping at `maxBytes`: a compressed or
 * chunked body that grows past the limit is cancelled, not read to the end.
 */
export async function readBytesUpTo(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new FeedError('too-large', '', { detail: `> ${maxBytes} bytes` });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON.parse with messages a webmaster understands (an HTML error page, an empty or cut-off file). */
export function parseJson(url: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows add a BOM
  const start = body.trimStart();
  if (start === '') throw new FeedError('json', url, { detail: '文件为空 / the file is empty' });
  if (start.startsWith('<'))
    throw new FeedError('json', url, { detail: '收到的是 HTML 页面，不是 JSON / received an HTML page, not JSON' });
  // Bytes that are not UTF-8 (a GBK file, say) decode to U+FFFD: refuse rather than show mojibake.
  if (body.includes('\uFFFD'))
    throw new FeedError('json', url, {
      detail: '文件不是 UTF-8 编码，请另存为 UTF-8 / the file is not UTF-8: save it as UTF-8',
    });
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new FeedError('json', url, { detail: (cause as Error).message, cause });
  }
}
