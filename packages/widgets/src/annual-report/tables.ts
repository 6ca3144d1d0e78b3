/**
 * The report's tables laid out as 国办公开办函〔2021〕30号 prints them: merged heads (rowspan and
 * colspan), and every figure cell naming its heads by id (`headers`), so a screen reader reads
 * "(三)不予公开, 1.属于国家秘密, 法人或其他组织, 商业企业" with the figure. A check's note sits in
 * the cell it concerns, after the printed figure, never in its place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  APPLICANT_COLUMNS,
  BLOCK_LABELS,
  COLUMN_LABELS,
  GROUP_LABELS,
  REVIEW_BLOCKS,
  REVIEW_LABELS,
  ROW_LABELS,
  cellText,
  table3Lines,
  type AnnualReport,
  type Lang,
  type ReportCell,
  type ResultGroup,
} from '@gongkai/sdk/core';
import { fill } from '../util/lang.js';
import { STRINGS } from './strings.js';

/** Notes beside cells, by the cell's path in the report (`table3.results.total.0`). */
export type CellNotes = ReadonlyMap<string, readonly string[]>;

const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** A figure cell: the printed value (blank stays blank, "/" stays "/"), then any note. */
function figure(cell: ReportCell, key: string, headers: string, notes: CellNotes, lang: Lang): TemplateResult {
  const t = STRINGS[lang];
  const text = cellText(cell);
  const flagged = notes.get(key);
  return html`<td class="num${flagged ? ' flagged' : ''}" headers=${headers} data-cell=${key}>
    ${cell === null ? html`<span class="visually-hidden">${t.blank}</span>` : nothing}${
      cell === '/' ? html`<abbr title=${t.notApplicable}>/</abbr>` : text
    }${flagged?.map((n) => html`<span class="note" role="note">${n}</span>`) ?? nothing}
  </td>`;
}

export function renderTable2(r: AnnualReport, notes: CellNotes, lang: Lang): TemplateResult | typeof nothing {
  const t2 = r.table2;
  if (!t2) return nothing;
  const t = STRINGS[lang];
  const docRow = (key: 'regulations' | 'normativeDocuments') =>
    html`<tr>
      <th scope="row" id="t2-${key}">${t[key]}</th>
      ${(['issued', 'repealed', 'inForce'] as const).map((c) =>
        figure(t2[key][c], `table2.${key}.${c}`, `t2-${key} t2-${c}`, notes, lang),
      )}
    </tr>`;
  const oneRow = (key: 'licensing' | 'penalty' | 'coercion' | 'feesTenThousandYuan', head: string, name: string) =>
    html`<tr>
      <th scope="row" id="t2-${key}">${name}</th>
      ${figure(t2[key], `table2.${key}`, `t2-${key} ${head}`, notes, lang)}
      <td colspan="2" aria-hidden="true"></td>
    </tr>`;
  const article = (n: string, id: string) =>
    html`<tr class="article">
      <th colspan="4" scope="colgroup" id=${id}>${fill(t.article, { n })}</th>
    </tr>`;
  const heads = (cols: TemplateResult) =>
    html`<tr>
      <th scope="col">${t.content}</th>
      ${cols}
    </tr>`;
  return html`<table part="table2" class="report">
    <caption>
      ${lang === 'zh-CN' ? '二、' : '2. '}${t.table2}
    </caption>
    <tbody>
      ${article('一', 't2-a1')}
      ${heads(
        html`${(['issued', 'repealed', 'inForce'] as const).map(
          (c) => html`<th scope="col" id="t2-${c}">${t[c]}</th>`,
        )}`,
      )}
      ${docRow('regulations')} ${docRow('normativeDocuments')} ${article('五', 't2-a5')}
      ${heads(html`<th scope="col" colspan="3" id="t2-d5">${t.decisions}</th>`)}
      ${oneRow('licensing', 't2-d5', t.licensing)} ${article('六', 't2-a6')}
      ${heads(html`<th scope="col" colspan="3" id="t2-d6">${t.decisions}</th>`)}
      ${oneRow('penalty', 't2-d6', t.penalty)} ${oneRow('coercion', 't2-d6', t.coercion)} ${article('八', 't2-a8')}
      ${heads(html`<th scope="col" colspan="3" id="t2-f8">${t.feesAmount}</th>`)}
      ${oneRow('feesTenThousandYuan', 't2-f8', t.fees)}
    </tbody>
  </table>`;
}

/** The column heads' ids a figure of table 3's column `col` sits under. */
const colHeaders = (col: number) =>
  ['t3-applicants', col >= 1 && col <= 5 ? 't3-org' : '', `t3-c${col}`].filter(Boolean).join(' ');

