/**
 * <gk-process-flow>: an approval flowchart (审批流程图) laid out from the data — node kinds drawn
 * differently, labelled edges including loops back, owner and time limit on each step, the total
 * promised time, optional swimlanes, orientation that follows the space, keyboard selection,
 * pan/zoom, SVG export, and the same procedure as an ordered text list for screen readers.
 */
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  formatIssue,
  issuesUnder,
  formatWorkingDays,
  MAX_CHART_NODES,
  processGraph,
  publishedTimesFor,
  timeLimitText,
  type PublishedTimes,
  type Process,
  type ProcessGraph,
  type ProcessNode,
  type ValidationIssue,
  processRules,
  registerKinds,
} from '@gongkai/sdk/core';
import { textMeasurer } from '../util/measure-text.js';
import { fontFloor } from '../util/font-floor.js';
import { WidthController } from '../util/width-controller.js';
import { GkDataElement, type Problem, type Ready, type RelatedRead, type ViewInput } from '../base/data-element.js';
import { relatedRecords } from '../base/read-input.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { COLON, fill } from '../util/lang.js';
import { layoutProcess, layoutReady, loadLayout, type Direction, type FlowLayout, type PlacedNode } from './layout.js';
import { processFlowStyles } from './process-flow.styles.js';
import { STRINGS } from './strings.js';
import { exportSvg } from './export-svg.js';
import { nearestInDirection } from './keyboard.js';

export interface ProcessFlowData {
  process: Process;
  /** Semantic errors of this process; when present the chart is not drawn. */
  problems: ValidationIssue[];
  /** The 承诺/法定 time of the feed's guides carried out through this process, when they agree. */
  published?: PublishedTimes;
}

export interface GkStepSelectDetail {
  node: ProcessNode;
  process: Process;
}

/**
 * The text version is rendered this many steps per task: a 10,000-step list in one go held the page
 * for seconds; a slice of 250 steps is a few milliseconds, and the page answers between slices.
 */
const TEXT_SLICE = 250;

/** Narrower than this (or a portrait screen), the chart runs top-down. */
const NARROW = 720;
/** The step meta's size (owner, days) against the chart's type size: its smallest text (styles `.meta`). */
const META_EM = 0.82;

/**
 * @tagname gk-process-flow
 * @fires {GkStepSelectDetail} gk-step-select - A step was clicked or focused; `detail.node`, `detail.process`.
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart toolbar - The total time, lanes switch, zoom and export buttons.
 * @csspart total - The published 承诺/法定 time (the guide's); the steps' longest-path sum beside it when longer.
 * @csspart export - The SVG download button.
 * @csspart viewport - The scrolling, pannable box around the chart.
 * @csspart chart - The flowchart (SVG).
 * @csspart details - The details of the selected step.
 * @csspart text-version - The procedure as an ordered list, for screen readers.
 * @csspart problems - The list of what is wrong with the process, shown instead of the chart.
 * @cssprop --gk-process-flow-node-bg - Fill of a step (default: --gk-color-bg).
 * @cssprop --gk-process-flow-node-border - Outline of a step (default: --gk-color-text).
 * @cssprop --gk-process-flow-start-bg - Fill of the start and end (default: --gk-color-success-bg).
 * @cssprop --gk-process-flow-decision-bg - Fill of a decision (default: --gk-color-warning-bg).
 * @cssprop --gk-process-flow-edge - Colour of the arrows (default: --gk-color-muted).
 * @cssprop --gk-process-flow-active - Outline of the step where an application stands (default: --gk-color-primary).
 * @cssprop --gk-process-flow-max-height - Height of the chart's box before it scrolls (default 80vh).
 */
export class GkProcessFlow extends GkDataElement<ProcessFlowData, 'process'> {
  static override styles = [tokens, themes, controls, processFlowStyles];

