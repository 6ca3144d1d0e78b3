/**
 * `gongkai print <feed> --what guide:ID|fees|rules|powers [--paper A4|A3] [--landscape]
 * [--screen 1080x1920|1920x1080] [--department NAME] [--out FILE]`: the 公开栏 poster
 * ("办事程序、办事依据、收费标准、办结时限上墙") as a print-ready PDF, an HTML page, or for an
 * electronic notice screen a PNG of exactly that screen. Rendered by Chromium (the flowchart is the
 * widget itself, frozen to SVG), so the printed sheet and the web page agree. The sheet is laid out
 * with JavaScript off and may load nothing but itself; see SECURITY.md ("Print").
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  MAX_CHART_NODES,
  combineSources,
  recordsOf,
  validate,
  type DataOf,
  type DatasetKind,
  type Fee,
  type Manifest,
  type Power,
  type Process,
  type ServiceGuide,
  type ServiceRules,
} from '@gongkai/sdk';
import type { Page } from 'puppeteer-core';
import { readFeed } from '../feed-reader.js';
import type { Output } from '../output.js';
import { launchBrowser } from '../print/browser.js';
import { CHART_DEADLINE_MS, drawCharts, type FrozenCharts } from '../print/charts.js';
import { placeCharts } from '../print/place-charts.js';
import { guardRequests } from '../print/request-guard.js';
import { scrubSheet } from '../print/scrub-sheet.js';
import {
  chartPage,
  feesBody,
  guideBody,
  posterPage,
  powersBody,
  rulesBody,
  type PosterInput,
  type Sheet,
} from '../print/poster-html.js';
import { createStaticServer, listen } from '../static-server.js';
import { pageMeta } from '../page-meta.js';

export interface PrintOptions {
  what: string;
  paper?: 'A4' | 'A3';
  landscape?: boolean;
  screen?: { width: number; height: number };
  department?: string;
  out?: string;
}

interface Feed {
  manifest: Manifest;
  of<K extends 'fee-list' | 'service-guide' | 'process' | 'power-list' | 'service-rules'>(
    kind: K,
  ): { id: string; data: DataOf<K> }[];
}

/** The datasets of the feed that are valid, by kind (a broken one is left to `gongkai validate`). */
async function loadFeed(src: string): Promise<Feed | undefined> {
  const files = await readFeed(src);
  const manifest = validate('manifest', files.manifest).data;
  if (!manifest) return undefined;
  return {
    manifest,
    of(kind) {
      return manifest.datasets
        .filter((d) => d.kind === kind && Object.hasOwn(files.datasets, d.id))
        .map((d) => ({ id: d.id, data: validate(kind, files.datasets[d.id]).data }))
        .filter((x): x is { id: string; data: DataOf<typeof kind> } => x.data !== undefined);
    },
  };
}

/**
 * The date a poster prints: its datasets' own `updated` (never the manifest's), the newest of them,
 * null when they print none: the rule of the widgets and hall screens (the SDK's combineSources).
 */
function posterDate<K extends DatasetKind>(kind: K, lists: readonly { id: string; data: DataOf<K> }[]) {
  return combineSources(
    lists.map((l) => ({
      kind,
      id: l.id,
      url: l.id,
      data: l.data,
      updated: (l.data as { updated?: string | null }).updated ?? null,
      stale: false,
      issues: [],
    })),
  ).updated;
}

