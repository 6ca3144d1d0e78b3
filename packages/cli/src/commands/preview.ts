/**
 * `gongkai preview <feed>`: serves the feed at /feed/ with a page that embeds the widgets, so a
 * webmaster sees their own data in them before publishing.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Output } from '../output.js';
import { createStaticServer, listen } from '../static-server.js';

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gongkai 预览</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:72rem;margin:0 auto;padding:1rem 1.5rem}h1{color:#9b1c1c}h2{border-top:1px solid #ccc;padding-top:1rem}</style>
<script type="module" src="/gongkai/gongkai.js"></script><script type="module" src="/preview.js"></script></head>
<body><h1>数据预览</h1><p>本地数据源中的每个数据集在组件中的显示效果（<a href="/feed/manifest.json">manifest.json</a>）。组件开启了 debug：数据问题会直接列出。</p>
<gk-feed src="/feed/" id="feed"></gk-feed>
</body></html>`;

/** Builds one widget per dataset of the feed (one per guide and per process), with its title. */
const SCRIPT = `const feed = document.getElementById('feed');
const manifest = await (await fetch('/feed/manifest.json')).json();
// Budgets, 三公 and guides carry their own heading; the others get one here.
const add = (title, tag, attrs) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries({ ...attrs, debug: '' })) el.setAttribute(k, v);
  if (['gk-fee-table', 'gk-process-flow', 'gk-power-list', 'gk-results'].includes(tag)) {
    const h = document.createElement('h2');
    h.textContent = title;
    feed.append(h);
  }
  feed.append(el);
};
for (const d of manifest.datasets) {
  if (d.kind === 'fee-list') add(d.title, 'gk-fee-table', { dataset: d.id });
  else if (d.kind === 'budget' || d.kind === 'final-account') add(d.title, 'gk-budget-viewer', { dataset: d.id });
  else if (d.kind === 'three-public') add(d.title, 'gk-three-public', { dataset: d.id });
  else if (d.kind === 'power-list') add(d.title, 'gk-power-list', { dataset: d.id });
  else if (d.kind === 'results') add(d.title, 'gk-results', { dataset: d.id });
  else if (d.kind === 'service-rules') add(d.title, 'gk-service-rules', { dataset: d.id });
  else if (d.kind === 'supervision') add(d.title, 'gk-supervision', { dataset: d.id });
  else if (d.kind === 'service-guide' || d.kind === 'process') {
    const list = await (await fetch(new URL(d.url, location.origin + '/feed/'))).json().catch(() => ({}));
    for (const g of list.guides ?? []) add(g.name, 'gk-service-guide', { guide: g.id });
    for (const p of list.processes ?? []) add(p.name, 'gk-process-flow', { process: p.id });
  }
}`;

function widgetsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gongkai/widgets/package.json')), 'dist', 'browser');
}

export function createPreviewServer(feedDir: string): Server {
  return createStaticServer({
    mounts: { '/feed/': resolve(feedDir), '/gongkai/': widgetsDir() },
    index: { html: PAGE },
    pages: { '/preview.js': { type: 'text/javascript; charset=utf-8', body: SCRIPT } },
  });
}

export async function previewCommand(feedDir: string, port: number, o: Output): Promise<number> {
  if (!existsSync(join(feedDir, 'manifest.json'))) {
    o.err(o.red(o.t(`✖ ${feedDir} 中没有 manifest.json`, `✖ ${feedDir} has no manifest.json`)));
    return 2;
  }
  if (!existsSync(join(widgetsDir(), 'gongkai.js'))) {
    o.err(
      o.red(o.t('✖ 找不到组件脚本，请先运行 npm run build', '✖ the widget bundle is missing: run npm run build first')),
    );
    return 2;
  }
  const server = createPreviewServer(feedDir);
  const actual = await listen(server, port);
  o.out(
    o.t(
      `预览地址：http://localhost:${actual}/  （按 Ctrl+C 停止）`,
      `Preview: http://localhost:${actual}/  (Ctrl+C to stop)`,
    ),
  );
  return new Promise(() => {}); // serve until interrupted
}
