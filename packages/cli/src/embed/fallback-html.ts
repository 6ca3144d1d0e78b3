/**
 * The plain-HTML rendering of a dataset that a snippet carries inside its element (`gongkai embed`):
 * what a visitor reads where the widget cannot run (an engine too old, scripts blocked), and what
 * search engines and the 适老化/无障碍 toolbars read. The element replaces it when it upgrades. Every
 * text from the feed is escaped: feed text is untrusted.
 */
import {
  documentLabel,
  formatAmount,
  formatFeeStandard,
  formatUpdated,
  formatWorkingDays,
  unitLabel,
  type Budget,
  type Fee,
  type Process,
  type ServiceGuide,
} from '@gongkai/sdk';
import { escapeHtml as esc } from '../html-escape.js';

export function feesHtml(fees: readonly Fee[]): string {
  return `<table><thead><tr><th scope="col">序号</th><th scope="col">收费项目</th><th scope="col">收费单位</th><th scope="col">收费标准</th><th scope="col">收费依据</th></tr></thead><tbody>
${fees
  .map(
    (f, i) =>
      `<tr><td>${esc(f.no ?? i + 1)}</td><td>${esc(f.name)}</td><td>${esc(f.department ?? '')}</td><td>${esc(formatFeeStandard(f.standard))}</td><td>${f.basis.map((b) => esc(documentLabel(b))).join('<br>')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

/** The expenditure table by function, amounts in the dataset's own unit (named in the caption). */
export function budgetHtml(b: Budget): string {
  const amount = (v: number | null | undefined) => esc(formatAmount(v, { unit: b.unit, withUnit: false }));
  return `<table><caption>${esc(b.department)} ${esc(b.year)} 年支出（单位：${esc(unitLabel(b.unit))}）</caption>
<thead><tr><th scope="col">科目编码</th><th scope="col">科目名称</th><th scope="col">基本支出</th><th scope="col">项目支出</th><th scope="col">合计</th></tr></thead><tbody>
${b.lines
  .map(
    (l) =>
      `<tr><td>${esc(l.code ?? '')}</td><td>${esc(l.name)}</td><td>${amount(l.basic)}</td><td>${amount(l.project)}</td><td>${amount(l.total)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

/** The flowchart's steps in order, each with who does it and its time limit. */
export function processHtml(p: Process): string {
  const steps = p.nodes.map((n) => {
    const who = [n.owner, n.days === undefined ? '' : formatWorkingDays(n.days)].filter(Boolean).join('，');
    return `<li>${esc(n.label)}${who ? `（${esc(who)}）` : ''}</li>`;
  });
  return `<ol>${steps.join('')}</ol>`;
}

/** The guide's sections: time limits, window, conditions, materials, basis. */
export function guideHtml(g: ServiceGuide): string {
  const days = (d: number | undefined) => (d === undefined ? '未注明' : formatWorkingDays(d));
  const list = (items: readonly string[]) => `<ul>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
  return `<h3>${esc(g.name)}</h3>
<p>实施部门：${esc(g.department)}${g.window ? `；办理窗口：${esc(g.window)}` : ''}；法定时限：${esc(days(g.legalDays))}；承诺时限：${esc(days(g.promisedDays))}</p>
${g.conditions?.length ? `<h4>申请条件</h4>${list(g.conditions)}` : ''}
<h4>申请材料</h4>${list(g.materials.map((m) => `${m.name}${m.required ? '' : '（非必需）'}${m.copies ? `，${m.copies} 份` : ''}`))}
<h4>设定依据</h4>${list(g.legalBasis.map((d) => documentLabel(d)))}`;
}

/**
 * The snippet: `<tag attrs>` holding a note (what this is, when updated, a link to the data file)
 * and the plain rendering. The element's shadow root hides it once the widget runs.
 */
export function snippet(
  tag: string,
  attrs: Record<string, string>,
  title: string,
  updated: string | null,
  dataUrl: string,
  body: string,
): string {
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<${tag}${attrText}>
<p class="gk-fallback-note">${esc(title)}（文字版，${esc(formatUpdated(updated))}）· <a href="${esc(dataUrl)}">数据文件</a></p>
${body}
</${tag}>
`;
}