/** What the poster shows (and the processes it draws as charts), or the reason there is nothing to show. */
function poster(feed: Feed, opts: PrintOptions): (PosterInput & { charts?: string[] }) | { error: [string, string] } {
  const { publisher } = feed.manifest;
  const phone = publisher.contact?.phone;
  const [what, id] = opts.what.split(':');
  const dept = opts.department;
  if (what === 'guide') {
    const lists = feed.of('service-guide');
    const found = lists.flatMap((l) => l.data.guides.map((g) => ({ g, list: l }))).find((x) => x.g.id === id);
    if (!found) return { error: [`数据源中没有办事指南“${id ?? ''}”`, `the feed has no guide "${id ?? ''}"`] };
    const g: ServiceGuide = found.g;
    const processes = feed.of('process').flatMap((l) => l.data.processes);
    const fees = feed.of('fee-list').flatMap((l) => l.data.items);
    const process: Process | undefined = processes.find((p) => p.id === g.processRef);
    const feeList = g.fees && 'refs' in g.fees ? g.fees.refs.map((r) => fees.find((f) => f.id === r) ?? r) : [];
    return {
      title: g.name,
      department: [g.department, g.window].filter(Boolean).join(' · '),
      phone: g.complaintPhone ?? phone,
      link: g.onlineUrl ?? g.source,
      updated: posterDate('service-guide', [found.list]),
      body: guideBody(g, process, feeList),
      // Past the widget's limit it draws no chart, only text: none is waited for (the table has the steps).
      charts: process && process.nodes.length <= MAX_CHART_NODES ? [process.id] : [],
    };
  }
  if (what === 'fees') {
    const lists = feed.of('fee-list');
    const fees: Fee[] = lists.flatMap((l) => l.data.items).filter((f) => !dept || f.department === dept);
    if (!fees.length) return { error: ['数据源中没有收费项目', 'the feed has no fees'] };
    return {
      title: '收费项目及标准',
      department: dept ?? publisher.department ?? publisher.name,
      phone,
      link: publisher.contact?.url,
      updated: posterDate('fee-list', lists),
      body: feesBody(fees),
    };
  }
  if (what === 'rules') {
    const list = feed.of('service-rules')[0];
    if (!list) return { error: ['数据源中没有办事纪律', 'the feed has no service rules'] };
    const r: ServiceRules = list.data;
    return {
      title: r.title ?? '办事纪律',
      department: r.department ?? publisher.name,
      phone,
      link: publisher.contact?.url,
      updated: posterDate('service-rules', [list]),
      body: rulesBody(r),
    };
  }
  if (what === 'powers') {
    const lists = feed.of('power-list');
    const powers: Power[] = lists
      .flatMap((l) => recordsOf('power-list', l.data).map((x) => x.record))
      .filter((p) => !dept || p.department === dept);
    if (!powers.length) return { error: ['数据源中没有职权', 'the feed has no powers'] };
    return {
      title: '权责清单',
      department: dept ?? publisher.department ?? publisher.name,
      phone: powers.find((p) => p.supervision?.phone)?.supervision?.phone ?? phone,
      link: publisher.contact?.url,
      updated: posterDate('power-list', lists),
      body: powersBody(powers),
    };
  }
  return {
    error: [
      `--what 应为 guide:标识、fees、rules 或 powers（收到“${opts.what}”）`,
      `--what must be guide:ID, fees, rules or powers (got "${opts.what}")`,
    ],
  };
}

const MM = 96 / 25.4;
const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;
/** The page margins of the sheet (poster-html.ts sets 12 mm). */
const MARGIN_MM = 12;

/**
 * One item, one page: when a poster is a little taller than its page (or screen), the flowchart
 * beside the text (never the text, which keeps its printed size) is drawn smaller until the sheet
 * fits, down to 45 mm and on paper never under its minimum type (the chart's min-height, set by
 * placeCharts). A printed poster longer than that continues on a second page, with its table headers
 * repeated; a screen, which cannot turn a page, is then scaled to fit. A chart on pages of its own
 * is left as it is.
 */
