/**
 * `gongkai preview <feed>`: serves the feed at /feed/ with a page that embeds the widgets, so a
 * webmaster sees their own data in them before publishing.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { Output } from '../output.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json' };

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gongkai 预览</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:72rem;margin:0 auto;padding:1rem 1.5rem}h1{color:#9b1c1c}</style>
<script type="module" src="/gongkai/gongkai.js"></script></head>
<body><h1>数据预览</h1><p>以下为本地数据源在组件中的显示效果（<a href="/feed/manifest.json">manifest.json</a>）。</p>
<h2>收费项目</h2><gk-fee-table src="/feed/" debug></gk-fee-table>
</body></html>`;

function widgetsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gongkai/widgets/package.json')), 'dist', 'browser');
}

export function createPreviewServer(feedDir: string): Server {
  const roots: Record<string, string> = { '/feed/': resolve(feedDir), '/gongkai/': widgetsDir() };
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': TYPES['.html']! }).end(PAGE);
      return;
    }
    for (const [prefix, root] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(root, '.' + path.slice(prefix.length - 1));
      if ((file + sep).startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
}

export async function previewCommand(feedDir: string, port: number, o: Output): Promise<number> {
  if (!existsSync(join(feedDir, 'manifest.json'))) {
    o.err(o.red(o.t(`✖ ${feedDir} 中没有 manifest.json`, `✖ ${feedDir} has no manifest.json`)));
    return 2;
  }
  if (!existsSync(join(widgetsDir(), 'gongkai.js'))) {
    o.err(o.red(o.t('✖ 找不到组件脚本，请先运行 npm run build', '✖ the widget bundle is missing: run npm run build first')));
    return 2;
  }
  const server = createPreviewServer(feedDir);
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const actual = (server.address() as { port: number }).port;
  o.out(o.t(`预览地址：http://localhost:${actual}/  （按 Ctrl+C 停止）`, `Preview: http://localhost:${actual}/  (Ctrl+C to stop)`));
  return new Promise(() => {}); // serve until interrupted
}
