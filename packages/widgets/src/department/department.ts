/**
 * <gk-department>: one tag for a department's whole 一权三收四办 from its feed — 职权 (power list),
 * 收费 (fee table), 办事 (guides with their flowcharts), 预决算, 三公, and the 四办 results, service rules
 * and supervision, as tabs. A section is shown
 * only when the feed has data for it. The section (and the guide) is in the URL hash (`#fees`,
 * `#services/guide-dibao`), so a CMS menu can link straight to it. Each section's element loads
 * when the section is first shown.
 */
import { ALL_KINDS, registerKinds } from '@gongkai/sdk/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { departmentStyles } from './department.styles.js';
import { STRINGS, fill } from './strings.js';

export const SECTIONS = [
  'powers',
  'fees',
  'services',
  'budget',
  'three-public',
  'results',
  'rules',
  'supervision',
] as const;
export type SectionId = (typeof SECTIONS)[number];

const KINDS = [
  'power-list',
  'fee-list',
  'service-guide',
  'budget',
  'final-account',
  'three-public',
  'results',
  'service-rules',
  'supervision',
] as const;
type Kind = (typeof KINDS)[number];

export interface DepartmentData {
  /** The department shown: the `department` attribute, or the one every record names. */
  name?: string;
  powers: number;
  fees: number;
  guides: { id: string; name: string }[];
  /** Budgets and final accounts, newest year first. */
  budgets: { id: string; kind: 'budget' | 'final-account'; year: number }[];
  threePublic: { id: string; year: number }[];
  /** The department's results, service rules and supervision datasets (one each is shown). */
  results?: string;
  rules?: string;
  supervision?: string;
}

export interface GkSectionChangeDetail {
  section: SectionId;
}

/** The element module each section shows, loaded on first need. */
const MODULES: Record<SectionId, () => Promise<unknown>> = {
  powers: () => import('../power-list/index.js'),
  fees: () => import('../fee-table/index.js'),
  services: () => import('../service-guide/index.js'),
  budget: () => import('../budget-viewer/index.js'),
  'three-public': () => import('../three-public/index.js'),
  results: () => import('../results/index.js'),
  rules: () => import('../service-rules/index.js'),
  supervision: () => import('../supervision/index.js'),
};

/**
 * @tagname gk-department
 * @fires {GkSectionChangeDetail} gk-section-change - Another section was chosen; `detail.section`.
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart header - The department's name.
 * @csspart tabs - The row of section tabs.
 * @csspart tab - Each tab.
 * @csspart panel - The section shown.
 * @csspart picker - The choice of guide or budget inside a section.
 * @cssprop --gk-department-tab-active - Colour of the chosen tab's mark (default: --gk-color-primary).
 */
export class GkDepartment extends GkDataElement<DepartmentData, Kind> {
  static override styles = [tokens, themes, controls, departmentStyles];

  /** The department (as its records name it: 示例县自然资源局); default the one the feed's records share. */
  @property() department = '';
  /** The section shown: powers, fees, services, budget or three-public; default the first with data. */
  @property({ reflect: true }) section: '' | SectionId = '';
  /** Leave the URL hash alone (for a page that uses it for something else). */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = KINDS;
  static {
    registerKinds(...ALL_KINDS);
  }
  protected override readonly reloadKeys = ['department'];

  @state() private guideId = '';
  @state() private budgetId = '';
  @state() private threePublicId = '';

  private readonly onHashChange = () => this.followHash();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /** `#fees` opens 收费; `#services/guide-dibao` opens that guide. Other hashes are the page's own. */
  private followHash() {
    if (this.noHash) return;
    let hash: string;
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed escape (#%E0%A4%A) names no section of ours: left alone, not thrown
    }
    const [id, guide] = hash.split('/');
    if (!(SECTIONS as readonly string[]).includes(id ?? '')) return;
    this.section = id as SectionId;
    if (id === 'services' && guide) this.guideId = guide;
  }

