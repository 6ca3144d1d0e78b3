/**
 * The build step that writes a feed's change history: the previous version (read from where the
 * archive keeps it) against the one just written → out/changes.json, out/changes.atom and
 * out/changes/<dataset>.atom. A previous version that cannot be read is skipped with a warning; the
 * build itself never fails for it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Manifest } from '@gongkai/sdk';
import { isInside } from '../safe-files.js';
import type { Output } from '../output.js';
import { atomFeed } from './atom.js';
import { addVersions, newVersions, readHistory, type Published } from './change-history.js';

/** The previous version, from its archive folder: its manifest and each dataset file it lists. */
async function readArchived(dir: string): Promise<Published | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const datasets: Record<string, unknown> = {};
    for (const ref of manifest.datasets ?? []) {
      if (typeof ref.url !== 'string' || /^https?:/.test(ref.url)) continue;
      const file = resolve(dir, ref.url);
      if (!existsSync(file) || !(await isInside(dir, file))) continue;
      datasets[ref.id] = JSON.parse(await readFile(file, 'utf8'));
    }
    return { manifest, datasets };
  } catch {
    return undefined;
  }
}

export async function writeChanges(
  out: string,
  archived: string | undefined,
  current: Published,
  now: Date,
  o: Output,
): Promise<number> {
  const file = join(out, 'changes.json');
  const history = readHistory(existsSync(file) ? await readFile(file, 'utf8') : undefined);
  if (!history) {
    o.err(o.yellow(o.t(`⚠ ${file} 无法解析，变更记录重新开始`, `⚠ ${file} is not a change history: starting anew`)));
  }
  const previous = archived ? await readArchived(archived) : undefined;
  const added = previous ? newVersions(previous, current, now.toISOString()) : [];
  const next = addVersions(history ?? { versions: [] }, added);
  await writeFile(file, JSON.stringify(next, null, 2) + '\n');
  await writeFile(join(out, 'changes.atom'), atomFeed(current.manifest, next, { selfUrl: 'changes.atom' }));
  await mkdir(join(out, 'changes'), { recursive: true });
  for (const ref of current.manifest.datasets)
    await writeFile(
      join(out, 'changes', `${ref.id}.atom`),
      atomFeed(current.manifest, next, { selfUrl: `${ref.id}.atom`, dataset: ref.id, title: `${ref.title} 数据更新` }),
    );
  return added.reduce((n, v) => n + v.changes.length, 0);
}
