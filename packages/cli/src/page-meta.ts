/**
 * Government website page metadata for the pages the CLI writes (posters' HTML, the harvest's item
 * pages and report): SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnType, ArticleTitle, PubDate,
 * ContentSource, Author, Keywords, Description, Url, as 政府网站 CMSs write them for the national
 * platform's crawler (named for GB/T 42147-2022 in issue 34). A value the manifest does not give is
 * left out, never made up. Feed text is escaped.
 */
import type { GovSite } from '@gongkai/sdk';
import { escapeHtml, Markup } from './html-escape.js';

export interface PageMeta {
  site?: GovSite;
  /** Who runs the site when no `site` is given (the SiteName then). */
  siteOwner: string;
  columnName: string;
  columnType: string;
  title: string;
  /** When the content was published or updated (the dataset's `updated`). */
  pubDate?: string | null;
  /** 信息来源: the publishing body. */
  source?: string;
  keywords?: readonly string[];
  description?: string;
  url?: string;
}

/** "2026-03-02T09:00:00+08:00" → "2026-03-02 09:00" in China time; a plain date stays a date. */
export function metaDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return new Date(t + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function pageMeta(m: PageMeta): Markup {
  const pairs: [string, string | undefined][] = [
    ['SiteName', m.site?.name ?? m.siteOwner],
    ['SiteDomain', m.site?.domain],
    ['SiteIDCode', m.site?.idCode],
    ['ColumnName', m.columnName],
    ['ColumnType', m.columnType],
    ['ArticleTitle', m.title],
    ['PubDate', m.pubDate ? metaDate(m.pubDate) : undefined],
    ['ContentSource', m.source],
    ['Author', m.source],
    ['Keywords', m.keywords?.length ? m.keywords.join(',') : undefined],
    ['Description', m.description],
    ['Url', m.url],
  ];
  return new Markup(
    pairs
      .filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].trim() !== '')
      .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
      .join('\n'),
  );
}
