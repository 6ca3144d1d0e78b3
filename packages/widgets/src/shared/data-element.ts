/**
 * The base of every data widget: `src` (a URL) or `.data` (an object), validated through the SDK,
 * with loading, error and empty states that are real states. The public sees a short message;
 * the webmaster gets the exact issues in the console, in a `gk-error` event, and on screen with
 * the `debug` attribute. A failure never blanks the widget or throws into the host page.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { feedContext, type FeedContextValue } from './feed-context.js';
import {
  FeedError,
  formatIssue,
  formatUpdated,
  loadMessages,
  type Lang,
  type LocalizedText,
  type ValidationIssue,
} from '@gongkai/sdk/core';
import { resolveLang } from './lang.js';

export interface Ready<T> {
  data: T;
  /** When the data was last updated by its publisher. */
  updated?: string;
  /** True when showing the last good copy because the latest fetch failed. */
  stale?: boolean;
  issues: ValidationIssue[];
  /**
   * For very large `.data`: the first rows are validated and shown at once; this validates the
   * whole dataset in a later task and replaces them (or turns into the error view).
   */
  complete?: () => Ready<T> | Problem;
}

export interface Problem {
  error: LocalizedText;
  issues: ValidationIssue[];
}

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | ({ status: 'ready' } & Ready<T>)
  | { status: 'error'; message: LocalizedText; issues: ValidationIssue[] };

export interface GkErrorDetail {
  message: LocalizedText;
  issues: ValidationIssue[];
}

const STATUS_TEXT = {
  'zh-CN': {
    loading: '正在加载…',
    idle: '暂无数据',
    unavailable: '数据暂时无法显示',
    stale: '网络异常，显示的可能不是最新数据',
    issues: '数据问题（仅调试模式可见）',
  },
  en: {
    loading: 'Loading…',
    idle: 'No data',
    unavailable: 'This information cannot be shown right now',
    stale: 'Offline: this may not be the latest data',
    issues: 'Data issues (shown in debug mode only)',
  },
} as const;

export abstract class GkDataElement<T> extends LitElement {
  /** URL of a feed (its folder or manifest.json) or of a dataset file. */
  @property() src?: string;
  /** The dataset as an object, instead of `src`. */
  @property({ attribute: false }) data?: unknown;
  /** Id of one dataset in the feed (attribute `dataset`); default: every dataset of this widget's kind. */
  @property({ attribute: 'dataset' }) datasetId?: string;
  /** Shows validation issues on screen, for webmasters setting the widget up. */
  @property({ type: Boolean, reflect: true }) debug = false;
  @property({ reflect: true }) override lang = '';
  /** `dark`, `high-contrast` or `elderly` (适老化); or set on an enclosing <gk-feed>/<gk-kiosk>. */
  @property({ reflect: true }) theme = '';

  /** The feed of an enclosing <gk-feed> or <gk-kiosk>, used when `src` is not set. */
  @consume({ context: feedContext, subscribe: true })
  @state()
  protected feed?: FeedContextValue;

  /** Where this widget reads from: its own `src`, else the enclosing feed's. */
  get effectiveSrc(): string | undefined {
    return this.src || this.feed?.src;
  }

  /** Where the widget stands, for containers such as <gk-kiosk>. */
  get loadStatus(): LoadState<T>['status'] {
    return this.loadState.status;
  }

  /** What the widget shows now (read by containers such as <gk-kiosk>). */
  @state() loadState: LoadState<T> = { status: 'idle' };
  private loadToken = 0;

  /** The human name of what this widget shows, for messages ("收费信息"). */
  protected abstract readonly subject: LocalizedText;
  /** Validates an object given as `.data`. */
  protected abstract fromData(data: unknown): Ready<T> | Problem;
  /** Loads from `src` through the SDK client; throws FeedError on failure. */
  protected abstract fromSource(url: URL): Promise<Ready<T>>;

  protected get effectiveLang(): Lang {
    return resolveLang(this);
  }

