/**
 * The one static server: `gongkai preview` and the examples (`npm start`, the tests, the benchmarks)
 * both serve through it. Only files under the mounted folders, only regular files, correct content
 * types, and ETag/304 so the SDK's revalidation can be seen working.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import { isInside } from './safe-files.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  /** URL prefix (ending in '/') → folder on disk. */
  mounts: Record<string, string>;
  /** Where `/` redirects, or a page served at `/`. */
  index?: string | { html: string };
  /** Extra pages served from memory (path → content), e.g. a generated script. */
  pages?: Record<string, { type: string; body: string }>;
  /** Response headers per path, e.g. a Content-Security-Policy to prove the widgets work under one. */
  headers?: (path: string) => Record<string, string>;
}

/** The file a URL path names inside its mount, or undefined when it is outside every mount. */
async function fileFor(mounts: [string, string][], path: string): Promise<string | undefined> {
  for (const [prefix, root] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(root, '.' + path.slice(prefix.length - 1));
    // Symlinks must not lead out of the mount either.
    if (await isInside(root, file)) return file;
  }
  return undefined;
}

export function createStaticServer(options: StaticServerOptions): Server {
  const mounts = Object.entries(options.mounts).map(([p, dir]): [string, string] => [p, resolve(dir)]);
  const headers = options.headers ?? (() => ({}));
  return createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const page = options.pages?.[path];
      if (page) return void res.writeHead(200, { 'Content-Type': page.type, ...headers(path) }).end(page.body);
      if (path === '/' && options.index !== undefined) {
        if (typeof options.index === 'string') return void res.writeHead(302, { Location: options.index }).end();
        return void res.writeHead(200, { 'Content-Type': TYPES['.html']!, ...headers(path) }).end(options.index.html);
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = await fileFor(mounts, path);
      if (!file) throw Object.assign(new Error('not served'), { code: 'ENOENT' });
      const info = await stat(file);
      if (info.isDirectory()) return void res.writeHead(302, { Location: path + '/' }).end();
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const etag = `W/"${info.size.toString(16)}-${info.mtimeMs.toString(16)}"`;
      const head = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ETag: etag,
        'Cache-Control': 'no-cache',
        ...headers(path),
      };
      if (matches(req.headers, etag)) return void res.writeHead(304, head).end();
      res.writeHead(200, { ...head, 'Content-Length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (e) {
      const code = (e as { code?: string }).code;
      const missing = code === 'ENOENT' || code === 'ENOTDIR' || e instanceof URIError;
      res
        .writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(missing ? 'Not found' : 'Server error');
    }
  });
}

const matches = (h: IncomingHttpHeaders, etag: string) => h['if-none-match'] === etag;

/** Listens on `port` (0 for any free one), or the next free one if it is taken. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const attempt = (p: number) => {
      server.once('error', (e: NodeJS.ErrnoException) =>
        e.code === 'EADDRINUSE' && p < port + 20 ? attempt(p + 1) : reject(e),
      );
      server.listen(p, host, () => resolvePort((server.address() as { port: number }).port));
    };
    attempt(port);
  });
}
