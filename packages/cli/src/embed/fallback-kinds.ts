/**
 * Plain-HTML renderings (`gongkai embed`) of the kinds beyond fees, budgets, flowcharts and guides:
 * 三公, 权责清单, 结果公示, 办事纪律 and 监督评价. The labels are the widgets' own strings, the figures
 * the SDK's formatters applied to the published numbers (never recomputed), people de-identified by
 * the SDK exactly as the widget does. Every text from the feed is escaped: feed text is untrusted.
 */
import {
  RATING_LEVELS,
  deidentifyResult,
  documentLabel,
  formatAmount,
  formatDate,
  formatPercent,
  formatPeriod,
  resultDate,
  resultParty,
  unitLabel,
  type PowerList,
  type Result,
  type ResultList,
  type ServiceRules,
  type Supervision,
  type ThreePublic,
} from '@gongkai/sdk';
import { STRINGS as POWER } from '@gongkai/widgets/strings/power-list';
import { STRINGS as RESULTS } from '@gongkai/widgets/strings/results';
import { STRINGS as RULES } from '@gongkai/widgets/strings/service-rules';
import { STRINGS as SUPERVISION } from '@gongkai/widgets/strings/supervision';
import { STRINGS as THREE } from '@gongkai/widgets/strings/three-public';
import { escapeHtml as esc } from '../html-escape.js';

/** A table: a caption, column heads (`<th scope="col">`), rows whose first cell heads the row. */
export function table(caption: string, heads: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map(([first = '', ...rest]) => {
    const cells = rest.map((c) => `<td>${esc(c)}</td>`).join('');
    return `<tr><th scope="row">${esc(first)}</th>${cells}</tr>`;
  });
  return `<table><caption>${esc(caption)}</caption>
<thead><tr>${head}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>`;
}

const list = (items: readonly string[]) => `<ul>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

/** 三公: the lines as the table prints them (subtotals only where printed), in the dataset's unit. */
export function threePublicHtml(d: ThreePublic): string {
  const t = THREE['zh-CN'];
  const money = (v: number | null | undefined) => formatAmount(v, { unit: d.unit, withUnit: false });
  const changed = (l: ThreePublic['lines'][number]) => {
    const c = l.change ?? (typeof l.publishedChangePercent === 'number' ? { percent: l.publishedChangePercent } : {});
    const parts = [
      typeof c.amount === 'number' ? formatAmount(c.amount, { unit: d.unit, decimals: c.amountDigits }) : '',
      typeof c.percent === 'number' ? formatPercent(c.percent, 'zh-CN', c.percentDigits ?? 2) : '',
    ];
    return parts.filter(Boolean).join('，');
  };
  const rows = d.lines.map((l) => [
    t[l.category],
    money(l.budget),
    money(l.actual),
    money(l.previous),
    changed(l),
    l.reason ?? '',
  ]);
  const caption = `${t.title.replace('{department}', d.department).replace('{year}', String(d.year))}（单位：${unitLabel(d.unit)}）`;
  const r = d.related;
  const related = r
    ? [
        r.runningCosts === undefined ? '' : `${t.runningCosts}：${formatAmount(r.runningCosts, { unit: d.unit })}`,
        r.procurement === undefined ? '' : `${t.procurement}：${formatAmount(r.procurement, { unit: d.unit })}`,
        r.vehicles === undefined
          ? ''
          : `${t.vehicles}：${r.vehicles === null ? '未填报' : t.vehiclesUnit.replace('{n}', String(r.vehicles))}`,
      ].filter(Boolean)
    : [];
  return `${table(caption, [t.item, t.budget, t.actual, t.previous, t.change, t.reason], rows)}
