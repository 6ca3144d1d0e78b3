/**
 * Every file the CLI reads or writes goes through here: paths stay inside the folder they belong
 * to (symlinks resolved), only regular files are read, sizes are checked with `stat` before a byte
 * is read, and URLs are fetched with a deadline and a byte cap. What is refused says why.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readBytesUpTo } from '@gongkai/sdk';

/** The largest file the CLI reads: spreadsheets and feed files alike. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** How long a URL may take, body included: 30 s, or GONGKAI_FETCH_TIMEOUT_MS. */
export const fetchTimeout = () => Number(process.env.GONGKAI_FETCH_TIMEOUT_MS) || 30_000;

export class ReadFailure extends Error {}

/** True when `path` is `folder` or inside it, symlinks resolved (as far as the path exists). */
export async function isInside(folder: string, path: string): Promise<boolean> {
  const realFolder = await realpath(folder).catch(() => resolve(folder));
  const real = await realpath(path).catch(() => resolve(path));
  const rel = relative(realFolder, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `rel` resolved inside `folder`, or a ReadFailure naming both when it would lead out of it. */
export async function inside(folder: string, rel: string): Promise<string> {
  const path = resolve(folder, rel);
  if (!(await isInside(folder, path))) {
    throw new ReadFailure(`${rel} 指向数据源目录之外，已拒绝 / ${rel} points outside the feed folder: refused`);
  }
  return path;
}

/** Reads a regular file of at most `maxBytes`, refusing devices, FIFOs and folders before opening them. */
export async function readLocal(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Buffer> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ReadFailure(`找不到 ${path} / ${path} does not exist`);
  if (!info.isFile()) throw new ReadFailure(`${path} 不是普通文件 / ${path} is not a regular file`);
  if (info.size > maxBytes) {
    throw new ReadFailure(
      `${path} 过大（${info.size} 字节，上限 ${maxBytes}）/ too large (${info.size} > ${maxBytes} bytes)`,
    );
  }
  return readFile(path);
}

/** GETs a URL with a deadline over the whole transfer and a byte cap counted while it streams. */
export async function fetchBytes(url: string, maxBytes = MAX_INPUT_BYTES, timeout = fetchTimeout()): Promise<Buffer> {
  const signal = AbortSignal.timeout(timeout);
  try {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new ReadFailure(`HTTP ${res.status}`);
    return Buffer.from(await readBytesUpTo(res, maxBytes));
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    if (signal.aborted) throw new ReadFailure(`${timeout / 1000} 秒内未读完 / not read within ${timeout / 1000} s`);
    throw new ReadFailure((e as Error).message);
  }
}
