/**
 * <gk-catalogue>: a 政务公开事项标准目录 by 领域, each entry with its status — published, not linked
 * to any data, or late (its information changed and the time limit ran out before the data was
 * updated) — searchable, with links to the data that publishes it. The status is the SDK's
 * `catalogueStatus`, the same audit `gongkai validate` reports, judged as of the feed's own date
 * (or `as-of`), never the visitor's clock.
 */
import {
  catalogueStatus,
  disclosureCatalogueRules,
  foldText,
  formatDate,
  registerKinds,
  type CatalogueDatasetFacts,
  type CatalogueEntryStatus,
  type DisclosureCatalogue,
  type DisclosureEntry,
} from '@gongkai/sdk/core';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { clientFor } from '../base/clients.js';
import { GkDataElement, type Ready, type ViewInput } from '../base/data-element.js';
import { controls } from '../styles/controls.styles.js';
import { themes } from '../styles/themes.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { documentLink } from '../util/links.js';
import { safeHttpUrl } from '../util/safe-url.js';
import { catalogueStyles } from './catalogue.styles.js';
import { STRINGS, fill } from './strings.js';

/** A dataset of the feed as the catalogue links to it. */
interface LinkedDataset {
  kind: string;
  title: string;
  /** The data file, absolute. */
  url: string;
  updated: string | null;
}

export interface CatalogueView {
  catalogue: DisclosureCatalogue;
  /** The feed's datasets by id; empty when the catalogue was given as `.data` without its feed. */
  datasets: Map<string, LinkedDataset>;
  /** The feed's own date (its manifest's `updated`): what lateness is judged against by default. */
  feedDate?: string | null;
}

/**
 * @tagname gk-catalogue
 * @fires {GkErrorDetail} gk-error - The data cannot be shown; `detail.message`, `detail.issues`.
 * @csspart search - The search box.
 * @csspart domain - Each 领域's section.
 * @csspart entry - Each entry.
 * @csspart state - An entry's status.
 */
export class GkCatalogue extends GkDataElement<CatalogueView, 'disclosure-catalogue'> {
  static override styles = [tokens, themes, controls, catalogueStyles];

  protected readonly subject = { 'zh-CN': STRINGS['zh-CN'].subject, en: STRINGS.en.subject };
  protected readonly kinds = ['disclosure-catalogue'] as const;
  static {
    registerKinds(disclosureCatalogueRules);
  }
  protected override readonly datasetLimit = 1;

  /** Search text: entries whose 领域, 事项, content or publisher contain it. */
  @property() query = '';
  /** The day lateness is judged on (YYYY-MM-DD); default the feed's own date. */
  @property({ attribute: 'as-of' }) asOf = '';
  /**
   * Where the widget showing a dataset lives: `{dataset}`, `{kind}` and `{record}` are filled in
   * (e.g. `fees.html?dataset={dataset}`). Without it, an entry links to the data file itself.
   */
  @property({ attribute: 'data-link' }) dataLink = '';

  protected toView({ sources }: ViewInput<'disclosure-catalogue'>): CatalogueView {
    const source = sources[0]!;
    const datasets = new Map<string, LinkedDataset>();
    const src = this.effectiveSrc;
    // The manifest was read already (the catalogue came through it): its datasets' dates and files.
    const client = src ? clientFor(src) : undefined;
    const manifest = client?.knownFeed()?.data;
    for (const ref of manifest?.datasets ?? [])
      datasets.set(ref.id, {
        kind: ref.kind,
        title: ref.title,
        url: new URL(ref.url, client!.manifestUrl).href,
        updated: ref.updated,
      });
    return { catalogue: source.data, datasets, feedDate: manifest?.updated };
  }

  private statuses(view: CatalogueView): { entries: CatalogueEntryStatus[]; asOf?: string } {
    const facts = new Map<string, CatalogueDatasetFacts>();
    if (view.datasets.size) for (const [id, d] of view.datasets) facts.set(id, { updated: d.updated });
    // Without its feed the catalogue's links cannot be checked: each counts as published, none as late.
    else
      for (const e of view.catalogue.entries)
        for (const l of e.links ?? []) facts.set(l.dataset, { updated: e.changed ?? null });
    const asOf = /^\d{4}-\d{2}-\d{2}/.test(this.asOf) ? this.asOf : (view.feedDate ?? undefined);
    return { entries: catalogueStatus(view.catalogue.entries, facts, asOf ?? '0000-00-00').entries, asOf };
  }

