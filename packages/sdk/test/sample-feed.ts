/** Loads the bundled sample feed of 示例县 from examples/feeds for node tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../examples/feeds/shili-county/', import.meta.url));

export function readJson<T = any>(rel: string): T {
  return JSON.parse(readFileSync(SAMPLE_DIR + rel, 'utf8')) as T;
}

export interface SampleFeed {
  manifest: any;
  datasets: Record<string, any>;
}

export function loadSampleFeed(): SampleFeed {
  const manifest = readJson('manifest.json');
  const datasets: Record<string, any> = {};
  for (const d of manifest.datasets) datasets[d.id] = readJson(d.url);
  return { manifest, datasets };
}

/** A deep copy to mutate in a test. */
export const clone = <T>(v: T): T => structuredClone(v);
