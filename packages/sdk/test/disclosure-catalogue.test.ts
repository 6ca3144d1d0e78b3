import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogueStatus, parseTimeLimit, timeLimitDeadline, validate, validateFeed } from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

/**
 * 公开时限 as real county catalogues print them (国办发〔2019〕54号 standard catalogues):
 * - 凤屯镇, https://imortgage.com.cn/info/1475/44091.htm: "信息形成或变更之日起3个工作日内",
 *   "信息形成或变更之日起20个工作日内"
 * - 德安县, http://www.dean.gov.cn/ztzl/zwgkzl/wszzt/gklw001/snxx/202302/t20230214_5934672.html:
 *   "信息形成或者变更之日起20个工作日内"
 * - 锡林浩特市, https://www.xilinhaote.gov.cn/xilinhaote/ztzl/qmtjjczwgkbzhgfhgz/bmjczwgk/blgjdbsc/gkbzml/index.html:
 *   "自信息形成或者变更之日起20个工作日内予以公开" (printed across several lines)
 * - 通海县九龙街道, https://www.tonghai.gov.cn/thxzfxxgk/jljd/20240816/1549045.html: "信息形成20个工 作日内公开"
 * - 宿迁市井头街道, http://hbxq.suqian.gov.cn/hbxq/jczwgk/202111/483f645520ee4295b250699258b11840.shtml:
 *   "信息形成之日起20个工作日内", and "同上"
 * - 巩留县, https://20153.cn/xjgl/c115617/202311/47b1d2cfed304fe6a32cd187ba979422.shtml: "20工作日"
 * - 赛罕区, https://www.saihan.gov.cn/zwgk_new/jczwgk/xzjd/hhsz/bzml: "实时公开", "及时公开"
 */
describe('parseTimeLimit', () => {
  it('reads the phrasings real catalogues print', () => {
    const cases: [string, unknown][] = [
      ['信息形成或变更之日起3个工作日内', { from: 'formed-or-changed', days: 3, unit: 'working-days' }],
      ['信息形成或变更之日起20个工作日内', { from: 'formed-or-changed', days: 20, unit: 'working-days' }],
      ['信息形成或者变更之日起20个工作日内', { from: 'formed-or-changed', days: 20, unit: 'working-days' }],
      [
        '自信息形\n成或者变\n更之日起\n20个工作\n日内予以\n公开',
        { from: 'formed-or-changed', days: 20, unit: 'working-days' },
      ],
      ['信息形成20个工 作日内公开', { from: 'formed', days: 20, unit: 'working-days' }],
      ['信息形成之日起20个工作日内', { from: 'formed', days: 20, unit: 'working-days' }],
      ['20工作日', { days: 20, unit: 'working-days' }],
      ['预算批复后20日内', { from: 'approved', days: 20, unit: 'days' }],
      ['作出行政执法决定之日起7个工作日内', { from: 'decided', days: 7, unit: 'working-days' }],
      ['信息形成之日起十五日内', { from: 'formed', days: 15, unit: 'days' }],
    ];
    for (const [text, want] of cases) assert.deepEqual(parseTimeLimit(text), want, text);
  });

  it('leaves text with no count of days unparsed, guessing nothing', () => {
    for (const text of ['实时公开', '及时公开', '同上', '长期公开', '按季度公开'])
      assert.equal(parseTimeLimit(text), undefined, text);
  });

  it('counts working days past weekends and calendar days plainly', () => {
    // 2026-11-16 is a Monday: 7 working days later is Wednesday 25th; 20 calendar days after 2026-02-03 is 23rd.
    assert.equal(timeLimitDeadline('2026-11-16', { days: 7, unit: 'working-days' }), '2026-11-25');
    assert.equal(timeLimitDeadline('2026-02-03', { days: 20, unit: 'days' }), '2026-02-23');
  });
});

