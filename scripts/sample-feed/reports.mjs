// The 政府信息公开工作年度报告 (two units, two years, one deliberate error per check family; see
// packages/sdk/test/annual-report.test.ts) and the 政府信息公开指南: written by hand as a unit
// publishes them, kept beside this script and copied into the feed as they are.
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('./reports/', import.meta.url);

export function reports() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { modelVersion: _, ...d } = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      return d;
    });
}