  /** Id of the process in the feed or dataset; default the first one. */
  @property({ attribute: 'process' }) processId?: string;
  /** Node id of where an application stands; highlighted. */
  @property({ attribute: 'active-step' }) activeStep?: string;
  /** `auto` (top-down when narrow or portrait), `tb` or `lr`. */
  @property() orientation: 'auto' | 'tb' | 'lr' = 'auto';
  /** Swimlanes by owner (窗口 / 科室 / 领导). */
  @property({ type: Boolean, reflect: true }) lanes = false;
  /**
   * The guide's promised time (承诺时限, working days), shown as the procedure's time; the steps' own
   * times are never stated as the promise. Default: the feed's guides that refer to this process.
   */
  @property({ type: Number, attribute: 'promised-days' }) promisedDays?: number;
  /** The guide's legal time limit (法定时限, working days); default as for `promisedDays`. */
  @property({ type: Number, attribute: 'legal-days' }) legalDays?: number;
  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected override readonly reloadKeys = ['processId'];

  private autoDirection: Direction = 'LR';
  /** Set when the chart is too wide for a hall screen at its type size: it runs top-down there. */
  private hallTopDown = false;
  @state() private layoutLoaded = layoutReady();
  /** The layout code could not be fetched (offline, or not copied beside the script). */
  @state() private layoutFailed = false;
  @state() private zoom = 1;
  @state() private selectedId?: string;
  @query('.viewport') private viewport?: HTMLElement;
  @query('svg.chart') private chart?: SVGSVGElement;

  private layout?: FlowLayout;
  private userZoomed = false;
  /** How many steps of the text version are rendered so far (more, a slice per task, until all are). */
  @state() private textShown = TEXT_SLICE;
  private textTimer?: ReturnType<typeof setTimeout>;
  /** What is worked out once per process, not on every render: its edges indexed, its total time. */
  private facts?: { process: Process; graph: ProcessGraph };
  /** The widget's width: narrow boxes (or portrait screens) get a top-down chart. */
  private readonly hostWidth = new WidthController(this);
  private pan?: { x: number; y: number; id: number };

  /** The direction in use now. */
  get direction(): Direction {
    return this.orientation === 'tb' ? 'TB' : this.orientation === 'lr' ? 'LR' : this.autoDirection;
  }

  /** Clears the selection (a kiosk does this when a user walks away). */
  override reset(): void {
    this.selectedId = undefined;
    this.userZoomed = false;
  }

  /** The chart as a standalone SVG file (styles inlined); also offered as a download. */
  exportSvg({ download = true } = {}): string {
    const name = this.loadState.status === 'ready' ? this.loadState.data.process.name : 'process';
    return this.chart ? exportSvg(this.chart, name, download) : '';
  }

  /** The time as published: the guide's, given or from the feed; a time set here wins over the feed's. */
  private totalText(data: ProcessFlowData): string {
    const given = this.promisedDays !== undefined || this.legalDays !== undefined;
    const published = given ? { promisedDays: this.promisedDays, legalDays: this.legalDays } : data.published;
    return timeLimitText(data.process, published, this.effectiveLang);
  }

  /** The feed's guides, for the time they publish for this process. */
  protected override relatedReads(): RelatedRead[] {
    return [{ kinds: ['service-guide'] }];
  }

  protected readonly kinds = ['process'] as const;

  static {
    registerKinds(processRules);
  }
  /** A process's own errors are listed in place of its chart; another process's errors are noticed. */
  protected override readonly errorsShownInline = [
    'duplicate_id',
    'edge_unknown_node',
    'no_start',
    'no_end',
    'unreachable',
    'nodes_too_few',
  ];

  /** The process named by `process` (default the first), with the semantic errors of that process alone. */
  protected toView({ records, issues, related, fromData }: ViewInput<'process'>): ProcessFlowData | Problem {
    const named = this.processId ? records.find((r) => r.record.id === this.processId) : undefined;
    // Given as .data, a process is shown even when the `process` attribute names another one.
    const entry = named ?? (this.processId && !fromData ? undefined : records[0]);
    if (!entry) {
      const id = this.processId ?? '';
      return { error: { 'zh-CN': `没有流程“${id}”`, en: `no process "${id}"` }, issues: [] };
    }
    // Its own issues: from its dataset, or (a process given on its own) from what was given.
    const own = issuesUnder(entry.source?.issues ?? issues, entry.at);
    const published = publishedTimesFor(entry.record.id, relatedRecords(related, 'service-guide'));
    return { process: entry.record, problems: own.filter((i) => i.severity === 'error'), published };
  }

  private get fontSize(): number {
    return parseFloat(getComputedStyle(this).fontSize) || 16;
  }

