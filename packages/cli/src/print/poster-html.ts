/**
 * The 公开栏 poster as one HTML page: title and department, the procedure as a flowchart (drawn by
 * <gk-process-flow> on a page of its own, frozen to SVG and put into the sheet's placeholder), every
 * step's time limit, the basis, the fees, the promised time, the 监督电话, a QR code to the online
 * guide and "数据更新于". Every text comes from the feed and goes through the `html` template, which
 * escapes every value: nothing in a feed becomes markup. The sheet holds no script and its CSP
 * allows none, nor any request: it is printed with JavaScript off.
 */
import {
  MAX_CHART_NODES,
  documentLabel,
  formatUpdated,
  formatFeeStandard,
  formatWorkingDays,
  materialForm,
  timeLimitText,
  type DocumentRef,
  type Fee,
  type Material,
  type MaterialCopy,
  type MaterialMedium,
  type Power,
  type Process,
  type ServiceGuide,
  type ServiceRules,
} from '@gongkai/sdk';
import { encode } from 'uqr';
import { html, Markup } from '../html-escape.js';

export type Paper = 'A4' | 'A3';
export interface Sheet {
  /** Paper for a PDF, or a screen (width × height in px) for an electronic notice board. */
  paper?: Paper;
  landscape?: boolean;
  screen?: { width: number; height: number };
  /** A paper sheet saved as an image (PNG): no printer margins, so the sheet draws its own. */
  image?: boolean;
}

export interface PosterInput {
  title: string;
  department?: string;
  /** 监督电话 */
  phone?: string;
  /** Where the QR code leads (the online guide, the department's page). */
  link?: string;
  /** The datasets' own date; null when they print none (said so, as on the widgets). */
  updated?: string | null;
  body: Markup;
  /** The government website page metadata (page-meta.ts), written into the head. */
  meta?: Markup;
}