async function fitFlowchartToPage(tab: Page, height: number): Promise<void> {
  await tab.evaluate(
    (pageHeight: number, minimum: number) => {
      const svgs = [...document.querySelectorAll<SVGElement>('.flow > svg')];
      for (let i = 0; i < 4 && svgs.length; i++) {
        const before = document.documentElement.scrollHeight;
        const over = before - pageHeight;
        if (over <= 0) return;
        const was = svgs.map((svg) => svg.style.maxHeight);
        for (const svg of svgs) {
          const now = svg.getBoundingClientRect().height;
          svg.style.maxHeight = `${Math.max(minimum, now - over / svgs.length - 2)}px`;
        }
        // Beside a taller column of text the flowchart does not set the height: leave it its size.
        if (document.documentElement.scrollHeight >= before) {
          svgs.forEach((svg, k) => (svg.style.maxHeight = was[k]!));
          return;
        }
      }
    },
    height,
    45 * MM,
  );
}

/**
 * The tab laid out as the sheet: a page's printable area in print media, or the screen. A paper
 * sheet saved as an image is the whole paper, its margins drawn by the sheet (`Sheet.image`).
 * Returns the area the content has: one page's, inside the margins.
 */
async function sheetViewport(tab: Page, sheet: Sheet): Promise<[number, number]> {
  const [w, h] = PAPER_MM[sheet.paper ?? 'A4'];
  const paper = (sheet.landscape ? [h, w] : [w, h]).map((x) => x * MM);
  const margin = 2 * MARGIN_MM * MM;
  const [width, height] = sheet.screen
    ? [sheet.screen.width, sheet.screen.height]
    : ([paper[0]! - margin, paper[1]! - margin] as [number, number]);
  if (!sheet.screen) {
    const [vw, vh] = sheet.image ? paper : [width, height];
    await tab.setViewport({ width: Math.floor(vw!), height: Math.floor(vh!) });
    await tab.emulateMediaType('print');
  }
  return [width, height];
}

function widgetsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gongkai/widgets/package.json')), 'dist', 'browser');
}

