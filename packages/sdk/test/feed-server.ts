/** A real HTTP server on 127.0.0.1 for client tests: each route answers as the test scripts it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface FeedServer {
  base: string;
  routes: Map<string, Route>;
  /** Requests received per path, with their If-None-Match header. */
  log: { path: string; ifNoneMatch?: string }[];
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const log: FeedServer['log'] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    await route(req, res, log.filter((l) => l.path === path).length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    log,
    hits: (path) => log.filter((l) => l.path === path).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `body` as JSON with an ETag, answering 304 when the client already has it. */
export function json(body: unknown, etag = '"v1"'): Route {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag }).end(JSON.stringify(body));
  };
}

export function status(code: number, body = 'error'): Route {
  return (_req, res) => void res.writeHead(code, { 'Content-Type': 'text/plain' }).end(body);
}