  private metaFor = (n: ProcessNode): string[] => {
    const lang = this.effectiveLang;
    const out: string[] = [];
    if (n.owner) out.push(n.owner);
    if (n.days !== undefined) out.push(formatWorkingDays(n.days, lang));
    return out;
  };

  /** Printing does not wait for the next slice: every step of the text version is rendered first. */
  private readonly onBeforePrint = () => {
    this.textShown = Number.MAX_SAFE_INTEGER;
    this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  private factsOf(process: Process) {
    if (this.facts?.process !== process) this.facts = { process, graph: processGraph(process) };
    return this.facts;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loadState' as keyof GkProcessFlow)) this.textShown = TEXT_SLICE;
    const width = this.hostWidth.value ?? 0;
    if (changed.has('loadState' as keyof GkProcessFlow)) this.hallTopDown = false;
    const direction: Direction =
      width > 0 && (width < NARROW || innerHeight > innerWidth || this.hallTopDown) ? 'TB' : 'LR';
    const turned = width > 0 && direction !== this.autoDirection;
    if (turned) this.autoDirection = direction;
    const s = this.loadState;
    if (s.status !== 'ready' || s.data.problems.length) {
      this.layout = undefined;
      return;
    }
    if (!this.layoutLoaded) {
      // Tried again whenever the data comes again (a kiosk refresh), in case the network is back.
      if (!this.layoutFailed || changed.has('loadState' as keyof GkProcessFlow)) {
        void loadLayout().then(
          () => (this.layoutLoaded = true),
          () => (this.layoutFailed = true),
        );
      }
      return;
    }
    // Past a few hundred steps a chart is unreadable and slow to lay out: the text version shows them.
    if (s.data.process.nodes.length > MAX_CHART_NODES) {
      this.layout = undefined;
      this.layoutFailed = true;
      return;
    }
    // A layout that failed is tried again only for new data, not on every update.
    if (this.layoutFailed && !changed.has('loadState' as keyof GkProcessFlow)) return;
    if (changed.has('loadState' as keyof GkProcessFlow)) this.layoutFailed = false;
    const keys = ['loadState', 'orientation', 'lanes', 'lang', 'size', 'presentation', 'layoutLoaded'];
    const fontSize = this.fontSize;
    const hall = this.presentation || this.size === 'kiosk';
    const lay = () =>
      layoutProcess(s.data.process, {
        direction: this.direction,
        lanes: this.lanes,
        measure: textMeasurer(this, fontSize, 600),
        fontSize,
        meta: this.metaFor,
      });
    try {
      if (!this.layout || turned || keys.some((k) => changed.has(k as keyof GkProcessFlow))) this.layout = lay();
      // A hall screen pages down, never sideways: a chart too wide to read across it at the hall's
      // type size runs top-down instead, and the screen shows it a page at a time.
      if (
        hall &&
        this.orientation === 'auto' &&
        this.direction === 'LR' &&
        this.clientWidth > 0 &&
        this.layout.width * this.readableZoom(this.layout) > this.clientWidth - 2
      ) {
        this.autoDirection = 'TB';
        this.hallTopDown = true;
        this.layout = lay();
      }
      // Still too wide top-down (parallel steps side by side on a portrait screen): a hall screen
      // cannot scroll sideways, and the chart is never shrunk below the hall's type, so the steps are
      // shown as the text version instead of a chart cut at the screen's edge.
      if (
        hall &&
        this.clientWidth > 0 &&
        drawnWidth(this.layout) * this.readableZoom(this.layout) > this.clientWidth - 2
      ) {
        this.layout = undefined;
        this.layoutFailed = true;
        return;
      }
    } catch (e) {
      // The chart is an optional part: when it cannot be laid out, the steps stay readable as text.
      console.error(`<gk-process-flow>: the chart cannot be drawn / 流程图无法绘制: ${String(e)}`);
      this.layout = undefined;
      this.layoutFailed = true;
      return;
    }
    // A chart wider than its box starts fitted to the width (until the user zooms); decided
    // here, before rendering, so the chart is drawn once at its final size.
    // Never below a readable size, though (its smallest text, the 0.82em step meta, at 12 px, or at
    // the hall's smallest size on a kiosk or TV): a wider chart scrolls inside its box instead.
    if (!this.userZoomed && this.clientWidth > 0) {
      this.zoom = Math.max(this.readableZoom(this.layout), Math.min(1, (this.clientWidth - 2) / this.layout.width));
    }
  }

  /** The least zoom at which the chart's smallest text (the 0.82em step meta) is readable in this mode. */
  private readableZoom(l: FlowLayout): number {
    return Math.max(12.2, fontFloor(this) + 0.2) / (l.fontSize * META_EM);
  }

  protected override render() {
    return html`${this.hostWidth.probe()}${this.renderView()}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.renderMoreText();
  }

  private renderView() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<ProcessFlowData>;
    const { process, problems } = ready.data;
    const t = STRINGS[this.effectiveLang];
    if (problems.length) {
      return html`<div class="problems" part="problems" role="alert">
        <p>${t.invalid}</p>
        <ul>
          ${problems.map((i) => html`<li>${formatIssue(i, this.effectiveLang)}</li>`)}
        </ul>
      </div>`;
    }
    return html`
      <div class="toolbar" part="toolbar">
        <span class="total" part="total">${this.totalText(ready.data)}</span>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.lanes}
            @change=${(e: Event) => (this.lanes = (e.target as HTMLInputElement).checked)}
          />${t.lanes}</label
        >
        <button @click=${() => this.zoomBy(1 / 1.25)} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
        <button @click=${() => this.zoomBy(1.25)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
        <button @click=${this.fitWidth}>${t.fit}</button>
        <button part="export" @click=${() => this.exportSvg()}>${t.exportSvg}</button>
      </div>
      ${
        this.layout
          ? this.renderChart(this.layout, process)
          : this.layoutFailed
            ? html`<div class="gk-status" role="status">${t.noChart}</div>`
            : html`<div class="gk-status" role="status" aria-busy="true">${t.drawing}</div>`
      }
      ${this.renderDetails(process)} ${this.renderTextVersion(process)} ${this.renderUpdated(ready)}
      ${this.renderIssues(ready.issues)}
    `;
  }

  private renderChart(l: FlowLayout, process: Process) {
    const t = STRINGS[this.effectiveLang];
    const fs = l.fontSize;
    const lh = fs * 1.35;
    const focusId =
      this.selectedId ?? this.activeStep ?? process.nodes.find((n) => n.kind === 'start')?.id ?? process.nodes[0]?.id;
    return html`<div
      class="viewport gk-scroll-x"
      part="viewport"
      role="region"
      tabindex="0"
      aria-label=${fill(t.chart, { name: process.name })}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
    >
      <svg
        class="chart"
        part="chart"
        role="group"
        aria-label=${fill(t.chart, { name: process.name })}
        width=${Math.ceil(l.width * this.zoom)}
        height=${Math.ceil(l.height * this.zoom)}
        viewBox="0 0 ${Math.ceil(l.width)} ${Math.ceil(l.height)}"
        font-size=${fs}
        @keydown=${this.onKeyDown}
      >
        <defs>
          <marker
            id="gk-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path class="arrow" d="M0,0 L10,5 L0,10 z"></path>
          </marker>
        </defs>
        ${l.lanes.map(
          (
            lane,
          ) => svg`<g class="lane" aria-hidden="true"><rect x=${lane.x} y=${lane.y} width=${lane.width} height=${lane.height}></rect>
            <text x=${lane.x + 6} y=${lane.y + fs * 1.2}>${lane.name}</text></g>`,
        )}
        ${l.edges.map((e) => {
          const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
          return svg`<g class="edge-group" aria-hidden="true">
            <path class="edge ${e.back ? 'back' : ''}" d=${d} marker-end="url(#gk-arrow)"></path>
            ${
              e.label
                ? svg`<g class="edge-label"><rect x=${e.labelX - e.labelWidth / 2} y=${e.labelY - lh / 2} width=${e.labelWidth} height=${lh} rx="3"></rect>
                  <text x=${e.labelX} y=${e.labelY} text-anchor="middle" dominant-baseline="central">${e.label}</text></g>`
                : nothing
            }
          </g>`;
        })}
        ${l.nodes.map((p) => this.renderNode(p, p.node.id === focusId, lh))}
      </svg>
    </div>`;
  }

  private renderNode(p: PlacedNode, tabStop: boolean, lh: number) {
    const n = p.node;
    const t = STRINGS[this.effectiveLang];
    const x0 = p.x - p.width / 2;
    const y0 = p.y - p.height / 2;
    const shape =
      n.kind === 'decision'
        ? svg`<polygon class="shape" points="${p.x},${y0} ${x0 + p.width},${p.y} ${p.x},${y0 + p.height} ${x0},${p.y}"></polygon>`
        : svg`<rect class="shape" x=${x0} y=${y0} width=${p.width} height=${p.height} rx=${n.kind === 'step' ? 4 : p.height / 2}></rect>`;
    const lines = [
      ...p.lines.map((text) => ({ text, cls: 'label' })),
      ...p.meta.map((text) => ({ text, cls: 'meta' })),
    ];
    const top = p.y - ((lines.length - 1) * lh) / 2;
    const active = n.id === this.activeStep;
    // The accessible name (SVG <title>, also a tooltip): the visible text, then the kind of node.
    const label = `${[n.label, ...p.meta].join('，')}（${[t[n.kind], active ? t.current : ''].filter(Boolean).join('，')}）`;
    return svg`<g
      data-page-unit
      class="node ${n.kind} ${active ? 'active' : ''} ${n.id === this.selectedId ? 'selected' : ''}"
      data-id=${n.id}
      role="button"
      tabindex=${tabStop ? 0 : -1}
      aria-current=${active ? 'step' : 'false'}
      @click=${() => this.select(n.id, true)}
      @focus=${() => this.select(n.id, false)}
    >
      <title>${label}</title>
      <rect class="focus-ring" x=${x0 - 4} y=${y0 - 4} width=${p.width + 8} height=${p.height + 8} rx="6"></rect>
      ${shape}
      ${lines.map((l, i) => svg`<text class=${l.cls} x=${p.x} y=${top + i * lh} text-anchor="middle" dominant-baseline="central">${l.text}</text>`)}
    </g>`;
  }

  private renderDetails(process: Process) {
    const node = this.selectedId === undefined ? undefined : this.factsOf(process).graph.node(this.selectedId);
    const t = STRINGS[this.effectiveLang];
    return html`<div class="details-region" aria-live="polite">
      ${
        node
          ? html`<div class="details" part="details">
              <h3>${t.details}${COLON[this.effectiveLang]}${node.label}</h3>
              ${node.owner ? html`<p>${t.owner}${COLON[this.effectiveLang]}${node.owner}</p>` : nothing}
              ${
                node.days !== undefined
                  ? html`<p>
                      ${t.days}${COLON[this.effectiveLang]}${formatWorkingDays(node.days, this.effectiveLang)}
                    </p>`
                  : node.kind === 'step' || node.kind === 'decision'
                    ? html`<p>${t.days}${COLON[this.effectiveLang]}${t.daysUnknown}</p>`
                    : nothing
              }
              ${node.description ? html`<p>${node.description}</p>` : nothing}
              ${node.criteria ? html`<p>${t.criteria}${COLON[this.effectiveLang]}${node.criteria}</p>` : nothing}
              ${node.result ? html`<p>${t.stepResult}${COLON[this.effectiveLang]}${node.result}</p>` : nothing}
              ${this.nextSteps(process, node).length ? html`<p>${t.next}${COLON[this.effectiveLang]}${this.nextSteps(process, node).join('；')}</p>` : nothing}
            </div>`
          : nothing
      }
    </div>`;
  }

  private nextSteps(process: Process, node: ProcessNode): string[] {
    return this.factsOf(process)
      .graph.next(node.id)
      .map(({ edge, to }) => (edge.label ? `${edge.label} → ${to?.label ?? edge.to}` : (to?.label ?? edge.to)));
  }

  /**
   * The steps as an ordered list, rendered a slice at a time (see TEXT_SLICE); each slice is built
   * once per process and language, so adding a slice does not redo the ones before it.
   */
  private renderTextVersion(process: Process) {
    const t = STRINGS[this.effectiveLang];
    const lang = this.effectiveLang;
    // Without a chart (it could not be drawn), the steps are shown to everyone, not only read out.
    const hidden = this.layout !== undefined || !this.layoutFailed;
    const shown = Math.min(this.textShown, process.nodes.length);
    const slices: number[] = [];
    for (let from = 0; from < shown; from += TEXT_SLICE) slices.push(from);
    return html`<section
      class=${hidden ? 'visually-hidden' : 'text-version'}
      part="text-version"
      aria-label=${t.textVersion}
    >
      <h3>${t.textVersion}${COLON[lang]}${process.name}</h3>
      <ol aria-busy=${shown < process.nodes.length ? 'true' : 'false'}>
        ${slices.map((from) =>
          guard([process, lang, from], () =>
            process.nodes.slice(from, from + TEXT_SLICE).map((n) => {
              const meta = this.metaFor(n).join('，');
              const next = this.nextSteps(process, n);
              return html`<li>
                ${n.label}${meta ? `（${meta}）` : ''}${next.length ? `。${t.next}${COLON[lang]}${next.join('；')}` : ''}
                ${n.criteria ? `。${t.criteria}${COLON[lang]}${n.criteria}` : ''}${n.result ? `。${t.stepResult}${COLON[lang]}${n.result}` : ''}
              </li>`;
            }),
          ),
        )}
      </ol>
    </section>`;
  }

  /** Asks for the next slice of the text version in a task of its own, until every step is listed. */
  private renderMoreText(): void {
    const s = this.loadState;
    if (this.textTimer !== undefined || s.status !== 'ready' || s.data.problems.length) return;
    if (this.textShown >= s.data.process.nodes.length) return;
    this.textTimer = setTimeout(() => {
      this.textTimer = undefined;
      this.textShown += TEXT_SLICE;
    });
  }

  private select(id: string, fromClick: boolean) {
    const s = this.loadState;
    if (s.status !== 'ready') return;
    const node = this.factsOf(s.data.process).graph.node(id);
    if (!node || (this.selectedId === id && !fromClick)) return;
    this.selectedId = id;
    this.emit('gk-step-select', { node, process: s.data.process });
  }

  private onKeyDown = (e: KeyboardEvent) => {
    const from = (e.target as Element).closest?.('.node')?.getAttribute('data-id');
    if (!from || !this.layout) return;
    const nodes = this.layout.nodes;
    let to: string | undefined;
    if (e.key === 'Home') to = nodes[0]?.node.id;
    else if (e.key === 'End') to = nodes.at(-1)?.node.id;
    else if (e.key.startsWith('Arrow'))
      to = nearestInDirection(nodes, from, e.key as 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight');
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(from, true);
      return;
    } else return;
    e.preventDefault();
    if (!to) return;
    this.selectedId = undefined;
    this.select(to, true);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<SVGGElement>(`.node[data-id="${CSS.escape(to!)}"]`)?.focus(),
    );
  };

  private zoomBy(f: number) {
    this.userZoomed = true;
    this.zoom = Math.min(4, Math.max(0.2, this.zoom * f));
  }

  private fitWidth = () => {
    const v = this.viewport;
    if (!v || !this.layout) return;
    this.userZoomed = true;
    this.zoom = Math.min(2, (v.clientWidth - 2) / this.layout.width);
  };

  private onPointerDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('.node') || e.button !== 0) return;
    this.pan = { x: e.clientX, y: e.clientY, id: e.pointerId };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    (e.currentTarget as HTMLElement).classList.add('panning');
  };

  private onPointerMove = (e: PointerEvent) => {
    if (!this.pan || e.pointerId !== this.pan.id) return;
    const v = e.currentTarget as HTMLElement;
    v.scrollLeft -= e.clientX - this.pan.x;
    v.scrollTop -= e.clientY - this.pan.y;
    this.pan = { ...this.pan, x: e.clientX, y: e.clientY };
  };

  private onPointerUp = (e: PointerEvent) => {
    this.pan = undefined;
    (e.currentTarget as HTMLElement).classList.remove('panning');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-process-flow': GkProcessFlow;
  }
  interface HTMLElementEventMap {
    'gk-step-select': CustomEvent<GkStepSelectDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-step-select': GkStepSelectDetail;
  }
}

/** How far right anything of the chart is drawn: its nodes and its edges' labels (which may pass its width). */
function drawnWidth(l: FlowLayout): number {
  let right = l.width;
  for (const n of l.nodes) right = Math.max(right, n.x + n.width / 2);
  for (const e of l.edges) if (e.label) right = Math.max(right, e.labelX + e.labelWidth / 2);
  return right;
}
