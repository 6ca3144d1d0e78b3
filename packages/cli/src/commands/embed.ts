/**
 * `gongkai embed <feed dir> --out <dir> [--src URL]`: per dataset (per guide, per flowchart) the
 * snippet a webmaster pastes into a page: the element with the data as plain HTML inside, which a
 * visitor reads where the widget cannot run and the widget replaces where it can. `--src` is the
 * address the feed is served at (default `/gongkai/feed/`, as in the README's example).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate, type DataOf, type DatasetRef } from '@gongkai/sdk';
import { readFeed } from '../feed-reader.js';
import type { Output } from '../output.js';
import { budgetHtml, feesHtml, guideHtml, processHtml, snippet } from '../embed/fallback-html.js';
import { departmentHtml, type DepartmentData } from '../embed/department.js';
import { powersHtml, resultsHtml, rulesHtml, supervisionHtml, threePublicHtml } from '../embed/fallback-kinds.js';
import { annualReportHtml, catalogueHtml, requestGuideHtml } from '../embed/fallback-reports.js';

export interface EmbedOptions {
  out: string;
  src?: string;
}

type EmbeddedKind =
  | 'fee-list'
  | 'budget'
  | 'final-account'
  | 'process'
  | 'service-guide'
  | 'three-public'
  | 'power-list'
  | 'results'
  | 'service-rules'
  | 'supervision'
  | 'annual-report'
  | 'request-guide'
  | 'disclosure-catalogue';

interface Snippet {
  file: string;
  html: string;
}

/** The snippets of one dataset; empty for a kind with no plain rendering yet. */
function snippetsOf(ref: DatasetRef, body: unknown, src: string, today: string): Snippet[] | 'invalid' | 'kind' {
  // The data file's address as the page will read it: beside the manifest the element's src names.
  const dataUrl = /^([a-z]+:|\/)/i.test(ref.url) ? ref.url : src.replace(/[^/]*$/, '') + ref.url;
  const data = <K extends EmbeddedKind>(kind: K) => validate(kind, body).data as DataOf<K> | undefined;
  const one = (tag: string, attrs: Record<string, string>, title: string, html: string) => ({
    file: `${ref.id}${attrs.guide || attrs.process ? `-${attrs.guide ?? attrs.process}` : ''}.html`,
    html: snippet(tag, { src, ...attrs }, title, ref.updated, dataUrl, html),
  });
  switch (ref.kind) {
    case 'fee-list': {
      const d = data('fee-list');
      return d ? [one('gk-fee-table', { dataset: ref.id }, ref.title, feesHtml(d.items))] : 'invalid';
    }
    case 'budget':
    case 'final-account': {
      const d = data(ref.kind);
      return d ? [one('gk-budget-viewer', { dataset: ref.id }, ref.title, budgetHtml(d))] : 'invalid';
    }
    case 'process': {
      const d = data('process');
      return d ? d.processes.map((p) => one('gk-process-flow', { process: p.id }, p.name, processHtml(p))) : 'invalid';
    }
    case 'service-guide': {
      const d = data('service-guide');
      return d ? d.guides.map((g) => one('gk-service-guide', { guide: g.id }, g.name, guideHtml(g))) : 'invalid';
    }
    case 'three-public': {
      const d = data('three-public');
      return d ? [one('gk-three-public', { dataset: ref.id }, ref.title, threePublicHtml(d))] : 'invalid';
    }
    case 'power-list': {
      const d = data('power-list');
      return d ? [one('gk-power-list', { dataset: ref.id }, ref.title, powersHtml(d))] : 'invalid';
    }
    case 'results': {
      const d = data('results');
      return d ? [one('gk-results', { dataset: ref.id }, ref.title, resultsHtml(d, today))] : 'invalid';
    }
    case 'service-rules': {
      const d = data('service-rules');
      return d ? [one('gk-service-rules', { dataset: ref.id }, ref.title, rulesHtml(d))] : 'invalid';
    }
    case 'supervision': {
      const d = data('supervision');
      return d ? [one('gk-supervision', { dataset: ref.id }, ref.title, supervisionHtml(d))] : 'invalid';
    }
    case 'annual-report': {
      const d = data('annual-report');
      return d ? [one('gk-annual-report', { dataset: ref.id }, ref.title, annualReportHtml(d))] : 'invalid';
    }
    case 'request-guide': {
      const d = data('request-guide');
      return d ? [one('gk-request-guide', { dataset: ref.id }, ref.title, requestGuideHtml(d))] : 'invalid';
    }
    case 'disclosure-catalogue': {
      const d = data('disclosure-catalogue');
      return d ? [one('gk-catalogue', { dataset: ref.id }, ref.title, catalogueHtml(d))] : 'invalid';
    }
    default:
      return 'kind';
  }
}

