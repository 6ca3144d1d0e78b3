/**
 * The aggregate is written as a release folder and published by swapping one symlink: `out/current`
 * points at a complete `out/releases/<stamp>/` or at nothing. A harvest killed midway leaves only a
 * release nobody points at, removed by the next run; readers and web servers never see half of one.
 * The previous release stays beside the current one until the next run (most files are shared by
 * hard links, so it costs little disk).
 */
import { copyFile, link, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export class Release {
  private constructor(
    readonly root: string,
    readonly dir: string,
    private readonly name: string,
    /** Removing the releases no longer served (tens of thousands of files), meanwhile. */
    private readonly cleanup: Promise<unknown>,
  ) {}

  /**
   * A new, empty release folder. Releases nobody points at (the one the last harvest replaced, or
   * one a killed run left) are removed in the background: a harvest mostly waits on the network.
   */
  static async open(root: string, now: Date): Promise<Release> {
    await mkdir(join(root, 'releases'), { recursive: true });
    const current = await currentName(root);
    const stale = (await readdir(join(root, 'releases'))).filter((name) => name !== current);
    const cleanup = Promise.all(
      stale.map((name) => rm(join(root, 'releases', name), { recursive: true, force: true })),
    ).catch(() => undefined); // one left behind is removed next time
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
    const dir = join(root, 'releases', name);
    await mkdir(dir, { recursive: true });
    return new Release(root, dir, name, cleanup);
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

  /** A JSON file as the aggregate serves them: indented, ending in a newline. */
  writeJson(rel: string, value: unknown): Promise<void> {
    return this.write(rel, JSON.stringify(value, null, 2) + '\n');
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

  /**
   * Points `current` at this release in one rename. The release it replaced stays until the next
   * harvest (a reader may be half-way through it) and is removed then, in the background.
   */
  async publish(): Promise<void> {
    await this.cleanup;
    const link = join(this.root, 'current');
    const tmp = join(this.root, `.current-${process.pid}`);
    await rm(tmp, { force: true });
    await symlink(join('releases', this.name), tmp);
    await rename(tmp, link);
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
