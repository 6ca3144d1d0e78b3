/**
 * Search across every department, from static files: one small HTML page per item (fee, power,
 * guide, process, a budget's 类, a 三公 table) with schema.org JSON-LD and the facts people search
 * by, indexed by Pagefind (Chinese segmentation) into `search/pagefind/`. Names also carry their
 * pinyin and initials, so "bdc" finds 不动产登记费. Feed text is escaped into every page.
 */
import { pageMeta } from '../page-meta.js';
import {
  documentLabel,
  formatAmount,
  formatFeeStandard,
  loadPinyin,
  type CatalogueEntry,
  type GovSite,
} from '@gongkai/sdk';
import { join } from 'node:path';
import { escapeHtml as esc } from '../html-escape.js';
import { TITLE_MAX, bounded, boundedLines, noNotes, notesInWords } from './derived-text.js';
import type { DerivedProblem } from './derived-problem.js';

type Data = Record<string, unknown>;
type Rec = Record<string, unknown>;

export interface SearchItem {
  /** Path of the page inside the release. */
  path: string;
  title: string;
  lines: string[];
  kind: string;
  /** The department view that shows it: section of <gk-department>, and the guide for a guide. */
  section: string;
  department: string;
  year?: number;
  type: 'GovernmentService' | 'GovernmentOrganization' | 'Dataset';
}