export function renderTable3(r: AnnualReport, notes: CellNotes, lang: Lang): TemplateResult {
  const t = STRINGS[lang];
  const l = (label: readonly [string, string]) => (lang === 'zh-CN' ? label[0] : label[1]);
  const lines = table3Lines(r.table3);
  const resultLines = lines.filter((x) => x.path[0] === 'results');
  const groupSize = (g: ResultGroup) => resultLines.filter((x) => x.group === g).length;
  const cells = (path: readonly string[], rowHeaders: string) =>
    APPLICANT_COLUMNS.map((_, col) => {
      let at: unknown = r.table3;
      for (const k of path) at = (at as Record<string, unknown>)[k];
      const key = `table3.${path.join('.')}.${col}`;
      return figure((at as ReportCell[])[col]!, key, `${rowHeaders} ${colHeaders(col)}`, notes, lang);
    });
  const seen = new Set<string>();
  const body = lines.map((line, i) => {
    const id = `t3-r${i}`;
    if (line.path[0] !== 'results')
      return html`<tr>
        <th scope="row" colspan="3" id=${id}>${l(line.label)}</th>
        ${cells(line.path, id)}
      </tr>`;
    const first = line === resultLines[0];
    const lead = first
      ? html`<th scope="rowgroup" rowspan=${resultLines.length} id="t3-results">${l(ROW_LABELS.results)}</th>`
      : nothing;
    if (!line.group)
      return html`<tr>
        ${lead}
        <th scope="row" colspan="2" id=${id}>${l(line.label)}</th>
        ${cells(line.path, `t3-results ${id}`)}
      </tr>`;
    const groupId = `t3-g-${line.group}`;
    const groupHead = seen.has(line.group)
      ? nothing
      : html`<th scope="rowgroup" rowspan=${groupSize(line.group)} id=${groupId}>${l(GROUP_LABELS[line.group])}</th>`;
    seen.add(line.group);
    return html`<tr class=${line.subtotal ? 'subtotal' : ''}>
      ${lead}${groupHead}
      <th scope="row" id=${id}>${line.subtotal ? t.subtotal : l(line.label)}</th>
      ${cells(line.path, `t3-results ${groupId} ${id}`)}
    </tr>`;
  });
  return html`<table part="table3" class="report wide">
    <caption>
      ${lang === 'zh-CN' ? '三、' : '3. '}${t.table3}
    </caption>
    <thead>
      <tr>
        <td colspan="3" rowspan="3" class="rule">${t.balanceRule}</td>
        <th scope="colgroup" colspan="7" id="t3-applicants">${t.applicants}</th>
      </tr>
      <tr>
        <th scope="col" rowspan="2" id="t3-c0">${l(COLUMN_LABELS['natural-person'])}</th>
        <th scope="colgroup" colspan="5" id="t3-org">${t.organizations}</th>
        <th scope="col" rowspan="2" id="t3-c6">${l(COLUMN_LABELS.total)}</th>
      </tr>
      <tr>
        ${APPLICANT_COLUMNS.slice(1, 6).map(
          (c, i) => html`<th scope="col" id="t3-c${i + 1}">${l(COLUMN_LABELS[c])}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

export function renderTable4(r: AnnualReport, notes: CellNotes, lang: Lang): TemplateResult {
  const t = STRINGS[lang];
  const l = (label: readonly [string, string]) => (lang === 'zh-CN' ? label[0] : label[1]);
  const resultHeads = (block: string, rowspan: number) =>
    REVIEW_COLUMNS.map(
      (c) => html`<th scope="col" rowspan=${rowspan} id="t4-${block}-${c}">${l(REVIEW_LABELS[c])}</th>`,
    );
  const sub = (label: readonly [string, string]) => l(label).replace(/^行政诉讼·/, '');
  return html`<table part="table4" class="report wide">
    <caption>
      ${lang === 'zh-CN' ? '四、' : '4. '}${t.table4}
    </caption>
    <thead>
      <tr>
        <th scope="colgroup" colspan="5" id="t4-reconsideration">${l(BLOCK_LABELS.reconsideration)}</th>
        <th scope="colgroup" colspan="10" id="t4-litigation">${t.litigation}</th>
      </tr>
      <tr>
        ${resultHeads('reconsideration', 2)}
        <th scope="colgroup" colspan="5" id="t4-litigationDirect">${sub(BLOCK_LABELS.litigationDirect)}</th>
        <th scope="colgroup" colspan="5" id="t4-litigationAfterReconsideration">
          ${sub(BLOCK_LABELS.litigationAfterReconsideration)}
        </th>
      </tr>
      <tr>
        ${resultHeads('litigationDirect', 1)} ${resultHeads('litigationAfterReconsideration', 1)}
      </tr>
    </thead>
    <tbody>
      <tr>
        ${REVIEW_BLOCKS.map((block) =>
          REVIEW_COLUMNS.map((c) =>
            figure(
              r.table4[block][c],
              `table4.${block}.${c}`,
              `${block === 'reconsideration' ? '' : 't4-litigation '}t4-${block} t4-${block}-${c}`,
              notes,
              lang,
            ),
          ),
        )}
      </tr>
    </tbody>
  </table>`;
}
