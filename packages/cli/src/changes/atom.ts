/**
 * Atom feeds of a feed's change history (RFC 4287): one for the whole feed, one per dataset. An
 * entry is one record's changes in one version of its dataset; its id is made of the publisher, the
 * dataset, the record and the version (content hash), so a rebuild never renumbers what a reader
 * has already seen. Nothing here reads the clock.
 */
import type { Manifest, RecordChange } from '@gongkai/sdk';
import { escapeHtml } from '../html-escape.js';
import type { ChangeHistory, DatasetVersion } from './change-history.js';
import { describeChange } from './describe-change.js';

/** What names the publisher in ids: its credit code, else its region code, else its name. */
const publisherKey = (m: Manifest) =>
  encodeURIComponent(m.publisher.creditCode ?? m.publisher.regionCode ?? m.publisher.name);

export const entryId = (m: Manifest, v: DatasetVersion, record: string) =>
  `urn:gongkai:change:${publisherKey(m)}:${encodeURIComponent(v.dataset)}:${encodeURIComponent(record)}:${v.version}`;

/** An RFC 3339 time for Atom: a plain date becomes midnight China time. */
const atomTime = (t: string) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00+08:00` : t);

interface Entry {
  id: string;
  title: string;
  updated: string;
  lines: string[];
}

function entries(m: Manifest, history: ChangeHistory, dataset?: string): Entry[] {
  const out: Entry[] = [];
  for (const v of history.versions) {
    if (dataset !== undefined && v.dataset !== dataset) continue;
    const byRecord = new Map<string, RecordChange[]>();
    for (const c of v.changes) byRecord.set(c.record, [...(byRecord.get(c.record) ?? []), c]);
    for (const [record, changes] of byRecord)
      out.push({
        id: entryId(m, v, record),
        title: `${v.title}：${changes[0]!.name}`,
        updated: atomTime(v.updated ?? v.recorded),
        lines: changes.map(describeChange),
      });
  }
  return out;
}

export function atomFeed(
  m: Manifest,
  history: ChangeHistory,
  opts: { selfUrl: string; dataset?: string; title?: string },
): string {
  const list = entries(m, history, opts.dataset);
  // The feed is as new as its newest entry: the same history always gives the same file.
  const updated =
    list
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? atomTime(m.updated ?? '1970-01-01');
  const feedId = `urn:gongkai:changes:${publisherKey(m)}${opts.dataset ? `:${encodeURIComponent(opts.dataset)}` : ''}`;
  const e = escapeHtml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${e(feedId)}</id>`,
    `  <title>${e(opts.title ?? `${m.publisher.name} 数据更新`)}</title>`,
    `  <updated>${e(updated)}</updated>`,
    `  <author><name>${e(m.publisher.name)}</name></author>`,
    `  <link rel="self" href="${e(opts.selfUrl)}"/>`,
    ...list.map((x) =>
      [
        '  <entry>',
        `    <id>${e(x.id)}</id>`,
        `    <title>${e(x.title)}</title>`,
        `    <updated>${e(x.updated)}</updated>`,
        `    <content type="text">${e(x.lines.join('\n'))}</content>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
