import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatIssue, formatPath, validate, validateFeed, type ValidationIssue } from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const DATE_CODES = ['manifest_older', 'dated_after_updated', 'period_after_updated'];
const dateIssues = (issues: ValidationIssue[]) => issues.filter((i) => DATE_CODES.includes(i.code));
const where = (i: ValidationIssue) => `${i.file ?? ''} ${formatPath(i.path)} ${i.code}`;

describe('dates that cannot be true', () => {
  it('the sample feed has none', () => {
    assert.deepEqual(dateIssues(validateFeed(loadSampleFeed()).issues).map(where), []);
  });

  it('warns when the manifest is older than a dataset it lists, naming the dataset and both dates', () => {
    const feed = clone(loadSampleFeed());
    feed.manifest.updated = '2026-03-02T09:00:00+08:00';
    const r = validateFeed(feed);
    assert.equal(r.ok, true, 'a warning, not an error');
    const hits = dateIssues(r.issues);
    assert.ok(hits.length > 0 && hits.every((i) => i.code === 'manifest_older' && i.severity === 'warning'));
    const results = hits.find((i) => i.params?.id === 'results-ca')!;
    assert.equal(where(results), 'manifest.json updated manifest_older');
    assert.match(formatIssue(results), /清单的更新时间 2026-03-02.*早于数据集 "results-ca" 的更新时间 2026-11-27/);
  });

  it("warns when a dataset's file is newer than the manifest, though the manifest lists an older date for it", () => {
    const feed = clone(loadSampleFeed());
    feed.datasets['fees-nr'].updated = '2027-01-05T09:00:00+08:00';
    const hits = dateIssues(validateFeed(feed).issues);
    assert.deepEqual(hits.map(where), ['manifest.json updated manifest_older']);
    assert.equal(hits[0]!.params?.id, 'fees-nr');
  });

  it("warns at each result dated after its own file's updated, with the record's date and the file's", () => {
    const feed = clone(loadSampleFeed());
    const list = feed.datasets['results-mr'];
    list.updated = '2026-10-16T09:00:00+08:00';
    const r = validate('results', list);
    const hits = dateIssues(r.issues);
    const late = list.results.filter((x: { date: string }) => x.date > '2026-10-16');
    assert.ok(late.length > 0);
    assert.equal(hits.length, late.length);
    const first = list.results.findIndex((x: { date: string }) => x.date > '2026-10-16');
    assert.equal(formatPath(hits[0]!.path), `results[${first}]`);
    assert.equal(hits[0]!.severity, 'warning');
    assert.match(
      formatIssue(hits[0]!),
      new RegExp(`记录日期 ${list.results[first].date} 晚于本文件的更新日期.*2026-10-16`),
    );
  });

  it("warns when a month's, quarter's or year's figures sit in a file updated before it ended", () => {
    const feed = clone(loadSampleFeed());
    const sup = feed.datasets['supervision-hall'];
    sup.updated = '2026-11-05T09:00:00+08:00';
    sup.complaints.push({ period: '2026-Q4', received: 1, settled: 1, satisfied: 1 });
    sup.ratings.push({ ...sup.ratings.at(-1), period: '2026' });
    const hits = dateIssues(validate('supervision', sup).issues);
    assert.deepEqual(
      hits.map((i) => `${formatPath(i.path)} ${i.params?.period}`),
      [
        `complaints[${sup.complaints.length - 1}].period 2026-Q4`,
        `ratings[${sup.ratings.length - 2}].period 2026-11`,
        `ratings[${sup.ratings.length - 1}].period 2026`,
      ],
    );
    assert.match(formatIssue(hits[1]!), /统计期 2026-11 在本文件更新日期（updated）2026-11-05 时尚未结束/);
    // On the last day of the month, November is over.
    sup.updated = '2026-11-30';
    sup.complaints.pop();
    sup.ratings.pop();
    assert.deepEqual(dateIssues(validate('supervision', sup).issues), []);
  });
});
