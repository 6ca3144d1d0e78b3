/**
 * <gk-annual-report>: a 政府信息公开工作年度报告 as the national format (国办公开办函〔2021〕30号)
 * prints it — the text sections 一 to 六, tables 二, 三 and 四 with their merged heads — with the
 * validator's checks beside the figures they concern, the unit's earlier years where the feed has
 * them, a CSV of the tables and a print layout. A figure that fails a check is shown as printed.
 */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  annualReportRules,
  checkReportYears,
  formatDate,
  formatIssue,
  groupCell,
  loadMessages,
  messagesLoaded,
  registerKinds,
  reportDueDate,
  reportLate,
  sumCells,
  type AnnualReport,
  type ReportCell,
  type ValidationIssue,
  GROUP_LABELS,
  ROW_LABELS,
  cellText,
  RESULT_GROUP_KEYS,
} from '@gongkai/sdk/core';
import { GkDataElement, type Problem, type Ready, type ViewInput } from '../base/data-element.js';
import { fill } from '../util/lang.js';
import { downloadCsv } from '../util/csv.js';
import { themes } from '../styles/themes.styles.js';
import { figureTables } from '../styles/tables.styles.js';
import { controls } from '../styles/controls.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { STRINGS } from './strings.js';
import { annualReportStyles } from './annual-report.styles.js';
import { notesByPath } from './notes.js';
import { renderTable2, renderTable3, renderTable4 } from './tables.js';
import { reportCsv } from './report-csv.js';

export interface AnnualReportData {
  report: AnnualReport;
  /** The same unit's reports of earlier years in the feed, oldest first. */
  earlier: AnnualReport[];
  /** The report's own check results (warnings) and the cross-year check against the year before. */
  issues: ValidationIssue[];
}

/**
 * @tagname gk-annual-report
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart table2 - 主动公开政府信息情况.
 * @csspart table3 - 收到和处理政府信息公开申请情况.
 * @csspart table4 - 行政复议、行政诉讼情况.
 * @csspart checks - The list of check results.
 * @csspart compare - The comparison with earlier years.
 */
export class GkAnnualReport extends GkDataElement<AnnualReportData, 'annual-report'> {
  static override styles = [tokens, themes, controls, figureTables, annualReportStyles];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['annual-report'] as const;
  static {
    registerKinds(annualReportRules);
  }

  /** Which unit's report when the feed has several and no `dataset` is named (its newest year). */
  @property() publisher?: string;

  protected override relatedReads() {
    return [{ kinds: ['annual-report'] as const }];
  }

  protected toView({ records, related, sources }: ViewInput<'annual-report'>): AnnualReportData | Problem {
    const mine = records.filter((r) => !this.publisher || r.record.publisher === this.publisher);
    const shown = mine.reduce((a, b) => (b.record.year > a.record.year ? b : a), mine[0] ?? records[0]!);
    const report = shown.record;
    const all = new Map<string, { file: string; report: AnnualReport }>();
    for (const s of [...related, ...sources])
      if (s.kind === 'annual-report') all.set(s.id, { file: s.id, report: s.data as AnnualReport });
    const earlier = [...all.values()]
      .map((x) => x.report)
      .filter((r) => r.publisher === report.publisher && r.year < report.year)
      .sort((a, b) => a.year - b.year);
    const own = (shown.source?.issues ?? []).filter((i) => i.severity === 'warning');
    const file = shown.source?.id ?? report.id;
    const years = checkReportYears([...[...all.values()].filter((x) => x.file !== file), { file, report }]);
    const issues = [...own, ...(years.get(file)?.items ?? [])];
    // The full messages are a lazy chunk: the notes in the cells need none, the list below does.
    if (issues.length && !messagesLoaded()) void loadMessages().then(() => this.requestUpdate());
    return { report, earlier, issues };
  }

