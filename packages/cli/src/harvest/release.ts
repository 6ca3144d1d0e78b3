/**
 * The aggregate is written as a release folder and published by swapping one symlink: `out/current`
 * points at a complete `out/releases/<stamp>/` or at nothing. A harvest killed midway leaves only a
 * release nobody points at, removed by the next run; readers and web servers never see half of one.
 */
import { copyFile, link, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export class Release {
  private constructor(
    readonly root: string,
    readonly dir: string,
    private readonly name: string,
  ) {}

  /** A new, empty release folder; stale ones from killed runs are removed first. */
  static async open(root: string, now: Date): Promise<Release> {
    await mkdir(join(root, 'releases'), { recursive: true });
    const current = await currentName(root);
    const keep = new Set([current].filter(Boolean));
    for (const name of await readdir(join(root, 'releases'))) {
      if (!keep.has(name)) await rm(join(root, 'releases', name), { recursive: true, force: true });
    }
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
    const dir = join(root, 'releases', name);
    await mkdir(dir, { recursive: true });
    return new Release(root, dir, name);
  }

  /** Folders made so far: a province's release holds tens of thousands of files in a few thousand. */
  private readonly made = new Set<string>();

  private async folderFor(file: string): Promise<void> {
    const dir = dirname(file);
    if (this.made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.made.add(dir);
  }

  async write(rel: string, data: string | Buffer): Promise<void> {
    const file = join(this.dir, rel);
    await this.folderFor(file);
    await writeFile(file, data);
  }

  /**
   * Puts a file of an earlier release at `rel` by a hard link (releases never change once published,
   * and removing the old one keeps the file); a copy where links are not possible.
   */
  async linkFrom(source: string, rel: string): Promise<void> {
    const file = join(this.dir, rel);
    await this.folderFor(file);
    await link(source, file).catch(() => copyFile(source, file));
  }

  /** Points `current` at this release in one rename, then removes the release it replaced. */
  async publish(): Promise<void> {
    const previous = await currentName(this.root);
    const link = join(this.root, 'current');
    const tmp = join(this.root, `.current-${process.pid}`);
    await rm(tmp, { force: true });
    await symlink(join('releases', this.name), tmp);
    await rename(tmp, link);
    if (previous && previous !== this.name)
      await rm(join(this.root, 'releases', previous), { recursive: true, force: true });
  }
}

/** The release `current` points at, if any. */
export async function currentName(root: string): Promise<string | undefined> {
  try {
    return (await readlink(join(root, 'current'))).split(/[\\/]/).pop();
  } catch {
    return undefined;
  }
}
