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
import { fill, paren } from '../util/lang.js';
import { searchStyles } from './search.styles.js';
import { STRINGS } from './strings.js';

/** The part of Pagefind's browser API this element uses. */
interface Pagefind {
  init(): Promise<void>;
  options(options: { basePath: string }): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's whole text, as indexed. */
  content?: string;
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
  /** The title with the query's matches marked (`<mark>`), when the excerpt began with the title. */
  titleMarked?: string;
  excerpt: string;
}

export interface GkSearchResultsDetail {
  query: string;
  results: SearchResult[];
  /** True when some of the aggregate's indexes could not be read: the results are from the others. */
  partial: boolean;
}

const FACETS = ['region', 'department', 'kind', 'year'] as const;
const noop = () => undefined;
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
  /** Results from the first index only are on screen while the others load: how many others. */
  @state() private pending = 0;
  /** Some indexes could not be read; what is shown comes from the first. */
  @state() private degraded = '';
  /** The first index: it answers first. */
  private first?: Promise<Pagefind>;
  /**
   * The other indexes of a split aggregate (search/bundles.json), merged into an engine of their own
   * that loads once the first is ready (and has answered a search typed at once), so that search is
   * answered by the first in about half the time; undefined when the index is not split.
   */
  private rest?: Promise<Pagefind | undefined>;
  /** A search being answered by the first index alone: the others load once it has answered. */
  private firstAnswer?: Promise<unknown>;
  private bundleList: Promise<string[]> = Promise.resolve([]);
  private searchRun = 0;

  override reset(): void {
    this.query = '';
    this.chosen = {};
    this.results = [];
  }

  private get base(): string {
    return new URL(this.src.replace(/\/?$/, '/'), document.baseURI).href;
  }

  /** The engine of the first index, loaded from the aggregate on first use; the others' after it. */
  private load(): Promise<Pagefind> {
    if (!this.first) {
      this.status = 'loading';
      const url = `${this.base}search/pagefind/pagefind.js`;
      const bundles = (this.bundleList = this.bundles());
      const failed = (e: unknown) => {
        this.first = this.rest = undefined;
        this.status = 'error';
        this.problem = fill(STRINGS[this.effectiveLang].failed, { src: url, reason: (e as Error).message });
        throw e;
      };
      const first = (this.first = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
        await pf.init();
        return pf;
      }, failed));
      const rest = (this.rest = Promise.all([first, bundles]).then(async ([, b]) => {
        if (b.length < 2) return undefined;
        // A search typed at once is answered by the first index before the others start loading: loading
        // them at the same time slows that answer down (with 13 more indexes, by about 100 ms).
        await new Promise((resolve) => setTimeout(resolve));
        await this.firstAnswer?.catch(noop);
        // Another URL, so another instance of the module: an engine for the second index and the rest.
        const second = `${this.base}search/${b[1]}`;
        // Pagefind logs a missing primary index and never answers: asked first (then cached for it).
        const entry = await fetch(`${second}pagefind-entry.json`);
        if (!entry.ok) throw new Error(`${second}pagefind-entry.json: HTTP ${entry.status}`);
        const pf = (await import(/* @vite-ignore */ `${url}?rest`)) as Pagefind;
        await pf.options({ basePath: second });
        await Promise.all(b.slice(2).map((x) => pf.mergeIndex(`${this.base}search/${x}`)));
        await pf.init();
        return pf;
      }));
      void Promise.all([first, rest]).then(([f, r]) => {
        this.status = 'ready';
        void this.loadFacets([f, r]);
      }, noop);
      // Said before any search hears of it: the first failing is `failed`'s to say; another leaves a
      // search of the first index, with a notice.
      rest.catch((e: unknown) => {
        if (!this.first) return;
        this.status = 'ready';
        this.degraded = fill(STRINGS[this.effectiveLang].degraded, { reason: (e as Error).message });
        void first.then((f) => this.loadFacets([f]));
      });
    }
    return this.first;
  }

  /** The facets' choices and counts over every index; a search does not wait for them. */
  private async loadFacets(engines: (Pagefind | undefined)[]): Promise<void> {
    const counts: Partial<Record<Facet, Map<string, number>>> = {};
    for (const pf of engines) {
      const all = pf ? await pf.filters().catch(() => ({}) as Record<string, Record<string, number>>) : {};
      for (const f of FACETS)
        for (const [v, n] of Object.entries(all[f] ?? {}))
          (counts[f] ??= new Map()).set(v, (counts[f].get(v) ?? 0) + n);
    }
    this.facets = Object.fromEntries(
      FACETS.map((f) => [f, [...(counts[f] ?? [])].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'))]),
    );
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

  /**
   * Runs the query with the chosen facets; a newer query supersedes an older one still running. While
   * the other indexes of a split aggregate load, the first answers (said on screen), then all of them.
   */
  private async run(): Promise<void> {
    const run = ++this.searchRun;
    // Latin letters search pinyin and initials, which the pages carry in lower case.
    const term = /^[\sA-Za-z]+$/.test(this.query) ? this.query.replace(/\s+/g, '').toLowerCase() : this.query.trim();
    const filters = Object.fromEntries(Object.entries(this.chosen).filter(([, v]) => v)) as Record<string, string>;
    if (!term && !Object.keys(filters).length) {
      this.results = [];
      return;
    }
    let first: Pagefind;
    try {
      first = await this.load();
    } catch {
      return;
    }
    const rest = this.rest;
    const indexes = (await this.bundleList).length;
    // The first index's answer, shown while the others load (a search after they have is not split).
    let fromFirst: SearchResult[] | undefined;
    if (this.status !== 'ready' && indexes > 1) {
      const answer = this.find([first], term, filters);
      this.firstAnswer ??= answer;
      fromFirst = await answer;
      if (run !== this.searchRun) return;
      this.results = fromFirst;
      this.pending = indexes - 1;
    }
    // The others cannot be read: the first index's results stay (load() has said so on screen).
    const others = await rest?.then(
      (pf) => ({ pf }),
      () => undefined,
    );
    const shown = others
      ? await this.find(others.pf ? [first, others.pf] : [first], term, filters)
      : (fromFirst ?? (await this.find([first], term, filters)));
    if (run !== this.searchRun) return;
    this.results = shown;
    this.pending = 0;
    this.emit('gk-search-results', { query: this.query, results: this.results, partial: !others });
  }

  /** One search over the engines given, their results ranked together by Pagefind's score. */
  private async find(engines: Pagefind[], term: string, filters: Record<string, string>): Promise<SearchResult[]> {
    const found = await Promise.all(engines.map((pf) => pf.search(term || '', { filters })));
    const ranked = found.flatMap((f) => f?.results ?? []).sort((a, b) => b.score - a.score);
    const latin = /^[a-z]+$/.test(term);
    // For initials, Pagefind ranks every name that starts so alike: the closest names come first
    // ("bdc" → 不动产登记费 before 不动产登记资料查询费), so a wider page of results is read and ordered.
    const data = await Promise.all(ranked.slice(0, latin ? 100 : this.limit).map((r) => r.data()));
    if (latin) data.sort((a, b) => closeness(a, term) - closeness(b, term));
    return data.slice(0, this.limit).map((d) => this.resultOf(d));
  }

  private resultOf(d: PagefindData): SearchResult {
    const feed = new URL(d.meta.feed ?? '', this.base).href;
    const href = this.link
      .replace('{feed}', encodeURIComponent(feed))
      .replace('{department}', encodeURIComponent(d.meta.department ?? ''))
      .replace('{section}', (d.meta.section ?? '').split('/').map(encodeURIComponent).join('/'));
    const title = d.meta.title ?? '';
    // Pagefind marks the matches with <mark>: shown as text, the marks as our own highlight.
    const split = splitTitle(withoutPinyin(d.excerpt, d.meta.initials), title);
    return {
      title,
      href,
      department: d.meta.department ?? '',
      kind: d.filters.kind?.[0] ?? '',
      region: d.filters.region?.[0] ?? '',
      year: d.filters.year?.[0] ?? '',
      ...(split.title ? { titleMarked: split.title } : {}),
      excerpt: withEllipsis(withoutFacetLine(split.rest, d.filters.kind?.[0]), endsEarly(d)),
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
      ${
        this.pending
          ? html`<p aria-busy="true">${fill(t.more, { n: this.pending })}</p>`
          : this.status === 'loading'
            ? html`<p aria-busy="true">${t.loading}</p>`
            : nothing
      }
      ${this.status === 'error' ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.degraded ? html`<p class="problem" role="alert">${this.degraded}</p>` : nothing} ${this.renderResults()}
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
                ([v, n]) =>
                  html`<option value=${v} ?selected=${this.chosen[f] === v}>
                    ${v}${paren(n, this.effectiveLang)}
                  </option>`,
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
              <a href=${r.href}>${r.titleMarked ? excerptParts(r.titleMarked) : r.title}</a>
              <p class="meta">${[r.department, r.kind, r.region, r.year].filter(Boolean).join(' · ')}</p>
              <p class="excerpt">${excerptParts(r.excerpt)}</p>
            </li>`,
        )}
      </ol>
    </section>`;
  }
}

/** The longest feed text (initials, a kind's label) made into a regular expression. */
const MAX_PATTERN = 200;

/** How far a name's initials are from the typed ones: 0 for the same, more for longer names. */
function closeness(d: PagefindData, term: string): number {
  const initials = d.meta.initials ?? '';
  return initials.startsWith(term) ? initials.length - term.length : 1000;
}

/**
 * The excerpt without the page's pinyin line ("bdcdjf budongchandengjifei"): it is indexed so that
 * "bdc" finds the name, and is no reading matter. It is the initials (the page's `initials` meta) and
 * the full pinyin after them, either possibly marked, at the excerpt's end (the page's last line).
 */
function withoutPinyin(excerpt: string, initials: string | undefined): string {
  // The initials are feed text: only letters, and never more than a real name has, go into a pattern
  // (a 60,000-character title made one too large to build, and every result was lost).
  if (!initials || initials.length > MAX_PATTERN || !/^[a-z]+$/.test(initials)) return excerpt;
  // Pagefind marks a word with the space after it: "<mark>bdcdjf </mark>budongchandengjifei".
  const word = (w: string) => `(?:<mark>)?${w}\\s*(?:</mark>)?\\s*`;
  // Only at the end, where the line is on the page: the same letters elsewhere are the feed's text.
  return excerpt.replace(new RegExp(`(?<![a-z])${word(initials)}(?:${word('[a-z]+')})?\\.?\\s*$`), '').trim();
}

/**
 * The excerpt split where the page's title ends, when it begins with the title or, the excerpt's
 * window having opened inside it, with its end (two characters or more, then no letter): the title
 * with the excerpt's marks, for the result's link, and the rest. So the title is not printed twice,
 * and a match in it is still marked.
 */
function splitTitle(excerpt: string, title: string): { title?: string; rest: string } {
  const escape = (t: string) => t.replace(/[&<>"']/g, (c) => ESCAPED[c]!);
  // Only a part of the title no longer than the excerpt can begin it: a long title is not tried
  // from every character (quadratic).
  for (let k = Math.max(0, title.length - excerpt.length); k <= title.length - (k ? 2 : 1); k++) {
    if (/[\uDC00-\uDFFF]/.test(title[k]!)) continue; // not inside a surrogate pair
    const split = splitAfter(excerpt, escape(title.slice(k)));
    if (split) return { title: escape(title.slice(0, k)) + split.title, rest: split.rest };
  }
  return { rest: excerpt };
}

/** `excerpt` cut after `text` (escaped) when it begins with it, marks aside; the cut is not inside a word. */
function splitAfter(excerpt: string, text: string): { title: string; rest: string } | undefined {
  let i = 0;
  let seen = 0;
  let open = false;
  while (seen < text.length) {
    if (excerpt.startsWith('<mark>', i)) [i, open] = [i + 6, true];
    else if (excerpt.startsWith('</mark>', i)) [i, open] = [i + 7, false];
    else if (excerpt[i] === text[seen]) [i, seen] = [i + 1, seen + 1];
    else return undefined;
  }
  if (/^[\p{L}\p{N}]/u.test(excerpt.slice(i).replace(/^<\/mark>/, ''))) return undefined;
  if (excerpt.startsWith('</mark>', i)) [i, open] = [i + 7, false];
  const rest = excerpt.slice(i).replace(/^\.?\s*/, '');
  return open
    ? { title: `${excerpt.slice(0, i)}</mark>`, rest: `<mark>${rest}` }
    : { title: excerpt.slice(0, i), rest };
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The excerpt without the page's "department · kind · region" line, which the result shows above it
 * already (the line is indexed so that a department's name finds its items). Left when a word of it
 * is marked.
 */
function withoutFacetLine(excerpt: string, kind: string | undefined): string {
  if (!kind || kind.length > MAX_PATTERN) return excerpt;
  const label = kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return excerpt.replace(new RegExp(`(^|\\.\\s)[^.·<>]*· ${label}[^.<>]*\\.\\s*`), '$1').trim();
}

/**
 * Whether Pagefind's excerpt window closed before the page's text did ("…行政事业性" of a title that
 * goes on): then the excerpt is shown with an ellipsis, not as if the text ended mid-word. The pinyin
 * line at the page's end is not reading matter, so it does not count as more text.
 */
function endsEarly(d: PagefindData): boolean {
  if (d.content === undefined) return false;
  const bare = (s: string) => plainText(s.replace(/<[^>]*>/g, '')).replace(/[\s.]/g, '');
  const content = bare(withoutPinyin(d.content, d.meta.initials));
  const excerpt = bare(withoutPinyin(d.excerpt, d.meta.initials));
  return excerpt !== '' && !content.endsWith(excerpt);
}

/** "…第二条…", not "…第二条.…": Pagefind's stop between blocks gives way to the ellipsis. */
const withEllipsis = (excerpt: string, cut: boolean) => (cut ? `${excerpt.replace(/[.\s]+$/, '')}…` : excerpt);

const plainText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Pagefind's excerpt as text and <mark>s, never as HTML: the feed's words stay words. */
function excerptParts(excerpt: string) {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    return m ? html`<mark>${plainText(m[1]!)}</mark>` : plainText(part.replace(/<[^>]*>/g, ''));
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
