/**
 * The 公开栏 poster as one HTML page: title and department, the procedure as a flowchart (drawn by
 * <gk-process-flow> in the browser, then frozen to SVG), every step's time limit, the basis, the
 * fees, the promised time, the 监督电话, a QR code to the online guide and "数据更新于". Every text
 * comes from the feed and is escaped here: nothing in a feed becomes markup.
 */
import {
  documentLabel,
  formatDate,
  formatFeeStandard,
  formatWorkingDays,
  type DocumentRef,
  type Fee,
  type Power,
  type Process,
  type ServiceGuide,
  type ServiceRules,
} from '@gongkai/sdk';
import { encode } from 'uqr';
import { escapeHtml as esc } from '../html-escape.js';

export type Paper = 'A4' | 'A3';
export interface Sheet {
  /** Paper for a PDF, or a screen (width × height in px) for an electronic notice board. */
  paper?: Paper;
  landscape?: boolean;
  screen?: { width: number; height: number };
}

export interface PosterInput {
  title: string;
  department?: string;
  /** 监督电话 */
  phone?: string;
  /** Where the QR code leads (the online guide, the department's page). */
  link?: string;
  updated?: string;
  body: string;
}

/** The QR code as inline SVG (uqr's module matrix), or nothing when the link cannot be encoded. */
function qrSvg(text: string): string {
  try {
    const { data } = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x},${y}h1v1h-1z` : '')));
    const n = data.length;
    return `<svg class="qr" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges" role="img" aria-label="${esc(text)}"><rect width="${n}" height="${n}" fill="#fff"/><path d="${d}"/></svg>`;
  } catch {
    return '';
  }
}

const docs = (list: readonly DocumentRef[]) =>
  `<ul>${list.map((d) => `<li>${esc(documentLabel(d))}</li>`).join('')}</ul>`;

/** Body text at a size read from a step away: 12 pt on A4, 16 pt on A3, in proportion on a screen. */
function fontSize(sheet: Sheet): string {
  if (sheet.screen) return `${Math.round(Math.min(sheet.screen.width, sheet.screen.height) / 36)}px`;
  return sheet.paper === 'A3' ? '16pt' : '12pt';
}

export function posterPage(p: PosterInput, sheet: Sheet): string {
  const size = sheet.screen
    ? `${sheet.screen.width}px ${sheet.screen.height}px`
    : `${sheet.paper ?? 'A4'} ${sheet.landscape ? 'landscape' : 'portrait'}`;
  const qr = p.link ? qrSvg(p.link) : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(p.title)}</title>
