/**
 * The freshness and quality report as one static page for the platform's editors: a table by
 * publisher, worst first, red/amber/green in words as well as colour, and what to fix per publisher.
 * Every text from a feed is escaped; the page runs no script.
 */
import { pageMeta } from '../page-meta.js';
import type { HarvestReport, PublisherReport, GovSite } from '@gongkai/sdk';
import { escapeHtml as esc } from '../html-escape.js';

const STATUS = { red: '需整改', amber: '需关注', green: '正常' } as const;
const ORDER = { red: 0, amber: 1, green: 2 } as const;

/** Problems listed per publisher; the rest are counted (report.json has them all). */
const PROBLEMS_SHOWN = 30;

function details(p: PublisherReport): string {
  const rest = Math.max(0, p.problems.length - PROBLEMS_SHOWN);
  const items = [
    ...p.missingKinds.map((k) => `缺少栏目：${esc(k)}`),
    ...p.stale.map(
      (s) =>
        `${esc(s.dataset ?? s.kind)} 未按时更新（${esc(s.rule)}${s.ageDays !== null ? `，已 ${s.ageDays} 天` : ''}）`,
    ),
    ...p.lastGood.map((id) => `${esc(id)} 本次抓取失败，沿用上次的有效版本`),
    ...p.removed.map((id) => `${esc(id)} 已从数据源撤下（副本保留）`),
    ...p.problems
      .slice(0, PROBLEMS_SHOWN)
      .map(
        (x) =>
          `${x.severity === 'error' ? '错误' : '提示'}：${x.dataset ? `${esc(x.dataset)} · ` : ''}${esc(x.message)}`,
      ),
    ...(rest ? [`另有 ${rest} 项未列出（见 report.json）`] : []),
  ];
  const total = items.length - (rest ? 1 : 0) + rest;
  return items.length
    ? `<details><summary>${total} 项</summary><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></details>`
    : '—';
}

export function reportHtml(report: HarvestReport, site?: GovSite): string {
  const rows = [...report.publishers]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'zh-CN'))
    .map(
      (p) => `<tr class="${p.status}">
  <td><span class="dot" aria-hidden="true"></span>${STATUS[p.status]}</td>
  <th scope="row">${esc(p.name)}<br><small>${esc(p.creditCode)}</small></th>
  <td>${esc(p.region)}</td>
  <td>${esc(p.lastUpdated?.slice(0, 10) ?? '未注明')}</td>
  <td>${esc(p.lastHarvested.slice(0, 16).replace('T', ' '))}</td>
  <td class="num">${p.datasets}</td>
  <td class="num">${p.errors}</td>
  <td class="num">${p.warnings}</td>
  <td>${details(p)}</td>
</tr>`,
    )
    .join('\n');
  const count = (s: PublisherReport['status']) => report.publishers.filter((p) => p.status === s).length;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${pageMeta({ site, siteOwner: report.name, columnName: '数据源更新与质量报告', columnType: '工作报告', title: `${report.name} · 数据源更新与质量报告`, pubDate: report.harvested, source: report.name }).text}
<title>${esc(report.name)} · 数据源更新与质量报告</title>
<style>
body { font: 16px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.5rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.dot { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .4em; }
tr.red .dot { background: #b3261e; } tr.amber .dot { background: #b86e00; } tr.green .dot { background: #1e7d32; }
.wrap { overflow-x: auto; }
</style>
</head>
<body>
<h1>${esc(report.name)}：数据源更新与质量报告</h1>
<p>抓取时间 ${esc(report.harvested.slice(0, 16).replace('T', ' '))} · 共 ${report.publishers.length} 个发布单位：需整改 ${count('red')}，需关注 ${count('amber')}，正常 ${count('green')}</p>
<div class="wrap"><table>
<thead><tr><th scope="col">状态</th><th scope="col">发布单位</th><th scope="col">区划</th><th scope="col">最近更新</th><th scope="col">最近抓取</th><th scope="col">数据集</th><th scope="col">错误</th><th scope="col">提示</th><th scope="col">问题</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</body>
</html>
`;
}
