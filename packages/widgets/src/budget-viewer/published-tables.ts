/**
 * The revenue side and the rest of the published set of tables (收支总表 … 国有资本经营), each shown as
 * printed: a two-sided table as two sides, an empty table with its stated reason, rows without a code
 * without one. Built only when opened (a <details>), so the chart's first render does not pay for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  BUDGET_TABLES,
  economicSchemeOf,
  type Budget,
  type BudgetLine,
  type EconomicLine,
  type PublishedTable,
  type RevenueLine,
  type SideRow,
} from '@gongkai/sdk/core';
import { fill } from '../util/lang.js';
import type { STRINGS } from './strings.js';

type T = (typeof STRINGS)['zh-CN'];
type Figure = (v: number | null | undefined) => string;

const revenueName = (l: RevenueLine, t: T) => l.name ?? (l.source ? t[l.source] : '');

/** 收入: the revenue side by source, with its printed 合计 (or our sum, marked computed). */
export function renderRevenue(budget: Budget, t: T, figure: Figure) {
  const lines = budget.revenue ?? [];
  if (!lines.length) return nothing;
  const nums = lines.map((l) => l.amount).filter((v): v is number => typeof v === 'number');
  const printed = typeof budget.revenueTotal === 'number';
  const total = printed ? budget.revenueTotal : nums.reduce((a, b) => a + b, 0);
  return html`<section class="revenue" part="revenue" aria-label=${t.revenue}>
    <h3>${t.revenue}</h3>
    <table class="cards side">
      <thead>
        <tr>
          <th scope="col">${t.revenueItem}</th>
          <th scope="col">${t.amountCol}</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (l) =>
            html`<tr>
              <th scope="row">${revenueName(l, t)}</th>
              <td class="num" data-label=${t.amountCol}>${figure(l.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${printed ? t.total : t.computedTotal}</th>
          <td class="num" data-label=${t.amountCol}>
            ${figure(total)}${printed ? nothing : html`<span class="computed">${t.computedMark}</span>`}
          </td>
        </tr>
      </tfoot>
    </table>
  </section>`;
}

/** The published set: which tables are published, which were published empty and why. */
/**
 * `bodies`: each published table opens to its rows. Hall screens pass false — nothing there to open,
 * and the list of what is published (or empty, and why) is what a visitor reads.
 */
export function renderPublishedTables(budget: Budget, t: T, figure: Figure, bodies = true) {
  const tables = budget.tables;
  if (!tables?.length) return nothing;
  const byName = new Map(tables.map((tb) => [tb.table, tb]));
  return html`<section class="tables" part="tables" aria-label=${t.tables}>
    <h3>${t.tables}</h3>
    <ol class="table-list">
      ${BUDGET_TABLES.map((name) => {
        const tb = byName.get(name);
        const rows = tb ? rowCount(tb, budget) : 0;
        const status = !tb
          ? html`<span class="muted">${t.tableMissing}</span>`
          : tb.emptyReason !== undefined
            ? html`<span class="empty-table">${fill(t.tableEmpty, { reason: tb.emptyReason })}</span>`
            : name === 'three-public' && !rows
              ? html`<span>${t.tableThreePublic}</span>`
              : html`<span>${fill(t.tablePublished, { n: rows })}</span>`;
        const body = bodies && tb && tb.emptyReason === undefined ? renderTableBody(tb, budget, t, figure) : nothing;
        return html`<li data-table=${name}>
          ${
            body === nothing
              ? html`<strong>${tb?.title ?? t[`table-${name}`]}</strong>${t.colon}${status}`
              : html`<details>
                  <summary><strong>${tb?.title ?? t[`table-${name}`]}</strong>${t.colon}${status}</summary>
                  ${body}
                </details>`
          }
        </li>`;
      })}
    </ol>
  </section>`;
}

/** The rows a table holds itself, or (支出总表, 收入总表, 基本支出表) the dataset's rows it was read into. */
function rowsOf(tb: PublishedTable, budget: Budget): PublishedTable & { revenue?: RevenueLine[] } {
  const own = (tb.lines?.length ?? 0) + (tb.economic?.length ?? 0) + (tb.revenueSide?.length ?? 0);
  if (own || tb.expenditureSide?.length) return tb;
  if (tb.table === 'expenditure') return { ...tb, lines: budget.lines };
  if (tb.table === 'general-basic') return { ...tb, economic: budget.economic ?? [] };
  if (tb.table === 'revenue') return { ...tb, revenue: budget.revenue ?? [] };
  return tb;
}

const rowCount = (tb: PublishedTable, budget: Budget) => {
  const r = rowsOf(tb, budget);
  return (
    (r.lines?.length ?? 0) +
    (r.economic?.length ?? 0) +
    (r.revenue?.length ?? 0) +
    (r.revenueSide?.length ?? 0) +
    (r.expenditureSide?.length ?? 0)
  );
};

function renderTableBody(tb: PublishedTable, budget: Budget, t: T, figure: Figure): TemplateResult | typeof nothing {
  if (tb.revenueSide || tb.expenditureSide) return renderTwoSided(tb, t, figure);
  const rows = rowsOf(tb, budget);
  // The 支出总表 is the tree above and the 收入总表's rows are the 收入 section: nothing to repeat.
  if (rows.revenue || (tb.table === 'expenditure' && rows.lines === budget.lines)) return nothing;
  if (rows.economic?.length) return renderCodedRows(economicRows(rows.economic), t.amountCol, t, figure);
  if (rows.lines?.length) return renderCodedRows(functionRows(rows.lines), t.total, t, figure);
  return nothing;
}

/** 收入 | 金额 ‖ 支出 | 金额, row by row as printed (the sides need not be equally long). */
function renderTwoSided(tb: PublishedTable, t: T, figure: Figure) {
  const left = tb.revenueSide ?? [];
  const right = tb.expenditureSide ?? [];
  const n = Math.max(left.length, right.length);
  const cell = (r: SideRow | undefined) =>
    r
      ? html`<th scope="row" class=${r.isTotal ? 'side-total' : ''}>${r.name}</th>
          <td class="num">${figure(r.amount)}</td>`
      : html`<td></td>
          <td></td>`;
  return html`<div class="gk-scroll-x">
    <table class="two-sided">
      <thead>
        <tr>
          <th scope="col">${t.revenueItem}</th>
          <th scope="col">${t.amountCol}</th>
          <th scope="col">${t.expenditureItem}</th>
          <th scope="col">${t.amountCol}</th>
        </tr>
      </thead>
      <tbody>
        ${Array.from(
          { length: n },
          (_, i) =>
            html`<tr>
              ${cell(left[i])}${cell(right[i])}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A coded table as printed: code (with its economic scheme, where it has one), name, amount. */
function renderCodedRows(
  rows: readonly { code?: string; name: string; amount: number | null; scheme?: string }[],
  amountHead: string,
  t: T,
  figure: Figure,
) {
  return html`<div class="gk-scroll-x">
    <table>
      <thead>
        <tr>
          <th scope="col">${t.code}</th>
          <th scope="col">${t.name}</th>
          <th scope="col">${amountHead}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td>
                ${r.code ?? t.noCode}
                ${r.scheme ? html`<span class="muted scheme">${r.scheme === 'government' ? t.schemeGovernment : t.schemeDepartment}</span>` : nothing}
              </td>
              <td>${r.name}</td>
              <td class="num">${figure(r.amount)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const economicRows = (lines: readonly EconomicLine[]) =>
  lines.map((l) => ({ ...l, scheme: l.scheme ?? (l.code ? economicSchemeOf(l.code) : undefined) }));
const functionRows = (lines: readonly BudgetLine[]) => lines.map((l) => ({ ...l, amount: l.total }));