/** Each department named in the feed, with its records of the kinds its page shows. */
function departments(refs: readonly DatasetRef[], bodies: Record<string, unknown>): Map<string, DepartmentData> {
  const all = new Map<string, DepartmentData>();
  const of = (name: string) => {
    let d = all.get(name);
    if (!d) all.set(name, (d = { powers: [], fees: [], guides: [], budgets: [], threePublic: [] }));
    return d;
  };
  for (const ref of refs) {
    const body = bodies[ref.id];
    if (ref.kind === 'power-list')
      for (const p of validate('power-list', body).data?.powers ?? []) of(p.department).powers.push(p);
    if (ref.kind === 'fee-list')
      for (const f of validate('fee-list', body).data?.items ?? []) if (f.department) of(f.department).fees.push(f);
    if (ref.kind === 'service-guide')
      for (const g of validate('service-guide', body).data?.guides ?? []) of(g.department).guides.push(g);
    if (ref.kind === 'budget' || ref.kind === 'final-account') {
      const b = validate(ref.kind, body).data;
      if (b) of(b.department).budgets.push(b);
    }
    if (ref.kind === 'three-public') {
      const t = validate('three-public', body).data;
      if (t) of(t.department).threePublic.push(t);
    }
  }
  return all;
}

/**
 * `now` decides which 结果公示 records are still in their 公示期 (the day as in China, UTC+8, where
 * the periods are set); injected by tests.
 */
export async function embedCommand(feedDir: string, opts: EmbedOptions, o: Output, now = new Date()): Promise<number> {
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const files = await readFeed(feedDir);
  const manifest = validate('manifest', files.manifest).data;
  if (!manifest) {
    o.err(o.t(`${feedDir}：清单无效，请先运行 gongkai validate`, `${feedDir}: invalid manifest; run gongkai validate`));
    return 1;
  }
  const src = opts.src ?? '/gongkai/feed/';
  await mkdir(opts.out, { recursive: true });
  let written = 0;
  let failed = 0;
  for (const ref of manifest.datasets) {
    const result = snippetsOf(ref, files.datasets[ref.id], src, today);
    if (result === 'invalid') {
      failed++;
      o.err(o.t(`${ref.id}（${ref.url}）：数据无效，未生成`, `${ref.id} (${ref.url}): invalid data, no snippet`));
    } else if (result === 'kind') {
      o.out(o.t(`${ref.id}：${ref.kind} 暂无文字版`, `${ref.id}: no plain rendering for ${ref.kind} yet`));
    } else
      for (const s of result) {
        await writeFile(join(opts.out, s.file), s.html);
        written++;
      }
  }
  for (const [department, data] of departments(manifest.datasets, files.datasets)) {
    const html = snippet(
      'gk-department',
      { src, department },
      department,
      manifest.updated ?? null,
      src,
      departmentHtml(department, data),
    );
    await writeFile(join(opts.out, `department-${department.replace(/[\\/:*?"<>|\s]+/g, '_')}.html`), html);
    written++;
  }
  o.out(o.t(`已写出 ${written} 个片段到 ${opts.out}`, `wrote ${written} snippets to ${opts.out}`));
  return failed ? 1 : 0;
}