  private linkFor(view: CatalogueView, dataset: string, record?: string): string | undefined {
    const d = view.datasets.get(dataset);
    if (this.dataLink) {
      const href = this.dataLink
        .replace(/\{dataset\}/g, encodeURIComponent(dataset))
        .replace(/\{kind\}/g, encodeURIComponent(d?.kind ?? ''))
        .replace(/\{record\}/g, encodeURIComponent(record ?? ''));
      return /^[a-z][a-z0-9+.-]*:/i.test(href) ? safeHttpUrl(href) : href;
    }
    return d ? safeHttpUrl(d.url) : undefined;
  }

  private entryMatches(e: DisclosureEntry, q: string): boolean {
    if (!q) return true;
    return foldText([e.domain, e.level1, e.level2 ?? '', e.content, e.publisher].join(' ')).includes(q);
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const ready = this.loadState as Ready<CatalogueView>;
    const view = ready.data;
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const { entries: statuses, asOf } = this.statuses(view);
    const counts = { published: 0, unlinked: 0, late: 0 };
    for (const s of statuses) counts[s.state]++;
    const q = foldText(this.query.trim());
    // 领域 in the order the catalogue prints them.
    const domains = new Map<string, { entry: DisclosureEntry; status: CatalogueEntryStatus }[]>();
    view.catalogue.entries.forEach((entry, i) => {
      if (!this.entryMatches(entry, q)) return;
      const list = domains.get(entry.domain) ?? [];
      list.push({ entry, status: statuses[i]! });
      domains.set(entry.domain, list);
    });
    return html`
      <h2>${view.catalogue.title ?? t.title}</h2>
      <div class="toolbar">
        <input
          type="search"
          part="search"
          aria-label=${t.search}
          placeholder=${t.searchPlaceholder}
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="summary" role="status">
        ${fill(t.summary, { total: statuses.length, ...counts })}${
          asOf
            ? html` <span class="as-of">${`（${fill(t.asOf, { date: formatDate(asOf.slice(0, 10), lang) })}）`}</span>`
            : nothing
        }
      </p>
      ${domains.size === 0 ? html`<p class="gk-status" part="status">${fill(t.noResults, { q: this.query.trim() })}</p>` : nothing}
      ${[...domains].map(
        ([domain, list]) =>
          html`<section part="domain" aria-label=${domain}>
            <h3>
              <span class="domain-name">${domain}</span>
              <span class="count">${fill(t.domainCount, { n: list.length })}</span>
            </h3>
            <ul class="entries">
              ${list.map(({ entry, status }) => this.renderEntry(view, entry, status))}
            </ul>
          </section>`,
      )}
      ${this.renderUpdated(ready)} ${this.renderIssues(ready.issues)}
    `;
  }

  private renderEntry(view: CatalogueView, e: DisclosureEntry, s: CatalogueEntryStatus) {
    const lang = this.effectiveLang;
    const t = STRINGS[lang];
    const name = e.level2 ? `${e.level1} · ${e.level2}` : e.level1;
    const channels = [...e.channels.map((c) => t[`ch-${c}`]), ...(e.otherChannels ?? [])].join('、');
    const links = (e.links ?? []).filter((l) => !s.missing.some((m) => m.dataset === l.dataset && !m.record));
    return html`<li class="entry" part="entry" data-id=${e.id} data-state=${s.state}>
      <div class="head">
        <p class="name">${name}</p>
        <span class="state" part="state" data-state=${s.state}>${t[s.state]}</span>
      </div>
      <dl>
        <dt>${t.content}</dt>
        <dd>${e.content}</dd>
        <dt>${t.timeLimit}</dt>
        <dd>
          ${e.timeLimit.text}
          ${s.late.map(
            (l) =>
              html`<br /><span class="late-detail"
                  >${fill(t.lateDetail, {
                    changed: formatDate(l.changed, lang),
                    deadline: formatDate(l.deadline, lang),
                    updated: l.updated ? formatDate(l.updated, lang) : '—',
                  })}</span
                >`,
          )}
        </dd>
        <dt>${t.publisher}</dt>
        <dd>${e.publisher}</dd>
        <dt>${t.channels}</dt>
        <dd>${channels}</dd>
        ${
          e.basis?.length
            ? html`<dt>${t.basis}</dt>
                <dd>${e.basis.map((b, i) => html`${i ? '；' : ''}${documentLink(b)}`)}</dd>`
            : nothing
        }
        <dt>${t.data}</dt>
        <dd>
          ${
            links.length
              ? html`<ul class="links">
                  ${links.map((l) => {
                    const d = view.datasets.get(l.dataset);
                    const href = this.linkFor(view, l.dataset, l.records?.[0]);
                    const label = d?.title ?? l.dataset;
                    return html`<li>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
                  })}
                </ul>`
              : t.noData
          }
        </dd>
      </dl>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-catalogue': GkCatalogue;
  }
}
