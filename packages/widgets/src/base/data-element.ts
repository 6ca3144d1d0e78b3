/**
 * The base of every data widget: `src` (a URL) or `.data` (an object), read and validated in this
 * one place through the SDK, with loading, error and empty states that are real states. A widget
 * only declares the kinds it shows and builds its view from what was read (`toView`, no fetching).
 * The public sees a short message; the webmaster gets the exact issues in the console, in a
 * `gk-error` event, and on screen with the `debug` attribute. A failure never blanks the widget or
 * throws into the host page.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  FeedError,
  LONG_LIST,
  formatIssue,
  formatUpdated,
  loadMessages,
  makeIssue,
  type Client,
  type DatasetKind,
  type LocalizedText,
  type ReadResult,
  type Source,
  type ValidationIssue,
} from '@gongkai/sdk/core';
import { clientFor } from './clients.js';
import { feedContext, type FeedContextValue } from './feed-context.js';
import { GkElement } from './gk-element.js';
import { COLON, fill } from '../util/lang.js';
import { safeHttpUrl } from '../util/safe-url.js';
import {
  inputFromData,
  inputFromDataSliced,
  inputFromSources,
  recordCount,
  type DataRefusal,
  type ViewInput,
} from './read-input.js';

export type { ViewInput, RecordEntry } from './read-input.js';

export interface Ready<T> {
  data: T;
  /**
   * When the data was last updated by its publisher: null when the publication prints no date
   * (said on screen), undefined for records given on their own (nothing to say).
   */
  updated?: string | null;
  /** True when showing the last good copy because the latest fetch failed. */
  stale?: boolean;
  /** The datasets shown, each with its own date: a hall screen judges each one's age by its kind. */
  datasets?: DatasetDate[];
  issues: ValidationIssue[];
  /** While a large `.data` list is checked in two steps: how many records it holds in all. */
  total?: number;
  /** Drawn from a structural pass of `.data` (`preview`); the full checks are still running. */
  checking?: boolean;
}

export interface DatasetDate {
  kind: DatasetKind;
  updated?: string | null;
}

const datesOf = (sources: readonly Source<DatasetKind>[]): DatasetDate[] =>
  sources.map((s) => ({ kind: s.kind, updated: s.updated }));

/** What `toView` returns when the data read cannot make this view (a guide id that is not there). */
export interface Problem {
  error: LocalizedText;
  issues: ValidationIssue[];
}

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | ({ status: 'ready' } & Ready<T>)
  | {
      status: 'error';
      message: LocalizedText;
      issues: ValidationIssue[];
      /** The failure may pass (network, timeout, a server error): the visitor is offered a retry. */
      transient?: boolean;
      /** Whom the public can ask: the publisher's contact from the feed, when it has one. */
      contact?: PublisherContact;
    };

export interface PublisherContact {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
}

/** A further read from the same feed; optional: when it fails, the view is built without it. */
export interface RelatedRead {
  kinds: readonly DatasetKind[];
  id?: string;
}

const STATUS_TEXT = {
  'zh-CN': {
    loading: '正在加载…',
    idle: '暂无数据',
    unavailable: '数据暂时无法显示',
    broken: '数据无法显示',
    retry: '重试',
    ask: '如需了解，请联系{name}',
    invalid: '数据不符合规范',
    stale: '网络异常，显示的可能不是最新数据',
    checking: '正在核对其余数据（已核对 {n} / {total} 项），核对完成前请勿据此办事',
    verifying: '正在核对数据，核对完成前请勿据此办事',
    flawed: '此数据存在错误，部分内容可能不准确，请以发布单位的正式文件为准',
    issues: '数据问题（仅调试模式可见）',
    errors: '数据有错误',
  },
  en: {
    loading: 'Loading…',
    idle: 'No data',
    unavailable: 'This information cannot be shown right now',
    broken: 'This information cannot be shown',
    retry: 'Try again',
    ask: 'To ask about it, contact {name}',
    invalid: 'the data does not match the data model',
    stale: 'Offline: this may not be the latest data',
    checking: 'Still checking the rest ({n} of {total} checked): do not rely on this yet',
    verifying: 'Still checking this data: do not rely on it yet',
    flawed: "This data has errors: parts may be wrong; the publisher's official documents prevail",
    issues: 'Data issues (shown in debug mode only)',
    errors: 'the data has errors',
  },
} as const;

/** `.data` lists longer than this are shown in two steps (the SDK's one rule, `LONG_LIST`). */
const PROGRESSIVE_FROM = LONG_LIST.from;
const FIRST_RECORDS = LONG_LIST.first;
/**
 * The most records `.data` may hold (a widget keeps every record in memory and indexes it for
 * search); larger lists are refused with a reason: publish them as several datasets, read by `src`.
 */
export const MAX_DATA_RECORDS = 300_000;