/** The QR code as inline SVG (uqr's module matrix), or nothing when the link cannot be encoded. */
function qrSvg(text: string): Markup | '' {
  try {
    const { data } = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x},${y}h1v1h-1z` : '')));
    const n = data.length;
    return html`<svg class="qr" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges" role="img" aria-label="${text}">
      <rect width="${n}" height="${n}" fill="#fff" />
      <path d="${d}" />
    </svg>`;
  } catch {
    return '';
  }
}

const docs = (list: readonly DocumentRef[]) =>
  html`<ul>
    ${list.map((d) => html`<li>${documentLabel(d)}</li>`)}
  </ul>`;

const FONTS = html`'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

/** Body text at a size read from a step away: 12 pt on A4, 16 pt on A3, in proportion on a screen. */
function fontSize(sheet: Sheet): string {
  if (sheet.screen) return `${Math.round(Math.min(sheet.screen.width, sheet.screen.height) / 36)}px`;
  return sheet.paper === 'A3' ? '16pt' : '12pt';
}

/**
 * A landscape sheet: the flowchart and the footer on the left, time limits, basis and fees on the
 * right. Our own CSS, no feed text (the one value is ours).
 */
const landscapeCss = (chartHeight: '62vh' | '130mm') =>
  new Markup(`body:has(.guide) { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 1.5em; align-items: start; }
body:has(.guide) > header, body:has(.guide) > .facts { grid-column: 1 / -1; }
.guide { display: contents; }
.flowbox { grid-column: 1; grid-row: 3; }
.guide .cols { grid-column: 2; grid-row: 3 / span 2; grid-template-columns: minmax(0, 1fr); }
body:has(.guide) > footer { grid-column: 1; grid-row: 4; }
.flow svg { max-height: ${chartHeight}; }`);

/** No script, no request: the sheet (and the .html saved from it) is text, styles and inline SVG only. */
export const SHEET_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function posterPage(p: PosterInput, sheet: Sheet): string {
  const size = sheet.screen
    ? `${sheet.screen.width}px ${sheet.screen.height}px`
    : `${sheet.paper ?? 'A4'} ${sheet.landscape ? 'landscape' : 'portrait'}`;
  const qr = p.link ? qrSvg(p.link) : '';
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${SHEET_CSP}" />
        ${p.meta ?? ''}
        <title>${p.title}</title>
        <style>
          @page { size: ${size}; margin: ${sheet.screen ? '0' : '12mm'}; }
          html { font-family: ${FONTS}; font-size: ${fontSize(sheet)}; color: #111; }
          body { margin: 0; ${sheet.image && !sheet.screen ? html`padding: 12mm; box-sizing: border-box;` : ''} ${sheet.screen ? html`width: ${sheet.screen.width}px; min-height: ${sheet.screen.height}px; padding: 3%; box-sizing: border-box;` : ''} }
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
              ? landscapeCss(sheet.screen ? '62vh' : '130mm')
              : ''
          }
          .flow { break-inside: avoid; }
          /* A chart too large for its place at the poster's minimum type: pages of its own (place-charts.ts). */
          .flowbox.own-page { break-before: page; grid-column: 1 / -1; grid-row: auto; }
          .own-page .flow { break-inside: auto; }
          .flow-part { break-inside: avoid; }
          .flow-part + .flow-part { break-before: page; }
          .flow-part svg { display: block; }
          ul, ol { margin: 0.2em 0; padding-left: 1.4em; }
          table { width: 100%; border-collapse: collapse; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          th, td { border: 1px solid #777; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
          th { background: #f0f0f0; }
          /* 序号 on one line, never 序/号; the column as narrow as its text. */
          .no { white-space: nowrap; width: 1%; }
          td.notes p { margin: 0 0 0.2em; }
          .materials li { margin: 0.1em 0; }
          footer { display: flex; gap: 1em; align-items: center; justify-content: space-between; margin-top: 1em;
            border-top: 1px solid #999; padding-top: 0.5em; break-inside: avoid; }
          footer .phone { font-size: 1.3em; font-weight: 700; }
          .qr { width: 6em; height: 6em; }
          .muted { color: #444; }
        </style>
      </head>
      <body>
        <header>
          <h1>${p.title}</h1>
          ${p.department ? html`<p class="dept">${p.department}</p>` : ''}
        </header>
        ${p.body}
        <footer>
          <div>
            ${p.phone ? html`<p class="phone">监督电话：${p.phone}</p>` : ''}
            <p class="muted">${formatUpdated(p.updated ?? null)}</p>
          </div>
          ${
            qr
              ? html`<div class="qrbox">
                  ${qr}
                  <p class="muted">扫码查看网上办事指南</p>
                </div>`
              : ''
          }
        </footer>
      </body>
    </html>`.text;
}

/**
 * The page on which the widget draws each flowchart, to be frozen to SVG for the sheet: our own
 * script and the feed's process, nothing else (its CSP allows scripts from /gongkai/ and requests to
 * /feed/ alone). No feed text is written into it; the widget renders the labels as text.
 * Its type is the sheet's, so the chart's text prints at the sheet's size.
 */
export function chartPage(processIds: readonly string[], sheet: Sheet, origin: string): string {
  const csp =
    `default-src 'none'; script-src ${origin}/gongkai/; connect-src ${origin}/feed/; ` +
    `style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${csp}" />
        <style>
          html {
            font-family: ${FONTS};
            font-size: ${fontSize(sheet)};
          }
        </style>
        <script type="module" src="/gongkai/gongkai-all.js"></script>
      </head>
      <body>
        ${processIds.map((id) => html`<gk-process-flow src="/feed/" process="${id}" orientation="tb"></gk-process-flow>`)}
      </body>
    </html>`.text;
}

/** Where the sheet holds the frozen chart of one process (filled in by `gongkai print`). */
export const FLOW_SLOT = 'data-process';

const COPY_NAMES: Record<MaterialCopy, string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件和复印件',
};
const MEDIUM_NAMES: Record<MaterialMedium, string> = {
  paper: '纸质',
  electronic: '电子',
  'paper-and-electronic': '纸质和电子',
};

/** 申请材料 as the guide publishes them: name, form, copies, whether required, its note. */
function materialsList(list: readonly Material[]): Markup | string {
  if (!list.length) return '无需提交材料';
  return html`<ol class="materials">
    ${list.map((m) => {
      const form = materialForm(m);
      const facts = [
        form.copy ? COPY_NAMES[form.copy] : '',
        form.medium ? MEDIUM_NAMES[form.medium] : '',
        m.copies !== undefined ? `${m.copies} 份` : '',
        m.required ? '' : '非必需',
        m.notes ?? '',
      ].filter(Boolean);
      return html`<li>${m.name}${facts.length ? html`<span class="muted">（${facts.join('，')}）</span>` : ''}</li>`;
    })}
  </ol>`;
}

/** The poster body of one service guide: facts, flowchart, steps with their time limits, basis, fees. */
export function guideBody(g: ServiceGuide, process: Process | undefined, fees: (Fee | string)[]): Markup {
  const days = (d: number | undefined) => (d === undefined ? '未注明' : formatWorkingDays(d));
  const steps = process?.nodes.filter((n) => n.kind === 'step' || n.kind === 'decision') ?? [];
  const feeText = g.fees
    ? 'free' in g.fees
      ? '不收费'
      : html`<ul>
          ${fees.map((f) => html`<li>${typeof f === 'string' ? html`${f}（本数据源中没有此收费项目）` : html`${f.name}：${formatFeeStandard(f.standard)}`}</li>`)}
        </ul>`
    : '未注明';
  // Past the widget's limit a chart is not drawn (it would be unreadable): the table lists every step.
  const flow = !process
    ? ''
    : process.nodes.length > MAX_CHART_NODES
      ? html`<div class="flowbox">
          <h2>办理流程</h2>
          <p class="muted">
            流程共 ${process.nodes.length} 个节点，超过 ${MAX_CHART_NODES} 个不绘制流程图，各步骤见“办理时限”表。
          </p>
        </div>`
      : html`<div class="flowbox">
          <h2>办理流程</h2>
          <p class="muted">${timeLimitText(process, g)}</p>
          <div class="flow" ${FLOW_SLOT}="${process.id}"></div>
        </div>`;
  return html`<div class="facts">
      <span>承诺时限：<strong>${days(g.promisedDays)}</strong></span>
      <span>法定时限：<strong>${days(g.legalDays)}</strong></span>
      ${g.window ? html`<span>办理窗口：${g.window}</span>` : ''}
    </div>
    <div class="guide">
      ${flow}
      <div class="cols">
        ${
          process
            ? html`<section>
                <h2>办理时限</h2>
                <table class="steps">
                  <thead>
                    <tr>
                      <th>步骤</th>
                      <th>办理人</th>
                      <th>时限</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${steps.map(
                      (n) =>
                        html`<tr>
                          <td>${n.label}</td>
                          <td>${n.owner ?? ''}</td>
                          <td>${days(n.days)}</td>
                        </tr> `,
                    )}
                  </tbody>
                </table>
              </section>`
            : ''
        }
        <section>
          <h2>申请材料</h2>
          ${materialsList(g.materials)}
          <h2>办理依据</h2>
          ${docs(g.legalBasis)}
          <h2>收费标准</h2>
          ${feeText}
        </section>
      </div>
    </div>`;
}

const basisCell = (list: readonly DocumentRef[]) =>
  list.map((b, i) => html`${i ? html`<br />` : ''}${documentLabel(b)}`);

/** 减免政策 and 备注 as published, each named; nothing for a fee that has neither. */
const feeNotes = (f: Fee) => [
  f.exemptions ? html`<p>减免政策：${f.exemptions}</p>` : '',
  f.notes ? html`<p>备注：${f.notes}</p>` : '',
];

export function feesBody(fees: readonly Fee[]): Markup {
  // The column is there when any fee has something to say in it.
  const notes = fees.some((f) => f.exemptions || f.notes);
  return html`<table class="fees">
    <thead>
      <tr>
        <th class="no">序号</th>
        <th>收费项目</th>
        <th>收费标准</th>
        <th>收费依据</th>
        ${notes ? html`<th>减免政策及备注</th>` : ''}
      </tr>
    </thead>
    <tbody>
      ${fees.map(
        (f, i) =>
          html`<tr>
            <td class="no">${f.no ?? i + 1}</td>
            <td>${f.name}</td>
            <td>${formatFeeStandard(f.standard)}</td>
            <td>${basisCell(f.basis)}</td>
            ${notes ? html`<td class="notes">${feeNotes(f)}</td>` : ''}
          </tr> `,
      )}
    </tbody>
  </table>`;
}

export function rulesBody(r: ServiceRules): Markup {
  return html`<ol>
      ${r.rules.map((x) => html`<li><strong>${x.title}</strong>：${x.text}</li>`)}
    </ol>
    ${
      r.staff?.length
        ? html`<h2>挂牌上岗</h2>
            <table>
              <thead>
                <tr>
                  <th>窗口</th>
                  <th>姓名</th>
                  <th>职务</th>
                </tr>
              </thead>
              <tbody>
                ${r.staff.map(
                  (s) =>
                    html`<tr>
                      <td>${s.window}</td>
                      <td>${s.name}</td>
                      <td>${s.position ?? ''}</td>
                    </tr> `,
                )}
              </tbody>
            </table>`
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

export function powersBody(powers: readonly Power[]): Markup {
  return html`<table>
    <thead>
      <tr>
        <th class="no">序号</th>
        <th>职权名称</th>
        <th>类型</th>
        <th>实施依据</th>
        <th>承办机构</th>
      </tr>
    </thead>
    <tbody>
      ${powers.map(
        (p, i) =>
          html`<tr>
            <td class="no">${i + 1}</td>
            <td>${p.name}</td>
            <td>${POWER_TYPE_NAMES[p.type]}</td>
            <td>${basisCell(p.basis)}</td>
            <td>${p.office ?? ''}</td>
          </tr> `,
      )}
    </tbody>
  </table>`;
}
