/**
 * <gk-search>: one search box over every department of a harvested aggregate (`gongkai harvest`
 * writes a Pagefind index beside the feeds), with facets for region, department, kind and year.
 * The index and its engine load from the aggregate on first use, so a page pays nothing until
 * someone searches; Latin letters search the names' pinyin and initials ("bdc"). Each result
 * links into the department view that shows it.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GkElement } from '../base/gk-element.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { fill } from '../util/lang.js';
import { searchStyles } from './search.styles.js';
import { STRINGS } from './strings.js';

/** The part of Pagefind's browser API this element uses. */
interface Pagefind {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface SearchResult {
  title: string;
  href: string;
  department: string;
  kind: string;
  region: string;
  year: string;
  excerpt: string;
}

export interface GkSearchResultsDetail {
  query: string;
  results: SearchResult[];
}

const FACETS = ['region', 'department', 'kind', 'year'] as const;
type Facet = (typeof FACETS)[number];

/**
 * @tagname gk-search
 * @fires {GkSearchResultsDetail} gk-search-results - Results for a query are shown; `detail.query`, `detail.results`.
 * @csspart input - The search box.
 * @csspart facets - The region, department, kind and year pickers.
 * @csspart results - The list of results.
 * @cssprop --gk-search-mark - Background of the matched words (default: --gk-color-mark).
 */
export class GkSearch extends GkElement {
  static override styles = [tokens, themes, controls, searchStyles];

  /** The aggregate folder (where `search/pagefind/` and `feeds/` are). */
  @property() src = '';
  /**
   * Where a result links to: {feed} (the mirrored feed's URL), {department} and {section} (the
   * department view's section, `fees`, `services/guide-id`…) are filled in.
   */
  @property() link = 'department.html?src={feed}&department={department}#{section}';
  /** At most this many results are shown. */
  @property({ type: Number }) limit = 20;
  @state() private query = '';
  @state() private chosen: Partial<Record<Facet, string>> = {};
  @state() private facets: Partial<Record<Facet, [string, number][]>> = {};
  @state() private results: SearchResult[] = [];
  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private problem = '';
  private engine?: Promise<Pagefind>;
  private searchRun = 0;

  override reset(): void {
    this.query = '';
    this.chosen = {};
    this.results = [];
  }

  private get base(): string {
    return new URL(this.src.replace(/\/?$/, '/'), document.baseURI).href;
  }