/**
 * @csspart status - The loading, empty and error views.
 * @csspart issues - The list of data issues (debug mode).
 * @csspart updated - The 数据更新于 line and the stale mark.
 */
export abstract class GkDataElement<V extends object, K extends DatasetKind = DatasetKind> extends GkElement {
  /** URL of a feed (its folder, with or without the final slash, or its manifest.json) or of a dataset file. */
  @property() src?: string;
  /** The dataset as an object, instead of `src` (list kinds also take a record or an array of records). */
  @property({ attribute: false }) data?: unknown;
  /** Id of one dataset in the feed (attribute `dataset`); default: every dataset of this widget's kinds. */
  @property({ attribute: 'dataset' }) datasetId?: string;
  /** Shows validation issues on screen, for webmasters setting the widget up. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The feed of an enclosing <gk-feed> or <gk-kiosk>, used when `src` is not set. */
  @consume({ context: feedContext, subscribe: true })
  @state()
  protected feed?: FeedContextValue;

  /** Where this widget reads from: its own `src`, else the enclosing feed's. */
  get effectiveSrc(): string | undefined {
    return this.src || this.feed?.src;
  }

  /** Where the widget stands, for containers such as <gk-kiosk>. */
  get loadStatus(): LoadState<V>['status'] {
    return this.loadState.status;
  }

  /** What the widget shows now (read by containers such as <gk-kiosk>). */
  @state() loadState: LoadState<V> = { status: 'idle' };
  private loadToken = 0;

  /** The human name of what this widget shows, for messages ("收费信息"). */
  protected abstract readonly subject: LocalizedText;
  /** The dataset kinds this widget shows; a single file may be any of them. */
  protected abstract readonly kinds: readonly K[];
  /**
   * How many datasets of the feed the view reads (one budget, one 三公 table; a fee table a page of
   * lists at a time); default all. The rest are counted (`unread` in the view input), not fetched.
   */
  protected readonly datasetLimit?: number;
  /** Builds the view from what was read. Pure: it fetches nothing. */
  protected abstract toView(input: ViewInput<K>): V | Problem;
  /**
   * A first screen drawn from a cheap structural pass over `.data`, shown while the full checks run
   * in a later task (a 5,000-line budget's schema and sum checks take tens of milliseconds, its first
   * level a few); undefined when the data lacks the shape that pass reads. The checked view replaces
   * it, or the error view when the checks find the data wrong. A promise of it when the pass goes a
   * slice at a time (a long input): the element says it is loading meanwhile. None by default.
   */
  protected preview?(data: unknown, cancelled: () => boolean): V | undefined | Promise<V | undefined>;
  /** Further reads from the same feed (a guide's fees and process); none by default. */
  protected relatedReads(): RelatedRead[] {
    return [];
  }

  /**
   * Error codes this widget shows beside the figures themselves (a budget's totals that disagree
   * with their items); any other error in the data gets the public notice under the widget, so data
   * with errors is never shown as if it were sound.
   */
  protected readonly errorsShownInline: readonly string[] = [];