${related.length ? `<h4>${esc(t.related)}</h4>${list(related)}` : ''}${d.explanation ? `<p>${esc(d.explanation)}</p>` : ''}`;
}

/** 权责清单: per power its type, basis, office, status and the supervision phone. */
export function powersHtml(d: Pick<PowerList, 'department' | 'powers'>): string {
  const t = POWER['zh-CN'];
  const rows = d.powers.map((p) => [
    p.name,
    p.code ?? '',
    t[p.type],
    p.basis.map((b) => documentLabel(b)).join('；'),
    [p.department, p.office].filter(Boolean).join(' '),
    t[p.status],
    p.supervision?.phone ?? '',
  ]);
  return table(
    `${d.department ?? ''}${t.subject}`,
    ['职权名称', t.code, t.type, t.basis, t.office, t.status, t.phone],
    rows,
  );
}

const itemOf = (r: Result): string =>
  r.type === 'case' ? r.item : r.type === 'payment' ? r.programme : r.type === 'decision' ? r.docNumber : r.task;

/**
 * 结果公示: each record de-identified by the SDK (names masked, personal numbers hidden). Records whose
 * 公示期 ended before `today` (YYYY-MM-DD) are left out, as the widget hides them, and counted.
 */
export function resultsHtml(d: ResultList, today: string): string {
  const t = RESULTS['zh-CN'];
  const outcome = (r: Result) => {
    switch (r.type) {
      case 'case':
        return r.outcome === 'rejected' && r.reason ? `${t.rejected}：${r.reason}` : t[r.outcome];
      case 'payment':
        return `${formatAmount(r.amount, { unit: '元', withUnit: false })} ${t.yuan}`;
      default:
        return r.result;
    }
  };
  const current = d.results.filter((r) => (r.publicity?.end ?? d.publicity?.end ?? today) >= today);
  const expired = d.results.length - current.length;
  const rows = current.map(deidentifyResult).map((r) => {
    const date = resultDate(r);
    return [itemOf(r), date ? formatDate(date) : '', t[r.type], resultParty(r).name, outcome(r)];
  });
  const period = d.publicity
    ? `；${t.publicity}：${formatDate(d.publicity.start)}至${formatDate(d.publicity.end)}`
    : '';
  return `${table(`${d.department ?? ''}${t.subject}`, [t.what, t.date, t.kind, t.who, t.result], rows)}
<p>${esc(t.masked)}${esc(period)}${expired ? `；${esc(t.expired.replace('{n}', String(expired)))}，未列出` : ''}</p>`;
}

/** 办事纪律: the rules in order, and who is on duty at which window. */
export function rulesHtml(d: ServiceRules): string {
  const t = RULES['zh-CN'];
  const rules = d.rules.map((r) => {
    const basis = r.basis?.length ? `（${t.basis}：${r.basis.map((b) => documentLabel(b)).join('；')}）` : '';
    return `<li><strong>${esc(t[r.category])} · ${esc(r.title)}</strong>：${esc(r.text)}${esc(basis)}</li>`;
  });
  const staff = d.staff?.length
    ? `<h4>${esc(t.staff)}</h4>${table(
        t.staff,
        [t.window, t.name, t.position],
        d.staff.map((s) => [s.window, s.name, s.position ?? '']),
      )}`
    : '';
  return `<h4>${esc(t.rules)}</h4><ol>${rules.join('')}</ol>
${staff}`;
}

/** 监督评价: the channels, then the counts as published; a count not published reads 未填报, never 0. */
export function supervisionHtml(d: Supervision): string {
  const t = SUPERVISION['zh-CN'];
  const count = (n: number | null) => (n === null ? '未填报' : n.toLocaleString('zh-CN'));
  const channels = d.channels.map((c) => {
    const value = c.url ? `<a href="${esc(c.url)}">${esc(c.value)}</a>` : esc(c.value);
    return `<li>${esc(c.label)}：${value}${c.hours ? `（${esc(c.hours)}）` : ''}</li>`;
  });
  const complaints = d.complaints?.length
    ? table(
        t.complaints,
        [t.period, t.received, t.settled, '满意'],
        d.complaints.map((c) => [
          formatPeriod(c.period, 'zh-CN'),
          count(c.received),
          count(c.settled),
          count(c.satisfied),
        ]),
      )
    : '';
  const ratings = d.ratings?.length
    ? table(
        t.ratings,
        [t.period, ...RATING_LEVELS.map((l) => t[l]), t.rectification],
        d.ratings.map((r) => [
          formatPeriod(r.period, 'zh-CN'),
          ...RATING_LEVELS.map((l) => count(r.counts[l])),
          r.rectification ? `${count(r.rectification.done)} / ${count(r.rectification.due)}` : '',
        ]),
      )
    : '';
  return `<h4>${esc(t.channels)}</h4><ul>${channels.join('')}</ul>
${complaints}
${ratings}`;
}