export async function printCommand(src: string, opts: PrintOptions, o: Output): Promise<number> {
  let feed: Feed | undefined;
  try {
    feed = await loadFeed(src);
  } catch (e) {
    o.err(o.red(o.t(`✖ 无法读取 ${src}：${(e as Error).message}`, `✖ cannot read ${src}: ${(e as Error).message}`)));
    return 2;
  }
  if (!feed) {
    o.err(
      o.red(
        o.t(
          `✖ ${src} 的 manifest.json 不符合规范，请先运行 gongkai validate`,
          `✖ ${src}: invalid manifest (run gongkai validate)`,
        ),
      ),
    );
    return 2;
  }
  const content = poster(feed, opts);
  if ('error' in content) {
    o.err(o.red(`✖ ${o.t(...content.error)}`));
    return 1;
  }
  const out = opts.out ?? `poster-${opts.what.replace(/[^A-Za-z0-9_-]+/g, '-')}.${opts.screen ? 'png' : 'pdf'}`;
  const ext = extname(out).toLowerCase();
  const sheet: Sheet = {
    paper: opts.paper ?? 'A4',
    landscape: opts.landscape,
    screen: opts.screen,
    image: !opts.screen && ext === '.png',
  };
  const page = posterPage({ ...content, meta: posterMeta(feed.manifest, content, opts.what) }, sheet);

  const charts = content.charts ?? [];
  const bundle = join(widgetsDir(), 'gongkai-all.js');
  if (charts.length && !existsSync(bundle)) {
    o.err(
      o.red(
        o.t(
          `✖ 找不到流程图组件 ${bundle}：请先运行 npm run build`,
          `✖ the flowchart widget ${bundle} is missing: run npm run build first`,
        ),
      ),
    );
    return 2;
  }

  const dir = await mkdtemp(join(tmpdir(), 'gongkai-print-'));
  const server = createStaticServer({ mounts: { '/feed/': src, '/gongkai/': widgetsDir(), '/print/': dir } });
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const blocked: string[] = [];
  const removed: string[] = [];
  try {
    await writeFile(join(dir, 'poster.html'), page);
    const origin = `http://127.0.0.1:${await listen(server, 0)}`;
    browser = await launchBrowser();
    // The flowcharts first, on their own page (the only one that runs script: our widget's).
    let frozen: FrozenCharts = new Map();
    if (charts.length) {
      await writeFile(join(dir, 'charts.html'), chartPage(charts, sheet, origin));
      const drawn = await drawCharts(browser, origin, '/print/charts.html', charts, sheet);
      frozen = drawn.charts;
      blocked.push(...drawn.blocked);
    }
    // The sheet: JavaScript off, and nothing may be loaded but the sheet itself.
    const tab = await browser.newPage();
    tab.setDefaultTimeout(CHART_DEADLINE_MS);
    await tab.setJavaScriptEnabled(false);
    const guard = await guardRequests(tab, origin, ['/print/poster.html']);
    await tab.setViewport({ ...(opts.screen ?? { width: 1000, height: 1400 }), deviceScaleFactor: 1 });
    // Laid out as the sheet from here on: the orientation is chosen, and the flowchart fitted, for it.
    const [pageWidth, pageHeight] = await sheetViewport(tab, sheet);
    await tab.goto(`${origin}/print/poster.html`, { waitUntil: 'load' });
    await placeCharts(tab, frozen, sheet, { page: { width: pageWidth, height: pageHeight } });
    await tab.evaluate(() => document.fonts.ready);
    // A screen shows one sheet and never scrolls: what is taller than the screen is scaled to fit.
    if (opts.screen)
      await tab.evaluate(
        (width: number, height: number) => {
          // Zoomed out, the body is made wider in proportion, so the sheet still fills the screen.
          for (let i = 0, scale = 1; i < 4; i++) {
            const over = (document.documentElement.scrollHeight * scale) / height;
            if (over <= 1.001) return;
            scale /= over;
            document.body.style.width = `${width / scale}px`;
            document.body.style.setProperty('zoom', String(scale));
          }
        },
        opts.screen.width,
        opts.screen.height,
      );
    await fitFlowchartToPage(tab, pageHeight);
    removed.push(...(await scrubSheet(tab)));
    blocked.push(...guard.blocked);
    if (ext === '.html') await writeFile(out, await tab.content());
    else if (opts.screen || ext === '.png')
      await tab.screenshot({ path: out as `${string}.png`, fullPage: !opts.screen });
    else
      await tab.pdf({
        path: out,
        preferCSSPageSize: true,
        printBackground: true,
      });
  } catch (e) {
    o.err(
      o.red(o.t(`✖ 生成海报失败：${(e as Error).message}`, `✖ could not render the poster: ${(e as Error).message}`)),
    );
    return 2;
  } finally {
    await browser?.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  if (blocked.length || removed.length)
    o.err(
      o.yellow(
        o.t(
          `⚠ 海报只加载自身文件：已拦截 ${blocked.length} 个请求，已移除 ${removed.length} 处外部引用或脚本 ${[...blocked, ...removed].slice(0, 5).join(' ')}`,
          `⚠ the poster loads its own files only: ${blocked.length} requests blocked, ${removed.length} outside references or scripts removed ${[...blocked, ...removed].slice(0, 5).join(' ')}`,
        ),
      ),
    );
  o.out(o.green(o.t(`✔ 已生成 ${out}`, `✔ wrote ${out}`)));
  return 0;
}

/** The column a poster belongs to on the publisher's site, by what it shows. */
const COLUMNS: Record<string, string> = { guide: '办事指南', fees: '收费标准', rules: '办事纪律', powers: '权责清单' };

function posterMeta(m: Manifest, p: PosterInput, what: string) {
  return pageMeta({
    site: m.publisher.site,
    siteOwner: m.publisher.name,
    columnName: COLUMNS[what.split(':')[0]!] ?? '政务公开',
    columnType: '信息公开',
    title: p.title,
    pubDate: p.updated,
    source: p.department ?? m.publisher.department ?? m.publisher.name,
  });
}
