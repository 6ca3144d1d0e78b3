/**
 * Reads a feed for checking: from a folder, a manifest file, a single dataset file or a URL.
 * Keeps every file's bytes so hashes can be checked, and turns anything unreadable into an issue.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { FeedError, makeIssue, parseJson, type ValidationIssue } from '@gongkai/sdk';
import { ReadFailure, fetchBytes, inside, readLocal } from './safe-files.js';

export { ReadFailure };

export interface FeedFiles {
  /** Where the manifest (or the single dataset) was read from. */
  location: string;
  /** The manifest, or undefined when a single dataset file was given. */
  manifest?: unknown;
  /** A single dataset file given instead of a feed. */
  single?: { file: string; body: unknown };
  datasets: Record<string, unknown>;
  /** Relative url → sha256 of the bytes read. */
  hashes: Record<string, string>;
  issues: ValidationIssue[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

const load = (location: string): Promise<Buffer> => (isUrl(location) ? fetchBytes(location) : readLocal(location));

function parse(location: string, bytes: Buffer): unknown {
  try {
    return parseJson(location, bytes.toString('utf8'));
  } catch (e) {
    throw new ReadFailure(e instanceof FeedError ? `${e.text['zh-CN']} / ${e.text.en}` : String(e));
  }
}

export async function readFeed(input: string): Promise<FeedFiles> {
  let location = input;
  if (isUrl(input)) {
    if (input.endsWith('/')) location = new URL('manifest.json', input).href;
  } else {
    location = resolve(input);
    const info = await stat(location).catch(() => undefined);
    if (!info) throw new ReadFailure(`找不到 ${input} / ${input} does not exist`);
    if (info.isDirectory()) location = join(location, 'manifest.json');
  }
  const body = parse(
    location,
    await load(location).catch((e) => Promise.reject(new ReadFailure(`${location}: ${e.message}`))),
  );
  const files: FeedFiles = { location, datasets: {}, hashes: {}, issues: [] };
  if (!(body && typeof body === 'object' && 'datasets' in body)) {
    files.single = { file: location, body };
    return files;
  }
  files.manifest = body;
  const refs = Array.isArray((body as { datasets: unknown }).datasets)
    ? (body as { datasets: unknown[] }).datasets
    : [];
  for (const ref of refs as { id?: unknown; url?: unknown; sha256?: unknown }[]) {
    if (typeof ref?.id !== 'string' || typeof ref.url !== 'string') continue; // the manifest check reports these
    try {
      // A relative dataset url stays inside the feed's folder (or under the feed's URL).
      const where = isUrl(location)
        ? new URL(ref.url, location).href
        : isUrl(ref.url)
          ? ref.url
          : await inside(dirname(location), ref.url);
      const bytes = await load(where);
      files.hashes[ref.url] = createHash('sha256').update(bytes).digest('hex');
      files.datasets[ref.id] = parse(where, bytes);
      if (typeof ref.sha256 === 'string' && ref.sha256 !== files.hashes[ref.url]) {
        files.issues.push({
          ...makeIssue([], 'hash_mismatch', {
            expected: ref.sha256.slice(0, 12) + '…',
            actual: files.hashes[ref.url]!.slice(0, 12) + '…',
          }),
          file: ref.id,
        });
      }
    } catch (e) {
      files.issues.push({
        ...makeIssue([], 'unreadable', { reason: e instanceof ReadFailure ? e.message : (e as Error).message }),
        file: ref.id,
      });
    }
  }
  return files;
}
