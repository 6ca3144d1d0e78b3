/**
 * <gk-budget-viewer>: a department's budget or final account as a treemap with drill-down
 * 类 → 款 → 项 and a hierarchical table in sync with it (the table is the accessible alternative).
 * Comparisons year on year or 预算 vs 决算, unit switching, shares, splits, CSV, and a visible
 * warning on every line whose published total disagrees with its items.
 */
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssomStyle } from '../util/cssom-style.js';
import {
  budgetPath,
  buildBudgetTree,
  budgetTreeSteps,
  runStepsSoon,
  CANCELLED,
  type Steps,
  compareBudgets,
  compareWithPublishedPrevious,
  convertAmount,
  formatAmount,
  formatPercent,
  NOT_REPORTED,
  sumTolerance,
  unitLabel,
  validate,
  type AmountUnit,
  type Budget,
  type BudgetLine,
  type BudgetNode,
  type BudgetTree,
  type LineComparison,
  AMOUNT_UNITS,
  budgetRules,
  finalAccountRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { downloadCsv, toCsv } from '../util/csv.js';
import { textMeasurer, type Measure } from '../util/measure-text.js';
import { WidthController } from '../util/width-controller.js';
import { GkDataElement, type Ready, type RelatedRead, type ViewInput } from '../base/data-element.js';
import { COLON, fill, paren } from '../util/lang.js';
import { controls } from '../styles/controls.styles.js';
import { figureTables, narrowCards } from '../styles/tables.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { budgetViewerStyles } from './budget-viewer.styles.js';
import { renderChangeCells, renderHeadline, type Headline } from './published-figures.js';
import { renderPublishedTables, renderRevenue } from './published-tables.js';
import { chartClass, chartColours, onChartClass } from '../styles/chart.styles.js';

/** Print patterns, so neighbouring cells stay apart on a black-and-white copy. */
const PATTERNS = 6;
import { STRINGS } from './strings.js';
import { budgetPreview } from './preview.js';
import { fontFloor } from '../util/font-floor.js';
import { labelFits, layoutCells, type Cell } from './treemap.js';

export interface BudgetViewData {
  budget: Budget;
  tree: BudgetTree;
  /** Lines whose published total is not the sum of their children (counted once, not per render). */
  mismatches: number;
  /** Per line key, the comparison with the other dataset or the published previous figures and changes. */
  compare?: { label: string; otherLabel: string; byCode: Map<string, LineComparison> };
}

export interface GkBudgetSelectDetail {
  line?: BudgetLine;
  node: BudgetNode;
  /** Keys from the 类 down to this line (its codes; a row printed without a code has a key like "20805/#4"). */
  path: string[];
}

const CHART_HEIGHT = 320;
const UNITS = AMOUNT_UNITS;

/**
 * @tagname gk-budget-viewer
 * @fires {GkBudgetSelectDetail} gk-budget-select - A line was chosen; `detail.line`, `detail.node`, `detail.path`.
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart header - The title, phase, year and unit above the chart.
 * @csspart controls - The unit, display and comparison pickers.
 * @csspart export - The CSV download button.
 * @csspart warning - The notice that published totals disagree with their items.
 * @csspart breadcrumb - The path from the whole budget down to the line the chart shows.
 * @csspart chart - The treemap (SVG).
 * @csspart others - The list of the small lines gathered into "others".
 * @csspart split - The 基本/项目 and funding-source bars.
 * @csspart table - The tree table of every line, the chart's accessible alternative.
 * @cssprop --gk-budget-viewer-selected-bg - Background of the selected line (default: --gk-color-selected).
 */
export class GkBudgetViewer extends GkDataElement<BudgetViewData, 'budget' | 'final-account'> {
  static override styles = [tokens, themes, controls, figureTables, narrowCards, chartColours, budgetViewerStyles];

  /**
   * Id of a dataset to compare with (last year's budget, or the 决算 of the same year), or `previous` for the
   * 上年数 printed in the table.
   */
  @property() compare = '';
  /** The other dataset for `.data` users. */
  @property({ attribute: false }) compareData?: unknown;
  /** Display unit; default the unit the data states. */
  @property() unit: '' | AmountUnit = '';
  /** `amount` or `percent` (share of the total). */
  @property() display: 'amount' | 'percent' = 'amount';
  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected override readonly reloadKeys = ['compare', 'compareData'];

  /** Key (code) of the line whose items the chart shows; '' for the whole budget. */
  @state() private focusCode = '';
  @state() private expanded = new Set<string>();
  @state() private selected?: string;
  @state() private sortBy: 'code' | 'amount' = 'code';
  @state() private showOthers = false;
  @state() private chartWidth = 800;
  /** The cell under the pointer or keyboard focus: its exact figure is shown below the chart. */
  @state() private pointed?: { label: string };
  /** The widget's width, for the chart. */
  private readonly hostWidth = new WidthController(this);
  private rowFocus?: string;
  /** The last tree built, and of which lines: the checked data's lines are the preview's, so it is kept. */
  private lastTree?: { lines: readonly BudgetLine[]; tree: BudgetTree };

  /** Back to the whole budget with nothing selected. */
  override reset(): void {
    this.focusCode = '';
    this.selected = undefined;
    this.expanded = new Set();
    this.showOthers = false;
  }

  /** Drills the chart into a line (its items are shown); '' for the top. */
  drillTo(code: string): void {
    const s = this.loadState;
    if (s.status !== 'ready') return;
    const node = code ? s.data.tree.byKey.get(code) : undefined;
    if (code && (!node || node.children.length === 0)) return;
    this.focusCode = code;
    this.showOthers = false;
    const next = new Set(this.expanded);
    for (const c of budgetPath(s.data.tree, code)) next.add(c);
    this.expanded = next;
  }

  protected readonly kinds = ['budget', 'final-account'] as const;

  static {
    registerKinds(budgetRules, finalAccountRules);
  }
  protected override readonly errorsShownInline = ['sum_mismatch', 'parts_mismatch', 'total_mismatch'];
  protected override readonly datasetLimit = 1;

  /** The dataset named by `compare` (not `previous`, which is the 上年数 printed in the table itself). */
  protected override relatedReads(): RelatedRead[] {
    return this.compare && this.compare !== 'previous' ? [{ kinds: this.kinds, id: this.compare }] : [];
  }

  protected toView({ records, related }: ViewInput<'budget' | 'final-account'>): BudgetViewData {
    const budget = records[0]!.record;
    let other = related[0]?.data as Budget | undefined;
    if (!other && this.compareData) {
      const kind = (this.compareData as { kind?: unknown })?.kind === 'final-account' ? 'final-account' : 'budget';
      other = validate(kind, this.compareData).data;
    }
    return this.model(budget, other);
  }

  /** The first screen from the lines as given, while they are checked (not when comparing with another dataset). */
  protected override preview(data: unknown, cancelled: () => boolean) {
    if (this.compareData !== undefined) return undefined;
    // A budget of a few thousand lines at once; a longer one a slice at a time after the first 30 ms.
    const view = runStepsSoon(this.previewSteps(data), { firstMs: 30, cancelled });
    return view instanceof Promise ? view.then((v) => (v === CANCELLED ? undefined : v)) : view;
  }

  private *previewSteps(data: unknown): Steps<BudgetViewData | undefined> {
    const budget = yield* budgetPreview(data, this.kinds);
    if (!budget) return undefined;
    this.lastTree = { lines: budget.lines, tree: yield* budgetTreeSteps(budget.lines) };
    return this.model(budget);
  }

  /** The lines' tree: built once for the preview and the checked data both, when their lines are the same. */
  private treeOf(lines: readonly BudgetLine[]): BudgetTree {
    const last = this.lastTree;
    if (last && last.lines.length === lines.length && last.lines.every((l, i) => l === lines[i])) return last.tree;
    const tree = buildBudgetTree(lines);
    this.lastTree = { lines, tree };
    return tree;
  }

  private model(budget: Budget, other?: Budget): BudgetViewData {
    const t = STRINGS[this.effectiveLang];
    const tree = this.treeOf(budget.lines);
    let compare: BudgetViewData['compare'];
    if (other) {
      const c = compareBudgets(budget, other);
      const samePhase = budget.phase === other.phase;
      compare = {
        label: samePhase
          ? fill(t.compareYears, { year: budget.year, other: other.year })
          : fill(t.comparePhases, { phase: t[budget.phase], other: t[other.phase] }),
        // Says what the column is: "2025年预算数", not "2025".
        otherLabel: fill(t.otherYear, { year: other.year, phase: t[other.phase] }),
        byCode: new Map(c.lines.map((l) => [l.code ?? '', l])),
      };
    } else if (
      this.compare === 'previous' ||
      (!this.compare && budget.lines.some((l) => l.previous !== undefined || l.change !== undefined))
    ) {
      const keyOf = new Map([...tree.byKey.values()].flatMap((n) => (n.line ? [[n.line, n.key] as const] : [])));
      const rows = compareWithPublishedPrevious(budget);
      compare = {
        label: t.comparePublished,
        otherLabel: t.previousYear,
        byCode: new Map(budget.lines.map((l, i) => [keyOf.get(l)!, rows[i]!])),
      };
    }
    let mismatches = 0;
    for (const n of tree.byKey.values()) if (n.mismatch) mismatches++;
    return { budget, tree, mismatches, compare };
  }

  // ---------- units and figures ----------

  private get shownUnit(): AmountUnit {
    const s = this.loadState;
    return this.unit || (s.status === 'ready' ? s.data.budget.unit : '万元');
  }

  private figure(v: number | null | undefined, withUnit = false): string {
    const s = this.loadState as Ready<BudgetViewData>;
    const lang = this.effectiveLang;
    if (this.display === 'percent' && typeof v === 'number')
      return formatPercent((v / (s.data.tree.total || 1)) * 100, lang, 1, { unsigned: true });
    return formatAmount(v, { unit: s.data.budget.unit, display: this.shownUnit, lang, withUnit });
  }

  private exact(v: number | null | undefined): string {
    const s = this.loadState as Ready<BudgetViewData>;
    return formatAmount(v, {
      unit: s.data.budget.unit,
      display: this.shownUnit,
      lang: this.effectiveLang,
    });
  }

  // ---------- rendering ----------

  protected override render() {
    return html`${this.hostWidth.probe()}${this.renderView()}`;
  }

  private renderView() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<BudgetViewData>;
    const { budget, tree } = ready.data;
    const t = STRINGS[this.effectiveLang];
    const title = budget.title ?? `${budget.department}${budget.year}年${t[budget.phase]}`;
    if (tree.roots.length === 0)
      return html`<p class="gk-status">${t.empty}</p>
        ${this.renderUpdated(ready)}`;
    return html`
      <header part="header">
        <h2>${title}</h2>
        <div class="controls" part="controls">
          <label
            >${t.unit}
            <select @change=${(e: Event) => (this.unit = (e.target as HTMLSelectElement).value as AmountUnit)}>
              ${UNITS.map((u) => html`<option value=${u} ?selected=${u === this.shownUnit}>${unitLabel(u, this.effectiveLang)}</option>`)}
            </select>
          </label>
          <div role="radiogroup" aria-label=${t.show} class="toggle">
            ${(['amount', 'percent'] as const).map(
              (d) =>
                html`<button
                  role="radio"
                  aria-checked=${this.display === d ? 'true' : 'false'}
                  @click=${() => (this.display = d)}
                >
                  ${d === 'amount' ? t.amounts : t.percent}
                </button>`,
            )}
          </div>
          <button class="export" part="export" @click=${() => this.exportCsv()}>${t.exportCsv}</button>
        </div>
        ${renderHeadline(this.headline(ready.data), t, ready.data.compare?.label)}
      </header>
      ${ready.data.mismatches ? html`<p class="warning" role="alert" part="warning">⚠ ${fill(t.mismatchBanner, { n: ready.data.mismatches })}</p>` : nothing}
      ${this.renderBreadcrumb(ready.data)} ${this.renderChart(ready.data, title)}
      ${ready.checking ? this.renderUpdated(ready) : this.renderBelowChart(ready, title)}
    `;
  }

  /**
   * The splits, the table and the published tables: drawn once the data is checked (the first screen
   * is the chart), below it, so nothing above moves when they arrive.
   */
  private renderBelowChart(ready: Ready<BudgetViewData>, title: string) {
    const { budget } = ready.data;
    const t = STRINGS[this.effectiveLang];
    return html`
      ${this.renderSplits(ready.data)} ${this.renderTable(ready.data, title)}
      ${renderRevenue(budget, t, (v) => this.figure(v, true))}
      ${renderPublishedTables(budget, t, (v) => this.figure(v, true), !this.presentation && this.size !== 'kiosk')}
      ${
        budget.explanation
          ? this.presentation
            ? html`<section class="explanation">
                <h3>${t.explanation}</h3>
                ${budget.explanation.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
              </section>`
            : html`<details class="explanation">
                <summary>${t.explanation}</summary>
                ${budget.explanation.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
              </details>`
          : nothing
      }
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  private renderBreadcrumb(data: BudgetViewData) {
    const t = STRINGS[this.effectiveLang];
    const path = budgetPath(data.tree, this.focusCode).map((c) => data.tree.byKey.get(c)!);
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${t.breadcrumb}>
      <ol>
        <li>
          ${path.length ? html`<a href="#" @click=${(e: Event) => this.crumb(e, '')}>${t.all}</a>` : html`<span aria-current="page">${t.all}</span>`}
        </li>
        ${path.map((n, i) =>
          i === path.length - 1
            ? html`<li><span aria-current="page">${codeText(n)}${n.name}</span></li>`
            : html`<li><a href="#" @click=${(e: Event) => this.crumb(e, n.key)}>${codeText(n)}${n.name}</a></li>`,
        )}
      </ol>
    </nav>`;
  }

  private crumb(e: Event, code: string) {
    e.preventDefault();
    this.drillTo(code);
  }

  private renderChart(data: BudgetViewData, title: string) {
    const t = STRINGS[this.effectiveLang];
    const focus = this.focusCode ? data.tree.byKey.get(this.focusCode) : undefined;
    const children = focus ? focus.children : data.tree.roots;
    const width = Math.max(200, this.chartWidth);
    // A wall TV's chart shares its first page with the title and the headline figures.
    const height = this.size === 'kiosk' && !this.presentation ? CHART_HEIGHT * 1.5 : CHART_HEIGHT;
    const cells = layoutCells(children, width, height);
    // Labels at the mode's smallest text size at least (a wall TV's 28 px); a block too small for
    // its label at that size shows none (the table below has every line).
    const fs = Math.max(this.size === 'kiosk' ? 20 : 13, fontFloor(this));
    // A line that is most of the chart (as 208 is in most departments' budgets) shows its own items
    // inside its block, so the first screen tells something instead of one block and two slivers.
    const lhDominant = fs * 1.6;
    const dominant = cells.find((c) => c.node && c.node.children.length > 1 && c.value / sumOf(cells) > 0.8);
    const inner = dominant
      ? layoutCells(dominant.node!.children, dominant.width - 8, dominant.height - lhDominant - 4).map((c) => ({
          ...c,
          x: c.x + dominant.x + 4,
          y: c.y + dominant.y + lhDominant,
          // Not the colour of the block they sit in (the largest line takes the first colour).
          colour: c.colour < 0 ? c.colour : c.colour + 1,
        }))
      : [];
    const measure = textMeasurer(this, fs);
    const others = cells.find((c) => c.others);
    return html`<figure class="chart" part="chart">
      <svg
        role="group"
        aria-label=${fill(t.chart, { title })}
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        font-size=${fs}
      >
        <defs>${Array.from({ length: PATTERNS }, (_, i) => patternDef(i))}</defs>
        ${cells.map((c) => this.renderCell(c, fs, measure))}
        ${inner.map((c) => this.renderCell(c, fs, measure, 'inner'))}
      </svg>
      <p class="cell-info ${this.pointed ? '' : 'hint'}" part="cell-info" aria-live="polite">
        ${this.pointed?.label ?? (this.size === 'kiosk' ? t.cellHintTouch : t.cellHint)}
      </p>
      ${
        others && this.showOthers
          ? html`<div class="others" part="others" role="region" aria-label=${t.othersList}>
              <ul>
                ${others.others!.map((n) => html`<li><button @click=${() => this.activate(n)}>${codeText(n)}${n.name}${COLON[this.effectiveLang]}${this.figure(n.value, true)}${n.computed ? t.computedMark : ''}</button></li>`)}
              </ul>
            </div>`
          : nothing
      }
    </figure>`;
  }

  private renderCell(c: Cell, fs: number, measure: Measure, extra = '') {
    const t = STRINGS[this.effectiveLang];
    const name = c.node ? c.node.name : fill(t.others, { n: c.others!.length });
    const value = this.figure(c.value, true);
    const lh = fs * 1.3;
    const showName = labelFits(c, measure(name), 1, lh);
    const showValue = showName && labelFits(c, Math.max(measure(name), measure(value)), 2, lh);
    const warn = c.node?.mismatch;
    const lang = this.effectiveLang;
    const label = `${c.node ? codeText(c.node) : ''}${name}${COLON[lang]}${this.exact(c.value)}${c.node?.computed ? t.computedMark : ''}${warn ? paren(`⚠ ${t.mismatch.split(/[：:]/)[0]}`, lang) : ''}`;
    return svg`<g class="cell ${extra} ${c.node && c.node.key === this.selected ? 'selected' : ''}" role="button" tabindex="0" data-code=${c.node?.key ?? 'others'}
        @focus=${() => (this.pointed = { label })}
        @mouseenter=${() => (this.pointed = { label })}
        @click=${() => (c.node ? this.activate(c.node) : (this.showOthers = !this.showOthers))}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            if (c.node) this.activate(c.node);
            else this.showOthers = !this.showOthers;
          }
        }}>
      <title>${label}</title>
      <rect class=${chartClass(c.colour)} x=${c.x} y=${c.y} width=${c.width} height=${c.height}></rect>
      <rect class="print-pattern" x=${c.x} y=${c.y} width=${c.width} height=${c.height} fill="url(#gk-pat-${Math.max(0, c.colour) % PATTERNS})"></rect>
      ${showName ? svg`<text class=${onChartClass(c.colour)} x=${c.x + 4} y=${c.y + lh}>${warn ? '⚠ ' : ''}${name}</text>` : nothing}
      ${showValue ? svg`<text class="value ${onChartClass(c.colour)}" x=${c.x + 4} y=${c.y + lh * 2}>${value}</text>` : nothing}
    </g>`;
  }

  /** Drill into a line that has items; select one that has none. */
  private activate(node: BudgetNode) {
    this.select(node);
    if (node.children.length) this.drillTo(node.key);
  }

  private select(node: BudgetNode) {
    this.selected = node.key;
    const s = this.loadState as Ready<BudgetViewData>;
    this.emit('gk-budget-select', { line: node.line, node, path: budgetPath(s.data.tree, node.key) });
  }

  private renderSplits(data: BudgetViewData) {
    const t = STRINGS[this.effectiveLang];
    const focus = this.focusCode ? data.tree.byKey.get(this.focusCode) : undefined;
    const lines = focus ? [focus.line].filter(Boolean) : data.tree.roots.map((r) => r.line).filter(Boolean);
    // A part with a blank line is unknown, never the others' sum: a blank is not a zero.
    const plus = (a: number | null, v: number | null | undefined) =>
      a === null || typeof v !== 'number' ? null : a + v;
    const sum = (f: (l: BudgetLine) => number | null | undefined) =>
      lines.reduce<number | null>((a, l) => plus(a, f(l!)), 0);
    // The printed 合计 row's split when the whole budget is shown and it has one: published, not summed.
    const printed = !focus ? data.budget.total : undefined;
    const kinds: [string, number | null][] = [
      [t.basic, typeof printed?.basic === 'number' ? printed.basic : sum((l) => l.basic)],
      [t.project, typeof printed?.project === 'number' ? printed.project : sum((l) => l.project)],
    ];
    const sources = new Map<string, number | null>();
    for (const l of lines)
      for (const [k, v] of Object.entries(l!.funding ?? {}))
        sources.set(k, plus(sources.has(k) ? sources.get(k)! : 0, v));
    const lang = this.effectiveLang;
    const bar = (label: string, parts: [string, number | null][]) => {
      const known = parts.every((p): p is [string, number] => p[1] !== null);
      const total = parts.reduce((a, [, v]) => a + (v ?? 0), 0);
      if (known && total <= 0) return nothing;
      // Shares only when every part is known; else each part as printed, a blank as 未填报.
      return html`<div class="split" part="split">
        <h3>${label}</h3>
        ${
          known
            ? html`<div class="bar" aria-hidden="true">
                ${parts.map(([, v], i) => html`<span class=${chartClass(i)} ${cssomStyle({ flex: String(v) })}></span>`)}
              </div>`
            : nothing
        }
        <ul>
          ${parts.map(
            ([k, v], i) =>
              html`<li>
                <span class="swatch ${chartClass(i)}"></span>${k}${COLON[lang]}${
                  v === null
                    ? NOT_REPORTED[lang]
                    : html`${this.figure(v, true)}${known ? paren(formatPercent((v / total) * 100, lang, 1, { unsigned: true }), lang) : ''}`
                }
              </li>`,
          )}
        </ul>
      </div>`;
    };
    return html`<div class="splits">
      ${bar(t.byKind, kinds)}
      ${bar(
        t.bySource,
        [...sources].map(([k, v]) => [t[k as keyof (typeof STRINGS)['en']] ?? k, v]),
      )}
    </div>`;
  }

  private visibleRows(data: BudgetViewData): BudgetNode[] {
    const out: BudgetNode[] = [];
    const order = (nodes: BudgetNode[]) =>
      this.sortBy === 'amount' ? [...nodes].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)) : nodes;
    const walk = (nodes: BudgetNode[]) => {
      for (const n of order(nodes)) {
        out.push(n);
        if (this.expanded.has(n.key)) walk(n.children);
      }
    };
    walk(data.tree.roots);
    return out;
  }

  private renderTable(data: BudgetViewData, title: string) {
    const t = STRINGS[this.effectiveLang];
    const rows = this.visibleRows(data);
    const cmp = data.compare;
    const u = this.display === 'percent' ? '%' : unitLabel(this.shownUnit, this.effectiveLang);
    const focusRow = this.rowFocus && rows.some((r) => r.key === this.rowFocus) ? this.rowFocus : rows[0]?.key;
    // In a narrow box each line is a card (narrowCards); the scroll box is for a box just too narrow for the table.
    return html`<div
      class="table-scroll gk-scroll-x holds-cards holds-narrow-cards"
      role="region"
      tabindex="0"
      aria-label=${fill(t.table, { title })}
    >
      <table
        class="cards narrow-cards"
        role="treegrid"
        part="table"
        aria-label=${fill(t.table, { title })}
        @keydown=${this.onTableKey}
      >
        <thead>
          <tr>
            <th scope="col">${t.code}</th>
            <th scope="col">${t.name}</th>
            <th scope="col" aria-sort=${this.sortBy === 'amount' ? 'descending' : 'none'}>
              <button class="sort" @click=${() => (this.sortBy = this.sortBy === 'amount' ? 'code' : 'amount')}>
                ${t.total}${paren(u, this.effectiveLang)}
              </button>
            </th>
            <th scope="col">${t.basic}</th>
            <th scope="col">${t.project}</th>
            ${
              cmp
                ? html`<th scope="col">${cmp.otherLabel}</th>
                    <th scope="col">${t.change}</th>
                    <th scope="col">${t.changePct}</th>`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${rows.map((n) => {
            const level = { class: 1, section: 2, item: 3 }[n.level];
            const hasKids = n.children.length > 0;
            const c = cmp?.byCode.get(n.key);
            return html`<tr
              class="level-${level} ${n.key === this.selected ? 'selected' : ''} ${n.mismatch ? 'mismatch' : ''}"
              data-code=${n.key}
              aria-level=${level}
              aria-expanded=${hasKids ? (this.expanded.has(n.key) ? 'true' : 'false') : nothing}
              aria-selected=${n.key === this.selected ? 'true' : 'false'}
              tabindex=${n.key === focusRow ? 0 : -1}
              @click=${(e: Event) => {
                if ((e.target as HTMLElement).closest('button')) return;
                this.rowFocus = n.key;
                this.select(n);
              }}
            >
              <td class="code">
                ${
                  hasKids
                    ? html`<button
                        class="twisty"
                        tabindex="-1"
                        aria-label=${this.expanded.has(n.key) ? t.collapse : t.expand}
                        @click=${() => this.toggle(n.key)}
                      >
                        ${this.expanded.has(n.key) ? '▾' : '▸'}
                      </button>`
                    : html`<span class="twisty-space"></span>`
                }${n.code ?? html`<span class="no-code" title=${t.noCodeTitle}>${t.noCode}</span>`}
              </td>
              <td class="name">
                ${n.name}
                ${n.mismatch ? html`<div class="mismatch-note" role="note">⚠ ${fill(t.mismatch, { reported: this.exact(n.line?.total), computed: this.exact(n.childrenSum) })}</div>` : nothing}
              </td>
              <td class="num" title=${this.exact(n.total)} data-label=${t.total + paren(u, this.effectiveLang)}>
                ${this.figure(n.total)}
                ${n.computed ? html`<div class="computed" title=${t.computedTitle}>${fill(t.computedSum, { sum: this.figure(n.childrenSum) })}</div>` : nothing}
              </td>
              <td class="num" data-label=${t.basic}>${this.display === 'percent' ? '' : this.figure(n.line?.basic)}</td>
              <td class="num" data-label=${t.project}>
                ${this.display === 'percent' ? '' : this.figure(n.line?.project)}
              </td>
              ${
                cmp
                  ? html`<td class="num" data-label=${cmp.otherLabel}>${this.figure(c?.previous)}</td>
                      ${renderChangeCells(c, {
                        t,
                        lang: this.effectiveLang,
                        figure: (v) => this.figure(v),
                        printed: (v, digits) => this.printedFigure(v, digits),
                      })}`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** A printed change amount, in the shown unit, with the decimals printed (never more). */
  private printedFigure(v: number, digits: number | undefined): string {
    const s = this.loadState as Ready<BudgetViewData>;
    if (this.shownUnit !== s.data.budget.unit) return this.figure(v);
    return formatAmount(v, { unit: s.data.budget.unit, lang: this.effectiveLang, decimals: digits, withUnit: false });
  }

  /** The figure the header states: the printed 合计 when there is one, our sum beside it when it differs. */
  private headline(data: BudgetViewData): Headline {
    const printed = data.budget.total?.total;
    const computed = data.tree.total;
    const f = (v: number | null | undefined) => this.figure(v, true);
    if (typeof printed !== 'number') return { shown: f(computed), computed: true };
    const gap = Math.abs(printed - computed) > sumTolerance(data.tree.roots.length);
    return {
      shown: f(printed),
      computed: false,
      beside: gap && data.tree.roots.length ? { sum: f(computed), partial: computed < printed } : undefined,
    };
  }

  private toggle(code: string) {
    const next = new Set(this.expanded);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    this.expanded = next;
  }

  private onTableKey = (e: KeyboardEvent) => {
    const tr = (e.target as HTMLElement).closest('tr[data-code]') as HTMLElement | null;
    const s = this.loadState;
    if (!tr || s.status !== 'ready') return;
    const code = tr.dataset.code!;
    const node = s.data.tree.byKey.get(code)!;
    const rows = this.visibleRows(s.data);
    const i = rows.findIndex((r) => r.key === code);
    let target: string | undefined;
    switch (e.key) {
      case 'ArrowDown':
        target = rows[i + 1]?.key;
        break;
      case 'ArrowUp':
        target = rows[i - 1]?.key;
        break;
      case 'Home':
        target = rows[0]?.key;
        break;
      case 'End':
        target = rows.at(-1)?.key;
        break;
      case 'ArrowRight':
        if (node.children.length && !this.expanded.has(code)) this.toggle(code);
        else target = node.children[0]?.key;
        break;
      case 'ArrowLeft':
        if (this.expanded.has(code)) this.toggle(code);
        else target = node.parentKey;
        break;
      case 'Enter':
      case ' ':
        this.activate(node);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (target) {
      this.rowFocus = target;
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`tr[data-code="${CSS.escape(target)}"]`)?.focus(),
      );
    }
  };

  /** The rows the table shows now, as Excel-ready CSV; also offered as a download. */
  exportCsv({ download = true } = {}): string {
    const s = this.loadState;
    if (s.status !== 'ready') return '';
    const t = STRINGS[this.effectiveLang];
    const cmp = s.data.compare;
    const inUnit = paren(unitLabel(this.shownUnit, this.effectiveLang), this.effectiveLang);
    const num = (v: number | null | undefined) =>
      typeof v === 'number' ? String(convertAmount(v, s.data.budget.unit, this.shownUnit)) : '';
    const header = [
      t.code,
      t.name,
      t.total + inUnit,
      t.basic + inUnit,
      t.project + inUnit,
      ...(cmp ? [cmp.otherLabel + inUnit, t.change + inUnit, t.changePct] : []),
    ];
    const rows = this.visibleRows(s.data).map((n) => {
      const c = cmp?.byCode.get(n.key);
      return [
        n.code ?? '',
        n.name,
        num(n.total),
        num(n.line?.basic),
        num(n.line?.project),
        ...(cmp
          ? [
              num(c?.previous),
              num(c?.delta),
              c?.percent === null || c?.percent === undefined ? '' : c.percent.toFixed(2),
            ]
          : []),
      ];
    });
    const csv = toCsv([header, ...rows]);
    if (download) downloadCsv(`${s.data.budget.id}.csv`, csv);
    return csv;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Small changes (a scrollbar appearing) do not redraw the chart.
    const w = this.hostWidth.value ?? 0;
    if (w > 0 && Math.abs(w - this.chartWidth) > 4) this.chartWidth = w;
    // A new dataset starts at the top.
    if (
      changed.has('loadState' as keyof GkBudgetViewer) &&
      this.loadState.status === 'ready' &&
      this.focusCode &&
      !this.loadState.data.tree.byKey.has(this.focusCode)
    )
      this.focusCode = '';
  }
}

const sumOf = (cells: readonly Cell[]) => cells.reduce((t, c) => t + c.value, 0);

/** The printed code and a space, or nothing for a row printed without one. */
const codeText = (n: BudgetNode): string => (n.code ? `${n.code} ` : '');

/** Print-only hatching, one kind per colour, so black-and-white copies keep cells apart. */
function patternDef(i: number) {
  const paths = ['M0,8 L8,0', 'M0,0 L8,8', 'M4,0 L4,8', 'M0,4 L8,4', 'M0,0 L8,8 M8,0 L0,8', 'M2,2 h1 M6,6 h1'];
  return svg`<pattern id="gk-pat-${i}" width="8" height="8" patternUnits="userSpaceOnUse"><path d=${paths[i % paths.length]!} stroke="#000" stroke-width="1"></path></pattern>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-budget-viewer': GkBudgetViewer;
  }
  interface HTMLElementEventMap {
    'gk-budget-select': CustomEvent<GkBudgetSelectDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-budget-select': GkBudgetSelectDetail;
  }
}