describe('disclosure-catalogue audit', () => {
  const codes = (feed: { issues: { code: string; severity: string; file?: string; path: unknown[] }[] }) =>
    feed.issues
      .filter((i) => i.file === 'catalogue-county')
      .map((i) => `${i.severity} ${i.code} ${JSON.stringify(i.path)}`);

  it('finds exactly the sample catalogue’s unpublished entry and its late one, as of the manifest’s date', () => {
    const r = validateFeed(loadSampleFeed());
    assert.equal(r.ok, true);
    assert.deepEqual(codes(r).sort(), [
      'warning catalogue_late ["entries",5,"links",0]',
      'warning catalogue_unpublished ["entries",6]',
    ]);
    const sample = loadSampleFeed();
    const cat = sample.datasets['catalogue-county'];
    assert.equal(cat.entries[5].id, 'spyp-penalty');
    assert.equal(cat.entries[6].id, 'ggzy-procurement');
    assert.ok(new Set(cat.entries.map((e: any) => e.domain)).size >= 5, 'at least five 领域');
  });

  it('judges lateness on the as-of date passed in, not the machine’s clock', () => {
    // On 2026-11-25 (the last day) the penalty entry is still on time; a day later it is late.
    assert.deepEqual(codes(validateFeed({ ...loadSampleFeed(), asOf: '2026-11-25' })), [
      'warning catalogue_unpublished ["entries",6]',
    ]);
    assert.equal(
      codes(validateFeed({ ...loadSampleFeed(), asOf: '2026-11-26' })).filter((c) => c.includes('late')).length,
      1,
    );
  });

  it('is no longer late once the data is updated after the change', () => {
    const feed = loadSampleFeed();
    feed.manifest.datasets.find((d: any) => d.id === 'results-mr').updated = '2026-11-20T09:00:00+08:00';
    feed.datasets['results-mr'].updated = '2026-11-20T09:00:00+08:00';
    assert.ok(!codes(validateFeed(feed)).some((c) => c.includes('catalogue_late')));
  });

  it('refuses links to datasets and records the feed does not have', () => {
    const feed = loadSampleFeed();
    const cat = feed.datasets['catalogue-county'];
    cat.entries[0].links.push({ dataset: 'budget-2027-hrss' });
    cat.entries[2].links[0].records.push('guide-no-such');
    const r = validateFeed(feed);
    assert.equal(r.ok, false);
    assert.deepEqual(
      codes(r)
        .filter((c) => c.startsWith('error'))
        .sort(),
      [
        'error catalogue_dataset_missing ["entries",0,"links",3,"dataset"]',
        'error catalogue_record_missing ["entries",2,"links",0,"records",2]',
      ],
    );
  });

  it('counts entries by state for a report', () => {
    const feed = loadSampleFeed();
    const facts = new Map(feed.manifest.datasets.map((d: any) => [d.id, { updated: d.updated }]));
    const { counts } = catalogueStatus(feed.datasets['catalogue-county'].entries, facts as never, '2026-12-04');
    assert.deepEqual(counts, { published: 5, unlinked: 1, late: 1 });
  });

  it('keeps channels a set from the fixed list, and a parsed limit true to its text', () => {
    const cat = clone(loadSampleFeed().datasets['catalogue-county']);
    cat.entries[0].channels = ['website', 'website'];
    cat.entries[1].channels = ['政府网站'];
    const r = validate('disclosure-catalogue', cat);
    const got = r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    assert.ok(got.includes('duplicate_value entries.0.channels'), got.join('\n'));
    assert.ok(
      got.some((c) => c.startsWith('catalogue_channel entries.1.channels')),
      got.join('\n'),
    );
    // Semantic checks run on a well-shaped catalogue.
    const ok = clone(loadSampleFeed().datasets['catalogue-county']);
    ok.entries[2].timeLimit.parsed.days = 15;
    const mismatch = validate('disclosure-catalogue', ok).issues.map((i) => `${i.code} ${i.path.join('.')}`);
    assert.deepEqual(mismatch, ['catalogue_time_limit_mismatch entries.2.timeLimit.parsed']);
  });
});
