/**
 * Plain-HTML renderings (`gongkai embed`) of the publishing duties' kinds: the 政府信息公开工作年度报告
 * (its text sections and tables 2–4, every cell as printed: a figure, "/" or blank), the 政府信息公开指南
 * (channels, time limits, fees) and the 政务公开事项标准目录. Labels are the widgets' and the SDK's own;
 * every text from the feed is escaped.
 */
import {
  APPLICANT_COLUMNS,
  BLOCK_LABELS,
  COLUMN_LABELS,
  REVIEW_BLOCKS,
  REVIEW_LABELS,
  TABLE_LABELS,
  cellText,
  documentLabel,
  formatDate,
  rowAt,
  table3Lines,
  type AnnualReport,
  type DisclosureCatalogue,
  type RequestGuide,
} from '@gongkai/sdk';
import { STRINGS as REPORT } from '@gongkai/widgets/strings/annual-report';
import { STRINGS as CATALOGUE } from '@gongkai/widgets/strings/catalogue';
import { STRINGS as REQUEST } from '@gongkai/widgets/strings/request-guide';
import { escapeHtml as esc } from '../html-escape.js';
import { table } from './fallback-kinds.js';

/** The annual report: its sections as published, then tables 2, 3 and 4 with every cell as printed. */
export function annualReportHtml(d: AnnualReport): string {
  const t = REPORT['zh-CN'];
  const title = t.title.replace('{publisher}', d.publisher).replace('{year}', String(d.year));
  const date = d.published ? t.published.replace('{date}', formatDate(d.published)) : t.notPublished;
  const sections = d.sections.map((s) => `<h4>${esc(s.heading)}</h4>${s.text ? `<p>${esc(s.text)}</p>` : ''}`);
  const t2 = d.table2;
  const table2 = t2
    ? table(
        TABLE_LABELS.table2[0],
        [t.content, t.issued, t.repealed, t.inForce],
        [
          [t.regulations, ...(['issued', 'repealed', 'inForce'] as const).map((k) => cellText(t2.regulations[k]))],
          [
            t.normativeDocuments,
            ...(['issued', 'repealed', 'inForce'] as const).map((k) => cellText(t2.normativeDocuments[k])),
          ],
          [`${t.licensing}（${t.decisions}）`, cellText(t2.licensing), '', ''],
          [`${t.penalty}（${t.decisions}）`, cellText(t2.penalty), '', ''],
          [`${t.coercion}（${t.decisions}）`, cellText(t2.coercion), '', ''],
          [`${t.fees}（${t.feesAmount}）`, cellText(t2.feesTenThousandYuan), '', ''],
        ],
      )
    : '';
  const table3 = table(
    TABLE_LABELS.table3[0],
    ['', ...APPLICANT_COLUMNS.map((c) => COLUMN_LABELS[c][0])],
    table3Lines(d.table3).map((line) => [line.label[0], ...rowAt(d.table3, line.path).map(cellText)]),
  );
  const heads = (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((k) => REVIEW_LABELS[k][0]);
  const table4 = table(
    TABLE_LABELS.table4[0],
    ['', ...heads],
    REVIEW_BLOCKS.map((b) => [
      BLOCK_LABELS[b][0],
      ...(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((k) => cellText(d.table4[b][k])),
    ]),
  );
  return `<h3>${esc(title)}</h3><p>${esc(date)}</p>
${sections.join('\n')}
${table2}
${table3}
${table4}`;
}

/** The request guide: how to apply through each channel, what an application holds, the time limits. */
export function requestGuideHtml(d: RequestGuide): string {
  const t = REQUEST['zh-CN'];
  const channels = d.channels.map((c) => {
    const facts = [
      c.address && `${t.address}：${c.address}`,
      c.postcode && `${t.postcode}：${c.postcode}`,
      c.hours && `${t.hours}：${c.hours}`,
      c.phone && `${t.phone}：${c.phone}`,
      c.fax && `${t.faxNo}：${c.fax}`,
      c.url && `${t.url}：${c.url}`,
      c.receipt && `${t.receiptLabel}：${t[c.receipt]}`,
      c.note,
    ].filter(Boolean);
    return `<li><strong>${esc(t[c.type])}</strong>：${esc(facts.join('；'))}</li>`;
  });
  const limits = t.limits
    .replace('{reply}', String(d.timeLimits.reply))
    .replace('{extension}', String(d.timeLimits.extension))
    .replace('{third}', String(d.timeLimits.thirdParty));
  const fees = d.fees
    ? `<h4>${esc(t.fees)}</h4><p>${esc([d.fees.text, `依据：${documentLabel(d.fees.basis)}`].filter(Boolean).join('；'))}</p>`
    : '';
  return `<h3>${esc(t.title.replace('{publisher}', d.publisher))}</h3>
<h4>${esc(t.channels)}</h4><ul>${channels.join('')}</ul>
<h4>${esc(t.form)}</h4><ol>${d.formFields.map((f) => `<li>${esc(f)}</li>`).join('')}</ol>
<p>${esc(limits)}</p>
${fees}${d.text ? `<p>${esc(d.text)}</p>` : ''}`;
}

/** The standard catalogue: per 领域, each item with its content, time limit, publisher and channels. */
export function catalogueHtml(d: DisclosureCatalogue): string {
  const t = CATALOGUE['zh-CN'];
  const domains = [...new Set(d.entries.map((e) => e.domain))];
  return domains
    .map((domain) =>
      table(
        domain,
        ['事项', t.content, t.timeLimit, t.publisher, t.channels],
        d.entries
          .filter((e) => e.domain === domain)
          .map((e) => [
            [e.level1, e.level2].filter(Boolean).join(' · '),
            e.content,
            e.timeLimit.text,
            e.publisher,
            [...e.channels.map((c) => t[`ch-${c}`]), ...(e.otherChannels ?? [])].join('、'),
          ]),
      ),
    )
    .join('\n');
}