  /** The engine and index, loaded from the aggregate on first use. */
  private load(): Promise<Pagefind> {
    if (!this.engine) {
      this.status = 'loading';
      const url = `${this.base}search/pagefind/pagefind.js`;
      // A large aggregate splits its index (search/bundles.json): the others are searched with it.
      const bundles = this.bundles();
      this.engine = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(
        async (pf) => {
          await Promise.all((await bundles).slice(1).map((b) => pf.mergeIndex(`${this.base}search/${b}`)));
          await pf.init();
          const all = await pf.filters();
          this.facets = Object.fromEntries(
            FACETS.map((f) => [f, Object.entries(all[f] ?? {}).sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'))]),
          );
          this.status = 'ready';
          return pf;
        },
        (e: unknown) => {
          this.engine = undefined;
          this.status = 'error';
          this.problem = fill(STRINGS[this.effectiveLang].failed, { src: url, reason: (e as Error).message });
          throw e;
        },
      );
    }
    return this.engine;
  }

  /** The aggregate's Pagefind indexes, the first being `pagefind/`; one when it does not list them. */
  private async bundles(): Promise<string[]> {
    const listed = await fetch(`${this.base}search/bundles.json`)
      .then((r) => (r.ok ? (r.json() as Promise<{ bundles?: unknown }>) : {}))
      .then((b: { bundles?: unknown }) => b.bundles)
      .catch(() => undefined);
    const safe = (b: unknown): b is string => typeof b === 'string' && /^pagefind(-\d+)?\/$/.test(b);
    return Array.isArray(listed) && listed.every(safe) && listed.length ? listed : ['pagefind/'];
  }

  /** Runs the query with the chosen facets; a newer query supersedes an older one still running. */
  private async run(): Promise<void> {
    const run = ++this.searchRun;
    // Latin letters search pinyin and initials, which the pages carry in lower case.
    const term = /^[\sA-Za-z]+$/.test(this.query) ? this.query.replace(/\s+/g, '').toLowerCase() : this.query.trim();
    const filters = Object.fromEntries(Object.entries(this.chosen).filter(([, v]) => v)) as Record<string, string>;
    if (!term && !Object.keys(filters).length) {
      this.results = [];
      return;
    }
    let pf: Pagefind;
    try {
      pf = await this.load();
    } catch {
      return;
    }
    const found = await pf.search(term || '', { filters });
    const latin = /^[a-z]+$/.test(term);
    // For initials, Pagefind ranks every name that starts so alike: the closest names come first
    // ("bdc" → 不动产登记费 before 不动产登记资料查询费), so a wider page of results is read and ordered.
    const data = await Promise.all((found?.results ?? []).slice(0, latin ? 100 : this.limit).map((r) => r.data()));
    if (run !== this.searchRun) return;
    if (latin) data.sort((a, b) => closeness(a, term) - closeness(b, term));
    this.results = data.slice(0, this.limit).map((d) => this.resultOf(d));
    this.emit('gk-search-results', { query: this.query, results: this.results });
  }

  private resultOf(d: PagefindData): SearchResult {
    const feed = new URL(d.meta.feed ?? '', this.base).href;
    const href = this.link
      .replace('{feed}', encodeURIComponent(feed))
      .replace('{department}', encodeURIComponent(d.meta.department ?? ''))
      .replace('{section}', (d.meta.section ?? '').split('/').map(encodeURIComponent).join('/'));
    return {
      title: d.meta.title ?? '',
      href,
      department: d.meta.department ?? '',
      kind: d.filters.kind?.[0] ?? '',
      region: d.filters.region?.[0] ?? '',
      year: d.filters.year?.[0] ?? '',
      // Pagefind marks the matches with <mark>: shown as text, the marks as our own highlight.
      excerpt: d.excerpt,
    };
  }

  protected override render() {
    const t = STRINGS[this.effectiveLang];
    return html`
      <label class="box">
        <span class="label">${t.label}</span>
        <input
          type="search"
          part="input"
          placeholder=${t.placeholder}
          .value=${this.query}
          @focus=${() => void this.load().catch(() => undefined)}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            void this.run();
          }}
        />
      </label>
      ${this.status === 'ready' ? this.renderFacets() : nothing}
      ${this.status === 'loading' ? html`<p aria-busy="true">${t.loading}</p>` : nothing}
      ${this.status === 'error' ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.renderResults()}
    `;
  }

  private renderFacets() {
    const t = STRINGS[this.effectiveLang];
    return html`<div class="facets" part="facets">
      ${FACETS.filter((f) => this.facets[f]?.length).map(
        (f) =>
          html`<label
            >${t[f]}
            <select
              @change=${(e: Event) => {
                this.chosen = { ...this.chosen, [f]: (e.target as HTMLSelectElement).value };
                void this.run();
              }}
            >
              <option value="">${t.any}</option>
              ${this.facets[f]!.map(
                ([v, n]) => html`<option value=${v} ?selected=${this.chosen[f] === v}>${v}（${n}）</option>`,
              )}
            </select></label
          >`,
      )}
    </div>`;
  }

  private renderResults() {
    const t = STRINGS[this.effectiveLang];
    if (!this.query && !Object.values(this.chosen).some(Boolean)) return nothing;
    return html`<section aria-label=${t.results} aria-live="polite">
      <p class="count">
        ${this.results.length ? fill(t.count, { n: this.results.length }) : fill(t.none, { q: this.query })}
      </p>
      <ol part="results">
        ${this.results.map(
          (r) =>
            html`<li>
              <a href=${r.href}>${r.title}</a>
              <p class="meta">${[r.department, r.kind, r.region, r.year].filter(Boolean).join(' · ')}</p>
              <p class="excerpt">${excerptParts(r.excerpt)}</p>
            </li>`,
        )}
      </ol>
    </section>`;
  }
}

/** How far a name's initials are from the typed ones: 0 for the same, more for longer names. */
function closeness(d: PagefindData, term: string): number {
  const initials = d.meta.initials ?? '';
  return initials.startsWith(term) ? initials.length - term.length : 1000;
}

/** Pagefind's excerpt as text and <mark>s, never as HTML: the feed's words stay words. */
function excerptParts(excerpt: string) {
  const text = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    return m ? html`<mark>${text(m[1]!)}</mark>` : text(part.replace(/<[^>]*>/g, ''));
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-search': GkSearch;
  }
  interface HTMLElementEventMap {
    'gk-search-results': CustomEvent<GkSearchResultsDetail>;
  }
}

declare module '../base/events.js' {
  interface GkEventMap {
    'gk-search-results': GkSearchResultsDetail;
  }
}