  /** Further properties that pick what to load (e.g. a guide id). */
  protected readonly reloadKeys: readonly string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['src', 'feed', 'data', 'datasetId', ...this.reloadKeys];
    if (keys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) void this.reload();
  }

  /** Loads again from `.data` or `src`. Later calls win over earlier ones still in flight. */
  async reload(): Promise<void> {
    const token = ++this.loadToken;
    if (this.data !== undefined) {
      const settleFrom = (r: Ready<T> | Problem) =>
        this.settle(
          'error' in r
            ? { status: 'error', message: r.error, issues: r.issues }
            : { status: 'ready', ...r, complete: undefined },
        );
      const r = this.fromData(this.data);
      settleFrom(r);
      const complete = 'complete' in r ? r.complete : undefined;
      if (complete) {
        // After the first rows have been painted, validate everything.
        await new Promise((resolve) => setTimeout(resolve));
        if (token === this.loadToken) settleFrom(complete());
      }
      return;
    }
    const src = this.effectiveSrc;
    if (!src) {
      this.settle({ status: 'idle' });
      return;
    }
    // Keep showing what we have while reloading (a kiosk refresh must not flash a loading view).
    if (this.loadState.status !== 'ready') this.loadState = { status: 'loading' };
    try {
      const ready = await this.fromSource(new URL(src, document.baseURI));
      if (token === this.loadToken) this.settle({ status: 'ready', ...ready });
    } catch (e) {
      if (token !== this.loadToken) return;
      const err = e instanceof FeedError ? e : undefined;
      if (err?.issues.length) await loadMessages(err.issues).catch(() => undefined);
      if (token !== this.loadToken) return;
      const message = err?.text ?? {
        'zh-CN': `无法读取 ${src}：${String(e)}`,
        en: `could not read ${src}: ${String(e)}`,
      };
      this.settle({ status: 'error', message, issues: err?.issues ?? [] });
    }
  }

  private settle(next: LoadState<T>): void {
    this.loadState = next;
    const issues = next.status === 'error' || next.status === 'ready' ? next.issues : [];
    if (!issues.length) {
      if (next.status === 'error') this.report(next, []);
      return;
    }
    // Issue messages are a lazy chunk: word the issues first, then redraw and report them. If the
    // chunk cannot be fetched (offline kiosk), report all the same: each issue still names its
    // path and code.
    void loadMessages(issues)
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
  private report(next: LoadState<T>, problems: ValidationIssue[]): void {
    const message = next.status === 'error' ? next.message : { 'zh-CN': '数据有错误', en: 'the data has errors' };
    const where = `<${this.localName}${this.effectiveSrc ? ` src="${this.effectiveSrc}"` : ''}${this.datasetId ? ` dataset="${this.datasetId}"` : ''}>`;
    console.error(
      `${where}: ${message['zh-CN']} / ${message.en}${problems.map((i) => `\n  ${formatIssue(i)}`).join('')}`,
    );
    this.dispatchEvent(
      new CustomEvent<GkErrorDetail>('gk-error', {
        detail: { message, issues: problems },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The loading, idle and error views; `undefined` when ready, so the widget renders its data. */
  protected renderStatus() {
    const t = STATUS_TEXT[this.effectiveLang];
    const s = this.loadState;
    if (s.status === 'loading')
      return html`<div class="gk-status" part="status" role="status" aria-busy="true">${t.loading}</div>`;
    if (s.status === 'idle') return html`<div class="gk-status" part="status" role="status">${t.idle}</div>`;
    if (s.status === 'error') {
      return html`<div class="gk-status gk-error" part="status error" role="alert">
        <p class="gk-error-title">${t.unavailable}</p>
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
  protected renderUpdated(ready: Ready<T>) {
    const lang = this.effectiveLang;
    return html`<p class="gk-updated" part="updated">
      ${ready.updated ? formatUpdated(ready.updated, lang) : nothing}
      ${ready.stale ? html`<span class="gk-stale" role="status">${STATUS_TEXT[lang].stale}</span>` : nothing}
    </p>`;
  }
}