  /** The tables as CSV (UTF-8 with BOM for Excel); also offered as a download. */
  exportCsv({ download = true } = {}): string {
    if (this.loadState.status !== 'ready') return '';
    const r = this.loadState.data.report;
    const csv = reportCsv(r, this.effectiveLang);
    if (download) downloadCsv(`${r.id}.csv`, csv);
    return csv;
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<AnnualReportData>;
    const { report: r, issues } = ready.data;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const notes = notesByPath(issues, lang);
    const title = fill(t.title, { publisher: r.publisher, year: r.year });
    const due = formatDate(reportDueDate(r), lang);
    const late = reportLate(r);
    const region = (content: unknown, label: string) =>
      html`<div class="table-scroll gk-scroll-x" role="region" tabindex="0" aria-label=${label}>${content}</div>`;
    const section = (n: number) => r.sections.find((s) => s.number === n);
    const text = (n: number) => {
      const s = section(n);
      if (!s) return nothing;
      const i = r.sections.indexOf(s);
      return html`<h3>${s.heading}</h3>
        ${s.text ? html`<p>${s.text}</p>` : nothing}
        ${(notes.get(`sections.${i}.text`) ?? []).map((n) => html`<p class="text-note" role="note">${n}</p>`)}`;
    };
    return html`<article>
        <h2>${title}</h2>
        <p class="meta">
          <span>${r.published ? fill(t.published, { date: formatDate(r.published, lang) }) : t.notPublished}</span>
          ${late ? html`<span class="late" role="note">${fill(t.late, { due })}</span>` : nothing}
          ${late === false ? html`<span>${fill(t.onTime, { due })}</span>` : nothing}
        </p>
        <div class="actions">
          <button type="button" @click=${() => this.exportCsv()}>${t.csv}</button>
          <button type="button" @click=${() => print()}>${t.print}</button>
        </div>
        <section class="text">${text(1)}</section>
        ${section(2) ? html`<h3>${section(2)!.heading}</h3>` : nothing}
        ${region(renderTable2(r, notes, lang), t.table2)}
        ${section(3) ? html`<h3>${section(3)!.heading}</h3>` : nothing}
        ${region(renderTable3(r, notes, lang), t.table3)}
        <section class="text">${text(4)}</section>
        ${region(renderTable4(r, notes, lang), t.table4)}
        <section class="text">${text(5)} ${text(6)}</section>
        ${
          r.processingFees
            ? html`<p>
                ${t.processingFees}：${
                  typeof r.processingFees.amountYuan === 'number'
                    ? fill(t.yuan, { n: r.processingFees.amountYuan })
                    : cellText(r.processingFees.amountYuan)
                }
              </p>`
            : nothing
        }
        ${this.renderChecks(issues)} ${this.renderCompare(ready.data)}
      </article>
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}`;
  }

  private renderChecks(issues: readonly ValidationIssue[]) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const report = issues.filter((i) => i.code.startsWith('report_'));
    return html`<section part="checks" aria-label=${t.checks}>
      <h3>${t.checks}</h3>
      ${
        report.length
          ? html`<ul class="checks">
              ${report.map((i) => html`<li>${formatIssue({ ...i, file: undefined }, lang)}</li>`)}
            </ul>`
          : html`<p>${t.checksNone}</p>`
      }
    </section>`;
  }

  /** The unit's earlier years beside this one: the 总计 column of table 3 and the totals of table 4. */
  private renderCompare({ report, earlier }: AnnualReportData) {
    if (!earlier.length) return nothing;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const l = (label: readonly [string, string]) => (lang === 'zh-CN' ? label[0] : label[1]);
    const years = [...earlier, report];
    const show = (c: ReportCell) => cellText(c);
    const rows: [string, (r: AnnualReport) => string][] = [
      [l(ROW_LABELS.received), (r) => show(r.table3.received[6]!)],
      [l(ROW_LABELS.carriedOver), (r) => show(r.table3.carriedOver[6]!)],
      [l(ROW_LABELS.disclosed), (r) => show(r.table3.results.disclosed[6]!)],
      [l(ROW_LABELS.partlyDisclosed).replace(/（区分处理.*$/, ''), (r) => show(r.table3.results.partlyDisclosed[6]!)],
      ...RESULT_GROUP_KEYS.map(
        (g) =>
          [l(GROUP_LABELS[g]), (r: AnnualReport) => show(groupCell(r.table3, g, 6))] as [
            string,
            (r: AnnualReport) => string,
          ],
      ),
      [l(ROW_LABELS.total), (r) => show(r.table3.results.total[6]!)],
      [l(ROW_LABELS.carriedForward), (r) => show(r.table3.carriedForward[6]!)],
      [
        t.table4.replace(/情况$/, ''),
        (r) =>
          show(
            sumCells([
              r.table4.reconsideration.total,
              r.table4.litigationDirect.total,
              r.table4.litigationAfterReconsideration.total,
            ]),
          ),
      ],
    ];
    return html`<section part="compare">
      <h3>${t.compare}</h3>
      <div class="table-scroll gk-scroll-x" role="region" tabindex="0" aria-label=${t.compare}>
        <table class="report compare">
          <thead>
            <tr>
              <td></td>
              ${years.map((r) => html`<th scope="col">${fill(t.year, { year: r.year })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([name, get]) =>
                html`<tr>
                  <th scope="row">${name}</th>
                  ${years.map((r) => html`<td class="num">${get(r)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-annual-report': GkAnnualReport;
  }
}
