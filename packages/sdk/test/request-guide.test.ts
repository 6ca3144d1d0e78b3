import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  OFFICIAL_CALENDARS,
  OUTCOME_CODES,
  perPageFee,
  perRequestFee,
  perRequestPrice,
  replyDeadline,
  rollUpCases,
  validate,
  type Case,
} from '../src/index.js';
import { loadSampleFeed } from './sample-feed.js';

describe('答复期限: 20 working days on the official calendar (条例 第三十三条)', () => {
  it('ships one calendar per year, each with its 国务院办公厅 notice as the source', () => {
    assert.deepEqual(
      OFFICIAL_CALENDARS.map((c) => [c.year, c.source.issuer]),
      [
        [2025, '国务院办公厅'],
        [2026, '国务院办公厅'],
      ],
    );
    assert.equal(OFFICIAL_CALENDARS[0]!.source.number, '国办发明电〔2024〕12号');
    assert.match(OFFICIAL_CALENDARS[1]!.source.url!, /^https:\/\/politics\.gmw\.cn\//);
  });

  it('across 春节 2025: the holiday does not count, the make-up Sundays and Saturdays do', () => {
    // 1月28日—2月4日放假; 1月26日（周日）、2月8日（周六）上班.
    assert.equal(replyDeadline({ received: '2025-01-20' }).date, '2025-02-21');
    // On weekends alone it would have been 17 February: the calendar moves it by four days.
    assert.equal(replyDeadline({ received: '2025-01-20', calendars: [{ ...EMPTY, year: 2025 }] }).date, '2025-02-17');
  });

  it('across 国庆 2025 (merged with 中秋, 8 days) and 国庆 2026', () => {
    // 10月1日—8日放假; 9月28日（周日）、10月11日（周六）上班.
    assert.equal(replyDeadline({ received: '2025-09-26' }).date, '2025-10-30');
    // 2026: 中秋 9月25日—27日, 国庆 10月1日—7日; 9月20日（周日）、10月10日（周六）上班.
    assert.equal(replyDeadline({ received: '2026-09-30' }).date, '2026-11-03');
  });

  it('across 春节 2026, with an extension and a third party’s 15 working days not counted', () => {
    // 2月15日—23日放假; 2月14日（周六）、2月28日（周六）上班.
    assert.equal(replyDeadline({ received: '2026-02-13' }).date, '2026-03-19');
    const longest = replyDeadline({ received: '2026-02-13', extensionDays: 20, consultationDays: 15 });
    assert.equal(longest.workingDays, 55);
    assert.equal(longest.date, '2026-05-12'); // 劳动节 5月1日—5日 off, 5月9日（周六）worked
  });

  it('from one year into the next (元旦 2026, with 1月4日 worked), and says when no calendar covers a year', () => {
    const d = replyDeadline({ received: '2025-12-19' });
    assert.equal(d.date, '2026-01-19');
    assert.equal(d.calendarCovers, true);
    assert.equal(replyDeadline({ received: '2026-12-20' }).calendarCovers, false);
  });

  it('a publisher’s own calendar replaces the shipped year', () => {
    const local = { ...EMPTY, year: 2025, holidays: [{ name: '本地假日', from: '2025-01-21', to: '2025-01-21' }] };
    assert.equal(replyDeadline({ received: '2025-01-20', calendars: [local] }).date, '2025-02-18');
  });
});

const EMPTY = {
  year: 2025,
  holidays: [],
  workdays: [],
  source: { title: '测试日历' },
};

describe('信息处理费 (国办函〔2020〕109号)', () => {
  // Tiers as printed by 新会区 (广东 江门) in its fee list citing 国办函〔2020〕109号:
  // http://www.xinhui.gov.cn/zwgk/zdlyxxgk/hjbhxxgk/tzgg/content/post_2365222.html
  it('按件计收: 10 a month free, 11–30 at 100 元, then 100 元 more for every further 10', () => {
    assert.deepEqual(
      [1, 10, 11, 30, 31, 40, 41, 50, 51].map(perRequestPrice),
      [0, 0, 100, 100, 200, 200, 300, 300, 400],
    );
    assert.equal(perRequestFee(10), 0);
    assert.equal(perRequestFee(11), 100);
    assert.equal(perRequestFee(45), 20 * 100 + 10 * 200 + 5 * 300);
    assert.equal(perRequestFee(5, 28), 2 * 100 + 3 * 200, 'the month’s earlier requests count');
  });

  it('按量计收: 30 pages free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元 a page', () => {
    assert.deepEqual([30, 31, 100, 101, 200, 201, 250].map(perPageFee), [0, 10, 700, 720, 2700, 2740, 4700]);
  });
});

describe('case log rolled up into table 3', () => {
  const cases: Case[] = [
    { received: '2024-12-20', applicant: 'natural-person', closed: { date: '2025-01-10', outcome: 'disclosed' } },
    { received: '2024-11-02', applicant: 'natural-person', closed: { date: '2024-11-20', outcome: 'disclosed' } },
    { received: '2025-03-01', applicant: 'commercial', closed: { date: '2025-03-20', outcome: 'withheld.thirdParty' } },
    {
      received: '2025-05-01',
      applicant: 'natural-person',
      closed: { date: '2025-05-10', outcome: 'unavailable.notHeld' },
    },
    { received: '2025-12-28', applicant: 'legal-services' },
    { received: '2026-01-03', applicant: 'natural-person' },
  ];

  it('counts each case where the format puts it, and the table it makes passes every check', () => {
    const t = rollUpCases(cases, 2025);
    assert.deepEqual(t.received, [1, 1, 0, 0, 1, 0, 3]);
    assert.deepEqual(t.carriedOver, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(t.results.disclosed, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(t.results.withheld.thirdParty, [0, 1, 0, 0, 0, 0, 1]);
    assert.deepEqual(t.results.total, [2, 1, 0, 0, 0, 0, 3]);
    assert.deepEqual(t.carriedForward, [0, 0, 0, 0, 1, 0, 1]);
    const sample = loadSampleFeed().datasets['annual-report-2024-hrss'];
    const report = { ...sample, year: 2025, published: '2026-01-20', sections: [], table3: t };
    const r = validate('annual-report', report);
    assert.deepEqual(r.issues, []);
  });

  it('has one outcome code per result row of table 3, and refuses any other', () => {
    assert.equal(OUTCOME_CODES.length, 2 + 8 + 3 + 5 + 3);
    assert.throws(
      () =>
        rollUpCases(
          [
            {
              received: '2025-01-02',
              applicant: 'natural-person',
              closed: { date: '2025-01-03', outcome: 'withheld.secret' as never },
            },
          ],
          2025,
        ),
      /unknown outcome code: withheld\.secret/,
    );
  });
});

describe('the sample 政府信息公开指南', () => {
  it('validates, with its four channels and how each sets the date of receipt', () => {
    const r = validate('request-guide', loadSampleFeed().datasets['request-guide-county']);
    assert.ok(r.ok, JSON.stringify(r.issues));
    assert.deepEqual(
      r.data!.channels.map((c) => [c.type, c.receipt]),
      [
        ['in-person', 'handed-in'],
        ['post', 'signed-for'],
        ['online', 'confirmed'],
        ['fax', 'confirmed'],
      ],
    );
  });

  it('refuses a calendar date filed under the wrong year', () => {
    const g = structuredClone(loadSampleFeed().datasets['request-guide-county']);
    g.calendars = [{ ...EMPTY, year: 2027, workdays: ['2026-02-07'] }];
    const r = validate('request-guide', g);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path.join('.')]),
      [['calendar_year', 'calendars.0.workdays.0']],
    );
  });
});
