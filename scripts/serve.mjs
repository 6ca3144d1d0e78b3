// A small static server for the examples and the sample feed: only files under the allowed folders,
// correct content types, and ETag/304 so the SDK's revalidation can be seen working.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
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

/** Folders (relative to root) that may be served; everything else is 404. */
export const SERVED = ['examples', 'packages/sdk/dist', 'packages/widgets/dist'];

/**
 * A strict policy: no inline script or style, no eval, and Trusted Types enforced (only Lit's own
 * policy may create HTML) — what a careful government portal sets.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * `headers(path)` may add response headers per page, e.g. a Content-Security-Policy to prove the
 * widgets work under one.
 */
export function createStaticServer(root, { served = SERVED, index = '/examples/', headers = () => ({}) } = {}) {
  const allowed = served.map((d) => resolve(root, d) + sep);
  return createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (path === '/') {
        res.writeHead(302, { Location: index }).end();
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(root, '.' + normalize(path));
      if (!allowed.some((dir) => file.startsWith(dir)))
        throw Object.assign(new Error('not served'), { code: 'ENOENT' });
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(302, { Location: path + '/' }).end();
        return;
      }
      const etag = `W/"${info.size.toString(16)}-${info.mtimeMs.toString(16)}"`;
      const head = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        ETag: etag,
        'Cache-Control': 'no-cache',
        ...headers(path),
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, head).end();
        return;
      }
      res.writeHead(200, { ...head, 'Content-Length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (e) {
      const missing = e?.code === 'ENOENT' || e?.code === 'ENOTDIR' || e instanceof URIError;
      res
        .writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(missing ? 'Not found' : 'Server error');
    }
  });
}

/** Listens on `port`, or the next free one if it is taken. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const attempt = (p) => {
      server.once('error', (e) => (e.code === 'EADDRINUSE' && p < port + 20 ? attempt(p + 1) : reject(e)));
      server.listen(p, host, () => resolvePort(server.address().port));
    };
    attempt(port);
  });
}

export const rootDir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