  protected toView({ sources }: ViewInput<Kind>): DepartmentData {
    const of = <K extends Kind>(kind: K) => sources.filter((s) => s.kind === kind) as ViewInput<K>['sources'];
    const names = new Set<string>();
    const seen = (d: string | undefined) => (d ? names.add(d) : names);
    const powers = of('power-list').flatMap((s) => s.data.powers);
    const fees = of('fee-list').flatMap((s) => s.data.items);
    const guides = of('service-guide').flatMap((s) => s.data.guides);
    const budgets = [...of('budget'), ...of('final-account')];
    const three = of('three-public');
    const wall = [...of('results'), ...of('service-rules'), ...of('supervision')];
    for (const r of [...powers, ...guides, ...budgets.map((b) => b.data), ...three.map((t) => t.data)])
      seen(r.department);
    for (const w of wall) seen(w.data.department);
    const name = this.department || (names.size === 1 ? [...names][0] : undefined);
    const mine = (d: string | undefined) => !this.department || d === this.department;
    const byYear = (a: { year: number }, b: { year: number }) => b.year - a.year;
    return {
      name,
      powers: powers.filter((p) => mine(p.department)).length,
      fees: fees.filter((f) => mine(f.department)).length,
      guides: guides.filter((g) => mine(g.department)).map((g) => ({ id: g.id, name: g.name })),
      budgets: budgets
        .filter((b) => mine(b.data.department))
        .map((b) => ({ id: b.id, kind: b.data.kind, year: b.data.year }))
        .sort((a, b) => byYear(a, b) || (a.kind === 'final-account' ? -1 : 1)),
      threePublic: three
        .filter((t) => mine(t.data.department))
        .map((t) => ({ id: t.id, year: t.data.year }))
        .sort(byYear),
      results: of('results').find((x) => mine(x.data.department))?.id,
      rules: of('service-rules').find((x) => mine(x.data.department))?.id,
      supervision: of('supervision').find((x) => mine(x.data.department))?.id,
    };
  }

  /** The sections this department has data for, in the order of 一权三收四办. */
  get availableSections(): SectionId[] {
    if (this.loadState.status !== 'ready') return [];
    const d = this.loadState.data;
    const has: Record<SectionId, boolean> = {
      powers: d.powers > 0,
      fees: d.fees > 0,
      services: d.guides.length > 0,
      budget: d.budgets.length > 0,
      'three-public': d.threePublic.length > 0,
      results: d.results !== undefined,
      rules: d.rules !== undefined,
      supervision: d.supervision !== undefined,
    };
    return SECTIONS.filter((s) => has[s]);
  }

  /** The section on screen: the one asked for when the department has it, else the first it has. */
  private get current(): SectionId | undefined {
    const list = this.availableSections;
    return this.section && list.includes(this.section) ? this.section : list[0];
  }

  /** Back to the first section, the first guide and budget, and every section's own reset. */
  override reset(): void {
    this.section = '';
    this.guideId = this.budgetId = this.threePublicId = '';
    for (const el of this.renderRoot.querySelectorAll<HTMLElement & { reset?: () => void }>('.panel > *')) el.reset?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const section = this.current;
    if (section) void MODULES[section]().catch(() => undefined); // offline: the section says so itself
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<DepartmentData>;
    const t = STRINGS[this.effectiveLang];
    const sections = this.availableSections;
    const current = this.current;
    const label = (s: SectionId) =>
      ({
        powers: t.powers,
        fees: t.fees,
        services: t.services,
        budget: t.budget,
        'three-public': t.threePublic,
        results: t.results,
        rules: t.rules,
        supervision: t.supervision,
      })[s];
    return html`
      <div class="head" part="header">
        <h2>${ready.data.name ?? t.subject}</h2>
        <p class="formula">${t.formula}</p>
      </div>
      ${
        current
          ? html`<div class="tabs" part="tabs" role="tablist" aria-label=${t.sections} @keydown=${this.onTabKey}>
                ${sections.map(
                  (s) =>
                    html`<button
                      role="tab"
                      part="tab"
                      id="tab-${s}"
                      data-section=${s}
                      aria-selected=${s === current ? 'true' : 'false'}
                      aria-controls="panel"
                      tabindex=${s === current ? 0 : -1}
                      @click=${() => this.choose(s)}
                    >
                      ${label(s)}
                    </button>`,
                )}
              </div>
              <div class="panel" part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${current}">
                ${this.renderSection(current, ready.data)}
              </div>`
          : html`<p class="gk-status nothing" part="status">
              ${fill(t.nothing, { name: ready.data.name ?? this.department })}
            </p>`
      }
    `;
  }

  /** What every section's element inherits from this one (a shadow root hides our ancestors from it). */
  private get shared() {
    return { src: this.effectiveSrc ?? '', lang: this.effectiveLang, size: this.size, theme: this.theme };
  }