const KIND_LABEL: Record<string, string> = {
  'fee-list': '收费',
  'power-list': '权责清单',
  'service-guide': '办事指南',
  process: '办事流程',
  budget: '预算',
  'final-account': '决算',
  'three-public': '“三公”经费',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const recs = (v: unknown): Rec[] => (Array.isArray(v) ? (v as Rec[]) : []);
const safeId = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');

/** "权力编码：3399990307001", or nothing for an item without a code. */
const codeLine = (label: string, code: unknown) => (str(code) ? `${label}：${str(code)}` : '');

/** The items of one dataset. */
export function itemsOf(e: CatalogueEntry, d: Data): SearchItem[] {
  const base = `search/items/${e.publisher}/${safeId(e.id)}`;
  const dept = (r: Rec) => str(r.department) || str(d.department) || e.publisherName;
  const docs = (v: unknown) => recs(v).map((x) => documentLabel(x as Parameters<typeof documentLabel>[0]));
  switch (e.kind) {
    case 'fee-list':
      return recs(d.items).map((f) => ({
        path: `${base}/${safeId(str(f.id))}.html`,
        title: str(f.name),
        lines: [
          formatFeeStandard(f.standard as Parameters<typeof formatFeeStandard>[0]),
          ...docs(f.basis),
          str(f.exemptions),
        ],
        kind: e.kind,
        section: 'fees',
        department: dept(f),
        type: 'GovernmentService',
      }));
    case 'power-list':
      return recs(d.powers).map((p) => ({
        path: `${base}/${safeId(str(p.id))}.html`,
        title: str(p.name),
        // The code last, named: still found by a search for it, but an excerpt opens with the basis.
        lines: [
          ...docs(p.basis),
          ...recs(p.subItems).map((s) => str((s as Rec).name) || String(s)),
          codeLine('权力编码', p.code),
        ],
        kind: e.kind,
        section: 'powers',
        department: dept(p),
        type: 'GovernmentService',
      }));
    case 'service-guide':
      return recs(d.guides).map((g) => ({
        path: `${base}/${safeId(str(g.id))}.html`,
        title: str(g.name),
        lines: [
          ...docs(g.legalBasis),
          ...((g.conditions as string[] | undefined) ?? []),
          str(g.result),
          codeLine('事项编码', g.code),
        ],
        kind: e.kind,
        section: `services/${str(g.id)}`,
        department: dept(g),
        type: 'GovernmentService',
      }));
    case 'process':
      return recs(d.processes).map((p) => ({
        path: `${base}/${safeId(str(p.id))}.html`,
        title: str(p.name),
        lines: recs(p.nodes).map((n) => str(n.label)),
        kind: e.kind,
        section: 'services',
        department: dept(p),
        type: 'GovernmentService',
      }));
    case 'budget':
    case 'final-account': {
      const unit = str(d.unit) as '元' | '万元' | '亿元';
      const lines = recs(d.lines);
      return lines
        .filter((l) => str(l.code).length === 3)
        .map((c) => ({
          path: `${base}/${str(c.code)}.html`,
          title: `${str(c.name)}（${e.year ?? ''}年${KIND_LABEL[e.kind]}）`,
          lines: [
            `${str(c.code)} ${str(c.name)}：${formatAmount(c.total as number | null, { unit })}`,
            ...lines
              .filter((l) => str(l.code).startsWith(str(c.code)) && l !== c)
              .map((l) => `${str(l.code)} ${str(l.name)}`),
          ],
          kind: e.kind,
          section: 'budget',
          department: dept(d),
          ...(e.year ? { year: e.year } : {}),
          type: 'Dataset',
        }));
    }
    case 'three-public':
      return [
        {
          path: `${base}/index.html`,
          title: `${dept(d)}${e.year ?? ''}年“三公”经费`,
          lines: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
          kind: e.kind,
          section: 'three-public',
          department: dept(d),
          ...(e.year ? { year: e.year } : {}),
          type: 'Dataset',
        },
      ];
    default:
      return [];
  }
}

/**
 * The widget view that shows an item: {feed} (the publisher's mirrored feed, relative to the
 * aggregate: `feeds/<code>/`), {department} and {section} filled in. A relative template is relative
 * to the aggregate's folder; the default is a department page beside an aggregate served at
 * `aggregate/` (as in the examples). Platforms pass their own with `--view`.
 */
export const DEFAULT_VIEW = '../department.html?src=aggregate/{feed}&department={department}#{section}';

export function viewLink(template: string, item: SearchItem, e: CatalogueEntry): string {
  const link = template
    .replace('{feed}', `feeds/${encodeURIComponent(e.publisher)}/`)
    .replace('{department}', encodeURIComponent(item.department))
    .replace('{section}', item.section.split('/').map(encodeURIComponent).join('/'));
  // From search/items/<publisher>/<dataset>/<page>.html back to the aggregate's folder.
  return /^https?:\/\//i.test(template) ? link : `../../../../${link}`;
}

/**
 * One page: the facts in the body Pagefind indexes, the filters, and JSON-LD for search engines.
 * What <gk-search> needs to link a result (feed, section…) is meta Pagefind reads but does not
 * index, so it never shows in a result's excerpt.
 */
export function itemPage(
  item: SearchItem,
  e: CatalogueEntry,
  pinyin: string,
  view = DEFAULT_VIEW,
  platform?: { name: string; site?: GovSite },
): string {
  // The platform's website carries the page; the department that published the data is its source.
  const meta = platform
    ? pageMeta({
        site: platform.site,
        siteOwner: platform.name,
        columnName: KIND_LABEL[item.kind] ?? item.kind,
        columnType: '信息公开',
        title: item.title,
        pubDate: e.updated,
        source: item.department,
        keywords: [item.department, KIND_LABEL[item.kind] ?? item.kind, ...(e.region ? [e.region] : [])],
      }).text
    : '';
  const ld = {
    '@context': 'https://schema.org',
    '@type': item.type,
    name: item.title,
    ...(item.type === 'Dataset'
      ? { creator: { '@type': 'GovernmentOrganization', name: item.department } }
      : {
          provider: {
            '@type': 'GovernmentOrganization',
            name: item.department,
            ...(e.region ? { areaServed: e.region } : {}),
          },
        }),
  };
  // In a script element only "</" can end it early: escaped as in JSON.
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8">${meta ? `\n${meta}\n` : ''}<title>${esc(item.title)}</title>
<script type="application/ld+json">${json}</script></head>
<body><main data-pagefind-body>
<h1 data-pagefind-meta="title">${esc(item.title)}</h1>
<p data-pagefind-ignore><a href="${esc(viewLink(view, item, e))}">在公开页中查看</a></p>
<p><span data-pagefind-filter="department">${esc(item.department)}</span> · <span data-pagefind-filter="kind">${esc(KIND_LABEL[item.kind] ?? item.kind)}</span>${e.region ? ` · <span data-pagefind-filter="region">${esc(e.region)}</span>` : ''}${item.year ? ` · <span data-pagefind-filter="year">${item.year}</span>` : ''}</p>
${item.lines
  .filter(Boolean)
  .map((l) => `<p>${esc(l)}</p>`)
  .join('\n')}
<p class="pinyin">${esc(pinyin)}</p>
<div data-pagefind-ignore hidden>
<span data-pagefind-meta="initials">${esc(pinyin.split(' ')[0])}</span>
<span data-pagefind-meta="feed">feeds/${esc(e.publisher)}/</span>
<span data-pagefind-meta="department">${esc(item.department)}</span>
<span data-pagefind-meta="section">${esc(item.section)}</span>
</div>
</main></body></html>
`;
}

/**
 * Pages per Pagefind index. The indexer holds a whole index in memory while it writes it (about 210 MB
 * for 3,000 pages with Chinese segmentation, with this process beside it), so a province's pages are
 * split into indexes of this many, built one after another, and searched together (<gk-search>: the
 * first answers while the others load). Measured in bench/harvest.bench.mjs: with 6,000 the harvest
 * and its indexer together passed 700 MB.
 */
export const PAGES_PER_INDEX = 3000;

/** Where the indexes are listed, inside `search/`: the first is `pagefind/`. */
export const BUNDLES_FILE = 'bundles.json';

/** An item as a page takes it: well-formed text, bounded (derived-text.ts); what was changed is noted. */
function boundedItem(item: SearchItem, notes: ReturnType<typeof noNotes>): SearchItem {
  return {
    ...item,
    title: bounded(item.title, TITLE_MAX, notes),
    department: bounded(item.department, TITLE_MAX, notes),
    lines: boundedLines(item.lines, notes),
  };
}

/**
 * Writes the pages and the Pagefind indexes into `search/` of the release: `pagefind/`, then
 * `pagefind-2/`… when there are more pages than one index holds, listed in `search/bundles.json`.
 * A publisher's pages stay in one index. A dataset whose pages cannot be made or indexed is left
 * out of the search and reported in `problems`: it never stops the others'.
 */
export async function writeSearch(
  write: (rel: string, body: string) => Promise<void>,
  searchDir: string,
  entries: readonly CatalogueEntry[],
  readDataset: (e: CatalogueEntry) => Promise<Data>,
  view = DEFAULT_VIEW,
  pagesPerIndex = PAGES_PER_INDEX,
  platform?: { name: string; site?: GovSite },
): Promise<{ pages: number; bundles: string[]; problems: DerivedProblem[] }> {
  const toPinyin = await loadPinyin();
  const pagefind = await import('pagefind');
  const bundles: string[] = [];
  let index: Awaited<ReturnType<typeof pagefind.createIndex>>['index'];
  let inIndex = 0;
  let pages = 0;
  let publisher: string | undefined;
  const problems: DerivedProblem[] = [];
  const report = (e: CatalogueEntry, severity: 'error' | 'warning', code: string, message: string) =>
    problems.push({ publisher: e.publisher, problem: { dataset: e.id, severity, code, message } });
  const open = async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error('pagefind could not start');
    return index;
  };
  /** Writes the open index and stops its indexer, which gives its memory back. */
  const finish = async () => {
    if (!index) return;
    const name = bundles.length ? `pagefind-${bundles.length + 1}` : 'pagefind';
    await index.writeFiles({ outputPath: join(searchDir, name) });
    bundles.push(`${name}/`);
    await pagefind.close();
    index = undefined;
    inIndex = 0;
  };
  try {
    for (const e of entries) {
      if (e.state === 'removed') continue;
      if (e.publisher !== publisher && inIndex >= pagesPerIndex) await finish();
      publisher = e.publisher;
      let items: SearchItem[];
      try {
        items = itemsOf(e, await readDataset(e));
      } catch (err) {
        report(e, 'error', 'search_failed', `检索页无法生成，本数据集不进入检索：${(err as Error).message}`);
        continue;
      }
      const notes = noNotes();
      let failed = 0;
      let firstFailure = '';
      for (const raw of items) {
        const item = boundedItem(raw, notes);
        const syllables = toPinyin(item.title).filter((s) => /^[a-z]+$/.test(s));
        const words = `${syllables.map((s) => s[0]).join('')} ${syllables.join('')}`;
        const html = itemPage(item, e, words, view, platform);
        index ??= await open();
        // One item the indexer refuses is left out alone; the rest of the dataset and the others go on.
        const added = await index.addHTMLFile({ url: `/${item.path}`, content: html }).then(
          (r) => r.errors,
          (err: unknown) => [(err as Error).message],
        );
        if (added.length) {
          failed++;
          firstFailure ||= added.join('; ').slice(0, 300);
          continue;
        }
        await write(item.path, html);
        inIndex++;
        pages++;
      }
      for (const message of notesInWords(notes, '检索页')) report(e, 'warning', 'search_text', message);
      if (failed) report(e, 'error', 'search_failed', `${failed} 项未能编入检索（其余照常）：${firstFailure}`);
    }
    // An aggregate with no pages yet still has an index, so the search box says "nothing found".
    if (!bundles.length) index ??= await open();
    await finish();
  } finally {
    await pagefind.close();
  }
  await write(`search/${BUNDLES_FILE}`, JSON.stringify({ bundles }) + '\n');
  return { pages, bundles, problems };
}
