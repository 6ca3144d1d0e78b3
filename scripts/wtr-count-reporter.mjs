// Writes how many browser tests passed and failed to a JSON file, so `npm test` can print one
// total over every runner.
import { writeFileSync } from 'node:fs';

function count(results, tally) {
  if (!results) return;
  for (const t of results.tests ?? []) {
    if (t.skipped) continue;
    if (t.passed) tally.passed++;
    else tally.failed++;
  }
  for (const s of results.suites ?? []) count(s, tally);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0 };
      for (const s of sessions) {
        count(s.testResults, tally);
        // A file that failed to load has errors but no tests: count it as a failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) tally.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(tally));
    },
  };
}