  private renderSection(section: SectionId, d: DepartmentData) {
    const { src, lang, size, theme } = this.shared;
    const name = this.department || d.name || '';
    const p = this.presentation;
    switch (section) {
      case 'powers':
        return html`<gk-power-list
          src=${src}
          department=${name}
          guide-link=${this.noHash ? '' : '#services/{id}'}
          lang=${lang}
          size=${size}
          theme=${theme}
          ?presentation=${p}
        ></gk-power-list>`;
      case 'fees':
        return html`<gk-fee-table
          src=${src}
          department=${name}
          lang=${lang}
          size=${size}
          theme=${theme}
          ?presentation=${p}
        ></gk-fee-table>`;
      case 'services': {
        const guide = d.guides.find((g) => g.id === this.guideId) ?? d.guides[0]!;
        return html`${this.picker(
            STRINGS[lang].pickGuide,
            guide.id,
            d.guides.map((g) => [g.id, g.name]),
            (id) => this.openGuide(id),
          )}
          <gk-service-guide
            src=${src}
            guide=${guide.id}
            lang=${lang}
            size=${size}
            theme=${theme}
            ?presentation=${p}
          ></gk-service-guide>`;
      }
      case 'budget': {
        const t = STRINGS[lang];
        const b = d.budgets.find((x) => x.id === this.budgetId) ?? d.budgets[0]!;
        const text = (x: DepartmentData['budgets'][number]) =>
          fill(x.kind === 'budget' ? t.budgetOf : t.finalOf, { year: x.year });
        return html`${this.picker(
            t.pickBudget,
            b.id,
            d.budgets.map((x) => [x.id, text(x)]),
            (id) => (this.budgetId = id),
          )}
          <gk-budget-viewer
            src=${src}
            dataset=${b.id}
            lang=${lang}
            size=${size}
            theme=${theme}
            ?presentation=${p}
          ></gk-budget-viewer>`;
      }
      case 'results':
        return html`<gk-results
          src=${src}
          dataset=${d.results!}
          lang=${lang}
          size=${size}
          theme=${theme}
          ?presentation=${p}
        ></gk-results>`;
      case 'rules':
        return html`<gk-service-rules
          src=${src}
          dataset=${d.rules!}
          lang=${lang}
          size=${size}
          theme=${theme}
          ?presentation=${p}
        ></gk-service-rules>`;
      case 'supervision':
        return html`<gk-supervision
          src=${src}
          dataset=${d.supervision!}
          lang=${lang}
          size=${size}
          theme=${theme}
          ?presentation=${p}
        ></gk-supervision>`;
      case 'three-public': {
        const t = STRINGS[lang];
        const x = d.threePublic.find((y) => y.id === this.threePublicId) ?? d.threePublic[0]!;
        return html`${this.picker(
            t.threePublic,
            x.id,
            d.threePublic.map((y) => [y.id, fill(t.threePublicOf, { year: y.year })]),
            (id) => (this.threePublicId = id),
          )}
          <gk-three-public
            src=${src}
            dataset=${x.id}
            lang=${lang}
            size=${size}
            theme=${theme}
            ?presentation=${p}
          ></gk-three-public>`;
      }
    }
  }

  /** A choice among a section's records (guides, years); none when there is only one. */
  private picker(label: string, value: string, options: [string, string][], set: (v: string) => void) {
    if (options.length < 2) return nothing;
    return html`<label class="picker" part="picker"
      ><span>${label}</span>
      <select .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></label
    >`;
  }

  private openGuide(id: string) {
    this.guideId = id;
    this.writeHash(`services/${id}`);
  }

  private choose(section: SectionId) {
    if (section === this.current) return;
    this.section = section;
    this.writeHash(section);
    this.emit('gk-section-change', { section });
  }

  /** The hash names what is on screen, so the address can be copied or bookmarked. */
  private writeHash(hash: string) {
    if (this.noHash) return;
    history.replaceState(history.state, '', `#${hash}`);
  }

  private onTabKey = (e: KeyboardEvent) => {
    const list = this.availableSections;
    const at = list.indexOf(this.current!);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = list[(to + list.length) % list.length]!;
    this.choose(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-department': GkDepartment;
  }
  interface HTMLElementEventMap {
    'gk-section-change': CustomEvent<GkSectionChangeDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-section-change': GkSectionChangeDetail;
  }
}
