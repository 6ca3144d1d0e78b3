/**
 * `gongkai build <src> <out>`: a static feed ready for any web server or CDN. Dataset files get
 * content-hashed names (cache them forever); the manifest lists each file's sha256 and is the only
 * file to serve with a short cache. The previously published version is moved to
 * out/archive/<time>/ first (公开档案: every published version is kept), and what changed since it is
 * added to out/changes.json with Atom feeds of it (changes.atom, changes/<dataset>.atom).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Manifest } from '@gongkai/sdk';
import { deidentifyFeed } from '../deidentify-feed.js';
import { readFeed, type FeedFiles } from '../feed-reader.js';
import { isInside } from '../safe-files.js';
import type { Output } from '../output.js';
import { validateCommand } from './validate.js';
import { writeChanges } from '../changes/write-changes.js';

export async function buildCommand(src: string, out: string, o: Output, now = new Date()): Promise<number> {
  let feed: FeedFiles;
  try {
    feed = await readFeed(src);
  } catch {
    return validateCommand(src, {}, o); // which says why it cannot be read
  }
  // Results are de-identified before they are checked: what is checked is what is published.
  const masked = deidentifyFeed(feed);
  const code = await validateCommand(src, {}, o, feed);
  if (code !== 0) {
    o.err(
      o.red(o.t('✖ 数据源未通过检查，没有生成发布目录。', '✖ the feed did not pass its checks: nothing was built.')),
    );
    return code;
  }
  if (!feed.manifest) {
    o.err(
      o.t(
        'build 需要一个数据源目录或 manifest.json，而不是单个数据集文件',
        'build needs a feed folder or manifest.json, not a single dataset file',
      ),
    );
    return 2;
  }
  const manifest = structuredClone(feed.manifest) as Manifest;

  const archived = await archivePrevious(out, o);
  await mkdir(join(out, 'data'), { recursive: true });
  for (const ref of manifest.datasets) {
    if (!(ref.id in feed.datasets)) continue; // unknown kinds listed but not part of this feed's files
    const bytes = Buffer.from(JSON.stringify(feed.datasets[ref.id]));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const url = `data/${ref.id}.${sha256.slice(0, 12)}.json`;
    await writeFile(join(out, url), bytes);
    ref.url = url;
    ref.sha256 = sha256;
  }
  manifest.updated = now.toISOString();
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  // What changed since the archived version, record by record (changes.json, changes.atom).
  const changed = await writeChanges(out, archived, { manifest, datasets: feed.datasets }, now, o);
  o.out(
    o.green(
      o.t(
        `✔ 已生成 ${out}：${manifest.datasets.length} 个数据集`,
        `✔ built ${out}: ${manifest.datasets.length} datasets`,
      ),
    ),
  );
  if (masked.length)
    o.out(
      o.t(
        `  已对 ${masked.join('、')} 中的个人信息去标识化（姓名、身份证号、手机号、详细住址）`,
        `  personal data de-identified in ${masked.join(', ')} (names, ID and mobile numbers, addresses)`,
      ),
    );
  if (archived) o.out(o.t(`  上一版本已存档到 ${archived}`, `  the previous version was archived to ${archived}`));
  if (changed)
    o.out(
      o.t(
        `  与上一版本相比有 ${changed} 处变更：changes.json、changes.atom`,
        `  ${changed} changes since the previous version: changes.json, changes.atom`,
      ),
    );
  o.out(
    o.dim(
      o.t(
        '  部署提示：manifest.json 设置 Cache-Control: no-cache；data/ 下的文件可长期缓存（immutable）。',
        '  Deploy: serve manifest.json with Cache-Control: no-cache; files under data/ can be cached forever (immutable).',
      ),
    ),
  );
  return 0;
}

/** Copies the version currently in `out` (manifest and the files it lists) to out/archive/<its time>/. */
async function archivePrevious(out: string, o: Output): Promise<string | undefined> {
  const manifestFile = join(out, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  let previous: Manifest;
  try {
    previous = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
  } catch {
    o.err(o.yellow(o.t(`⚠ ${manifestFile} 无法解析，未存档`, `⚠ ${manifestFile} is not valid JSON: not archived`)));
    return undefined;
  }
  // The folder name comes from the previous manifest: only its date-time characters are kept, so a
  // crafted "updated" cannot lead the archive out of the output folder.
  const stamp =
    String(previous.updated ?? '')
      .replace(/\.\d+/, '')
      .replace(/[^0-9A-Za-z-]/g, '-')
      .slice(0, 40) || 'unknown';
  let dir = join(out, 'archive', stamp);
  for (let n = 2; existsSync(dir); n++) dir = join(out, 'archive', `${stamp}-${n}`);
  await mkdir(dir, { recursive: true });
  await cp(manifestFile, join(dir, 'manifest.json'));
  for (const ref of previous.datasets ?? []) {
    if (typeof ref.url !== 'string' || /^https?:/.test(ref.url)) continue;
    // Files outside the output folder (a crafted url, a symlink) are neither copied nor removed.
    const from = resolve(out, ref.url);
    const to = resolve(dir, ref.url);
    if (!existsSync(from) || !(await isInside(out, from)) || !(await isInside(dir, to))) continue;
    await mkdir(dirname(to), { recursive: true });
    await cp(from, to);
    await rm(from); // the live folder keeps only what the new manifest lists
  }
  return dir;
}