  /** Further properties that pick what to show (e.g. a guide id). */
  protected readonly reloadKeys: readonly string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['src', 'feed', 'data', 'datasetId', ...this.reloadKeys];
    if (keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) void this.reload();
  }

  /** Loads again from `.data` or `src`. Later calls win over earlier ones still in flight. */
  async reload(): Promise<void> {
    const token = ++this.loadToken;
    if (this.data !== undefined) return this.readData(token);
    const src = this.effectiveSrc;
    if (!src) return this.settle({ status: 'idle' });
    // Keep showing what we have while reloading (a kiosk refresh must not flash a loading view).
    if (this.loadState.status !== 'ready') this.loadState = { status: 'loading' };
    try {
      const client = clientFor(src);
      const url = new URL(src, document.baseURI).href;
      const [main, related] = await Promise.all([
        client.read({ src: url, kinds: this.kinds, id: this.datasetId, limit: this.datasetLimit }),
        this.readRelated(client),
      ]);
      if (token !== this.loadToken) return;
      const show = (read: ReadResult<K>) => {
        const view = this.toView(inputFromSources(read.sources, related, read.unread));
        if ('error' in view) throw new FeedError('schema', url, { issues: view.issues });
        this.settle({
          status: 'ready',
          data: view,
          updated: read.updated,
          stale: read.stale,
          datasets: datesOf(read.sources),
          issues: read.issues,
        });
      };
      show(main);
      // A copy from the cache is shown at once; when the server has been asked, show what is known
      // then (new data, or the stale mark at once after an offline reload).
      void main.revalidated
        ?.then((next) => {
          const same = next.stale === main.stale && next.sources.every((s, i) => s.data === main.sources[i]?.data);
          if (token === this.loadToken && !same) show(next);
        })
        .catch(() => undefined); // the copy on screen stays; the next reload reports what is wrong
    } catch (e) {
      if (token !== this.loadToken) return;
      const err = e instanceof FeedError ? e : undefined;
      // Word the issues before the message is made (the message table is a lazy chunk).
      if (err?.issues.length) await loadMessages().catch(() => undefined);
      if (token !== this.loadToken) return;
      const message = err?.text ?? {
        'zh-CN': `无法读取 ${src}：${String(e)}`,
        en: `could not read ${src}: ${String(e)}`,
      };
      const status = err?.status ?? 0;
      const transient =
        !err || err.reason === 'network' || err.reason === 'timeout' || (err.reason === 'http' && status !== 404);
      // The server answered (or the feed was read already): its manifest may name whom to ask. After a
      // network failure or a timeout, asking again would only hold the error view back.
      const contact = await this.publisherContact(src, !transient);
      if (token !== this.loadToken) return;
      this.settle({ status: 'error', message, issues: err?.issues ?? [], transient, contact });
    }
  }

  /**
   * `.data`: validated here, a slice at a time; a very large list shows its first screenful before
   * the rest is checked, and one over `MAX_DATA_RECORDS` is refused with a reason.
   */
  private async readData(token: number): Promise<void> {
    const data = this.data;
    const cancelled = () => token !== this.loadToken;
    const count = recordCount(data, this.kinds);
    if (count > MAX_DATA_RECORDS) {
      const issue = makeIssue([], 'too_many_records', { count, limit: MAX_DATA_RECORDS });
      return this.settle({ status: 'error', message: this.invalidMessage(), issues: [issue] });
    }
    const show = (input: ViewInput<K> | DataRefusal): boolean => {
      if (cancelled()) return false;
      if (!('sources' in input)) {
        this.settle({ status: 'error', message: this.invalidMessage(), issues: input.issues });
        return false;
      }
      const view = this.toView(input);
      if ('error' in view) {
        this.settle({ status: 'error', message: view.error, issues: view.issues });
        return false;
      }
      this.settle({
        status: 'ready',
        data: view,
        updated: input.updated,
        datasets: datesOf(input.sources),
        issues: input.issues,
        total: input.total,
      });
      return true;
    };
    let early = this.preview?.(data, cancelled);
    if (early instanceof Promise) {
      // A long input's preview goes a slice at a time: say so meanwhile, not "no data".
      if (this.loadState.status !== 'ready') this.loadState = { status: 'loading' };
      early = await early;
      if (cancelled()) return;
    }
    if (early) {
      this.settle({ status: 'ready', data: early, issues: [], checking: true });
      // Let it render and paint before the checks, which then go a slice at a time.
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      if (!cancelled()) show(await inputFromDataSliced(data, this.kinds, cancelled));
      return;
    }
    if (count <= PROGRESSIVE_FROM) return void show(inputFromData(data, this.kinds));
    // The first screenful, checked, at once; then everything, a slice at a time.
    if (!show(inputFromData(data, this.kinds, FIRST_RECORDS))) return;
    // Let the first screenful render and paint before checking the rest (the first slice of that
    // would otherwise run in this same task, ahead of the render).
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    if (!cancelled()) show(await inputFromDataSliced(data, this.kinds, cancelled));
  }

  private invalidMessage(): LocalizedText {
    return {
      'zh-CN': `${this.subject['zh-CN']}${STATUS_TEXT['zh-CN'].invalid}`,
      en: `${this.subject.en}: ${STATUS_TEXT.en.invalid}`,
    };
  }

  /** The publisher's contact from the feed's manifest: as read already, or (with `fetch`) read now. */
  private async publisherContact(src: string, fetch: boolean): Promise<PublisherContact | undefined> {
    try {
      const client = clientFor(src);
      const manifest = client.knownFeed() ?? (fetch ? await client.feed() : undefined);
      if (!manifest) return undefined;
      const { publisher } = manifest.data;
      const c = publisher.contact;
      return c
        ? { name: publisher.department ?? publisher.name, phone: c.phone, email: c.email, url: c.url }
        : undefined;
    } catch {
      return undefined;
    }
  }

  private async readRelated(client: Client): Promise<Source<DatasetKind>[]> {
    const reads = this.relatedReads();
    const results = await Promise.all(
      reads.map((r) => client.read({ src: client.manifestUrl, kinds: r.kinds, id: r.id }).catch(() => undefined)),
    );
    return results.flatMap((r) => r?.sources ?? []);
  }

  private settle(next: LoadState<V>): void {
    this.loadState = next;
    // A hall screen's footer says the date of the panel on screen: it hears when that changes.
    this.emit('gk-load', { status: next.status });
    const issues = next.status === 'error' || next.status === 'ready' ? next.issues : [];
    if (!issues.length) {
      if (next.status === 'error') this.report(next, []);
      return;
    }
    // Issue messages are a lazy chunk: load them, then redraw and report. If the chunk cannot be
    // fetched (offline kiosk), report all the same: each issue still names its path and code.
    void loadMessages()
      .catch(() => undefined)
      .then(() => {
        if (this.loadState !== next) return;
        const problems = next.status === 'error' ? issues : issues.filter((i) => i.severity === 'error');
        // Redraw where issues are on screen (debug mode, the error view, a process's problems).
        if (this.debug || next.status === 'error' || problems.length) this.requestUpdate();
        if (next.status === 'error' || problems.length) this.report(next, problems);
      });
  }

  /** Tells the webmaster (console) and the page (`gk-error`) what cannot be shown and why. */
  private report(next: LoadState<V>, problems: ValidationIssue[]): void {
    const t = STATUS_TEXT;
    const message = next.status === 'error' ? next.message : { 'zh-CN': t['zh-CN'].errors, en: t.en.errors };
    const src = this.effectiveSrc ? ` src="${this.effectiveSrc}"` : '';
    const where = `<${this.localName}${src}${this.datasetId ? ` dataset="${this.datasetId}"` : ''}>`;
    const list = problems.map((i) => `\n  ${formatIssue(i)}`).join('');
    console.error(`${where}: ${message['zh-CN']} / ${message.en}${list}`);
    this.emit('gk-error', { message, issues: problems });
  }

  /** The loading, idle and error views; `undefined` when ready, so the widget renders its data. */
  protected renderStatus() {
    const t = STATUS_TEXT[this.effectiveLang];
    const s = this.loadState;
    if (s.status === 'loading')
      return html`<div class="gk-status" part="status" role="status" aria-busy="true">${t.loading}</div>`;
    if (s.status === 'idle') return html`<div class="gk-status" part="status" role="status">${t.idle}</div>`;
    if (s.status === 'error') {
      const c = s.contact;
      const phone = c?.phone && /^[\d\s()+-]{3,20}$/.test(c.phone) ? c.phone.replace(/[^\d+]/g, '') : undefined;
      const site = safeHttpUrl(c?.url);
      return html`<div class="gk-status gk-error" part="status error" role="alert">
        <p class="gk-error-title">${s.transient ? t.unavailable : t.broken}</p>
        ${s.transient ? html`<button class="gk-retry" part="retry" @click=${() => this.reload()}>${t.retry}</button>` : nothing}
        ${
          c && (c.phone || c.email || site)
            ? html`<p class="gk-contact" part="contact">
                ${fill(t.ask, { name: c.name ?? '' })}${COLON[this.effectiveLang]}
                ${c.phone ? (phone ? html`<a href="tel:${phone}">${c.phone}</a>` : c.phone) : nothing}
                ${c.email ? html`<a href="mailto:${c.email}">${c.email}</a>` : nothing}
                ${site ? html`<a href=${site} target="_blank" rel="noopener noreferrer">${site}</a>` : nothing}
              </p>`
            : nothing
        }
        ${
          this.debug
            ? html`<p>${s.message[this.effectiveLang]}</p>
                ${this.renderIssues(s.issues)}`
            : nothing
        }
      </div>`;
    }
    return undefined;
  }

  /** Issue list for webmasters (debug mode). */
  protected renderIssues(issues: readonly ValidationIssue[]) {
    if (!this.debug || issues.length === 0) return nothing;
    const lang = this.effectiveLang;
    return html`<details class="gk-issues" part="issues" open>
      <summary>${STATUS_TEXT[lang].issues} (${issues.length})</summary>
      <ul>
        ${issues.slice(0, 50).map((i) => html`<li class=${i.severity}>${formatIssue(i, lang)}</li>`)}
      </ul>
    </details>`;
  }

  /** "数据更新于 …" and the stale mark: every figure says when it was published. */
  protected renderUpdated(ready: Ready<V>) {
    const lang = this.effectiveLang;
    return html`<p class="gk-updated" part="updated">
      ${ready.updated !== undefined ? formatUpdated(ready.updated, lang) : nothing}
      ${ready.stale ? html`<span class="gk-stale" role="status">${STATUS_TEXT[lang].stale}</span>` : nothing}
      ${
        ready.issues.some((i) => i.severity === 'error' && !this.errorsShownInline.includes(i.code))
          ? html`<span class="gk-stale gk-flawed" role="alert">${STATUS_TEXT[lang].flawed}</span>`
          : nothing
      }
      ${
        ready.total !== undefined
          ? html`<span class="gk-stale" role="status"
              >${fill(STATUS_TEXT[lang].checking, { n: FIRST_RECORDS, total: ready.total })}</span
            >`
          : ready.checking
            ? html`<span class="gk-stale" role="status">${STATUS_TEXT[lang].verifying}</span>`
            : nothing
      }
    </p>`;
  }
}