<style>
@page { size: ${size}; margin: ${sheet.screen ? '0' : '12mm'}; }
html { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  font-size: ${fontSize(sheet)}; color: #111; }
body { margin: 0; ${sheet.screen ? `width: ${sheet.screen.width}px; min-height: ${sheet.screen.height}px; padding: 3%; box-sizing: border-box;` : ''} }
header { border-bottom: 0.25em solid #9b1c1c; margin-bottom: 0.8em; }
h1 { font-size: 2em; color: #9b1c1c; margin: 0 0 0.2em; }
h2 { font-size: 1.25em; margin: 0.8em 0 0.3em; border-left: 0.25em solid #9b1c1c; padding-left: 0.4em; break-after: avoid; }
.dept { font-size: 1.2em; margin: 0 0 0.4em; }
.facts { display: flex; flex-wrap: wrap; gap: 0.3em 1.5em; margin: 0.3em 0; }
.facts strong { color: #9b1c1c; }
.flow svg { display: block; width: 100%; height: auto; max-height: ${sheet.screen ? '42vh' : sheet.landscape ? '80mm' : '92mm'}; }
.steps td:last-child { white-space: nowrap; }
.cols { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 0 1.2em; }
${
  sheet.landscape || (sheet.screen && sheet.screen.width > sheet.screen.height)
    ? `/* A landscape sheet: the flowchart and the footer on the left, time limits, basis and fees on the right. */
body:has(.guide) { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 1.5em; align-items: start; }
body:has(.guide) > header, body:has(.guide) > .facts { grid-column: 1 / -1; }
.guide { display: contents; }
.flowbox { grid-column: 1; grid-row: 3; }
.guide .cols { grid-column: 2; grid-row: 3 / span 2; grid-template-columns: minmax(0, 1fr); }
body:has(.guide) > footer { grid-column: 1; grid-row: 4; }
.flow svg { max-height: ${sheet.screen ? '62vh' : '130mm'}; }`
    : ''
}
.flow { break-inside: avoid; }
ul, ol { margin: 0.2em 0; padding-left: 1.4em; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #777; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
footer { display: flex; gap: 1em; align-items: center; justify-content: space-between; margin-top: 1em;
  border-top: 1px solid #999; padding-top: 0.5em; break-inside: avoid; }
footer .phone { font-size: 1.3em; font-weight: 700; }
.qr { width: 6em; height: 6em; }
.muted { color: #444; }
</style>
<script type="module" src="/gongkai/gongkai-all.js"></script>
</head><body>
<header><h1>${esc(p.title)}</h1>${p.department ? `<p class="dept">${esc(p.department)}</p>` : ''}</header>
${p.body}
<footer>
  <div>
    ${p.phone ? `<p class="phone">监督电话：${esc(p.phone)}</p>` : ''}
    <p class="muted">数据更新于 ${p.updated ? esc(formatDate(p.updated)) : '（未注明）'}</p>
  </div>
  ${qr ? `<div class="qrbox">${qr}<p class="muted">扫码查看网上办事指南</p></div>` : ''}
</footer>
</body></html>`;
}

/** The poster body of one service guide: facts, flowchart, steps with their time limits, basis, fees. */
export function guideBody(g: ServiceGuide, process: Process | undefined, fees: (Fee | string)[]): string {
  const days = (d: number | undefined) => (d === undefined ? '未注明' : formatWorkingDays(d));
  const steps = process?.nodes.filter((n) => n.kind === 'step' || n.kind === 'decision') ?? [];
  const feeText = g.fees
    ? 'free' in g.fees
      ? '不收费'
      : `<ul>${fees.map((f) => `<li>${typeof f === 'string' ? `${esc(f)}（本数据源中没有此收费项目）` : `${esc(f.name)}：${esc(formatFeeStandard(f.standard))}`}</li>`).join('')}</ul>`
    : '未注明';
  return `<div class="facts">
  <span>承诺时限：<strong>${esc(days(g.promisedDays))}</strong></span>
  <span>法定时限：<strong>${esc(days(g.legalDays))}</strong></span>
  ${g.window ? `<span>办理窗口：${esc(g.window)}</span>` : ''}
</div>
<div class="guide">
${
  process
    ? `<div class="flowbox"><h2>办理流程</h2><div class="flow"><gk-process-flow src="/feed/" process="${esc(process.id)}" orientation="tb"></gk-process-flow></div></div>`
    : ''
}
<div class="cols">
${
  process
    ? `<section><h2>办理时限</h2><table class="steps"><thead><tr><th>步骤</th><th>办理人</th><th>时限</th></tr></thead><tbody>
${steps.map((n) => `<tr><td>${esc(n.label)}</td><td>${esc(n.owner ?? '')}</td><td>${esc(days(n.days))}</td></tr>`).join('\n')}
</tbody></table></section>`
    : ''
}
<section><h2>办理依据</h2>${docs(g.legalBasis)}
<h2>收费标准</h2>${feeText}</section>
</div>
</div>`;
}

export function feesBody(fees: readonly Fee[]): string {
  return `<table><thead><tr><th>序号</th><th>收费项目</th><th>收费标准</th><th>收费依据</th></tr></thead><tbody>
${fees
  .map(
    (f, i) =>
      `<tr><td>${f.no ?? i + 1}</td><td>${esc(f.name)}</td><td>${esc(formatFeeStandard(f.standard))}</td><td>${f.basis.map((b) => esc(documentLabel(b))).join('<br>')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

export function rulesBody(r: ServiceRules): string {
  return `<ol>${r.rules.map((x) => `<li><strong>${esc(x.title)}</strong>：${esc(x.text)}</li>`).join('')}</ol>
${
  r.staff?.length
    ? `<h2>挂牌上岗</h2><table><thead><tr><th>窗口</th><th>姓名</th><th>职务</th></tr></thead><tbody>
${r.staff.map((s) => `<tr><td>${esc(s.window)}</td><td>${esc(s.name)}</td><td>${esc(s.position ?? '')}</td></tr>`).join('\n')}
</tbody></table>`
    : ''
}`;
}

const POWER_TYPE_NAMES: Record<Power['type'], string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  levy: '行政征收',
  payment: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  reward: '行政奖励',
  ruling: '行政裁决',
  other: '其他行政权力',
};

export function powersBody(powers: readonly Power[]): string {
  return `<table><thead><tr><th>序号</th><th>职权名称</th><th>类型</th><th>实施依据</th><th>承办机构</th></tr></thead><tbody>
${powers
  .map(
    (p, i) =>
      `<tr><td>${i + 1}</td><td>${esc(p.name)}</td><td>${POWER_TYPE_NAMES[p.type]}</td><td>${p.basis.map((b) => esc(documentLabel(b))).join('<br>')}</td><td>${esc(p.office ?? '')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}
