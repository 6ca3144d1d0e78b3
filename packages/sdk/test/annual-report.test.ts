import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  Table2,
  disagrees,
  formatIssue,
  quotedFigures,
  reportLate,
  validate,
  validateFeed,
  type AnnualReport,
  type ValidationIssue,
} from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';
import {
  CHANGCHUN_2023,
  DISTRICT_STATS_2023,
  LONGGANG_2024_TABLE3,
  SHENSHAN_2024_TEXT,
  SICHUAN_2023_TEXT,
  ZHANJIANG_DFZ_2023,
} from './fixtures/real-annual-reports.js';

const feed = loadSampleFeed();
const where = (i: ValidationIssue) => `${i.file ?? ''} ${i.code} ${i.path.join('.')}`;
const reportIssues = (issues: ValidationIssue[]) =>
  issues
    .filter((i) => i.code.startsWith('report_'))
    .map(where)
    .sort();

/** The sample's 2024 report of 人社局 with its text error put right: a report that passes every check. */
function cleanReport(): AnnualReport {
  const r = clone(feed.datasets['annual-report-2024-hrss']) as AnnualReport;
  r.sections[0]!.text = r.sections[0]!.text!.replace('申请9件', '申请8件');
  return r;
}
const warnings = (data: unknown) => {
  const r = validate('annual-report', data);
  assert.ok(r.data, JSON.stringify(r.issues));
  return r.issues.map((i) => `${i.code} ${i.path.join('.')}`).sort();
};

describe('annual-report: the sample feed', () => {
  const result = validateFeed(feed);

  it('fires every check exactly where its deliberate error is, and nowhere else', () => {
    assert.deepEqual(
      reportIssues(result.issues),
      [
        // 人社局 2024: the text says 9 received, table 3 prints 8.
        'annual-report-2024-hrss report_text_figure sections.0.text',
        // 自然资源局 2024: 1.本机关不掌握 printed 4 (总计 7) under a group subtotal of 5 (总计 8); published 10 February.
        'annual-report-2024-nr report_late published',
        'annual-report-2024-nr report_reasons_sum table3.results.unavailable.total.0',
        'annual-report-2024-nr report_reasons_sum table3.results.unavailable.total.6',
        // 人社局 2025: a 商业企业 request counted as received but in no result (商业企业 and 总计 columns) …
        'annual-report-2025-hrss report_balance table3.carriedForward.1',
        'annual-report-2025-hrss report_balance table3.carriedForward.6',
        // … the 总计 column puts a third-party case under 国家秘密 …
        'annual-report-2025-hrss report_applicants_sum table3.results.withheld.stateSecret.6',
        'annual-report-2025-hrss report_applicants_sum table3.results.withheld.thirdParty.6',
        // … and 行政复议 1 + 1 printed as 3.
        'annual-report-2025-hrss report_review_sum table4.reconsideration.total',
        // 自然资源局 2025: 上年结转 2 (总计 3) where 2024 carried 1 (总计 2) forward; (七) one too high.
        'annual-report-2025-nr report_carryover table3.carriedOver.0',
        'annual-report-2025-nr report_carryover table3.carriedOver.6',
        'annual-report-2025-nr report_results_sum table3.results.total.0',
        'annual-report-2025-nr report_results_sum table3.results.total.6',
      ].sort(),
    );
  });

  it('warns and never refuses: the feed stays publishable and every printed figure is kept', () => {
    assert.ok(result.ok);
    assert.ok(result.issues.filter((i) => i.code.startsWith('report_')).every((i) => i.severity === 'warning'));
    const nr = result.results['annual-report-2025-nr']!.data as AnnualReport;
    assert.equal(nr.table3.results.total[6], 27, 'the printed (七)总计 stays as printed');
  });

  it('names the table, row and column as printed, in Chinese and English', () => {
    const text = (code: string, lang: 'zh-CN' | 'en') =>
      formatIssue(
        result.issues.find((i) => i.code === code)!,
        lang,
      );
    assert.match(
      text('report_applicants_sum', 'zh-CN'),
      /表三 收到和处理政府信息公开申请情况「1\.属于国家秘密」行：六类申请人之和为 0，而“总计”印为 1/,
    );
    assert.match(
      text('report_reasons_sum', 'zh-CN'),
      /「（四）无法提供」「自然人」列：各项原因之和为 5，而本组小计印为 6/,
    );
    assert.match(
      text('report_balance', 'zh-CN'),
      /「商业企业」列：本年新收 3 \+ 上年结转 0 = 3，而（七）总计 2 \+ 结转下年度继续办理 0 = 2/,
    );
    assert.match(text('report_review_sum', 'zh-CN'), /表四 .*「行政复议」：.*之和为 2，而“总计”印为 3/);
    assert.match(
      text('report_carryover', 'zh-CN'),
      /「二、上年结转政府信息公开申请数量」「自然人」列印为 2，而 2024 年度报告“四、结转下年度继续办理”为 1/,
    );
    assert.match(
      text('report_results_sum', 'en'),
      /column "natural persons": \(1\) to \(6\) add up to 20, but \(7\) total is printed as 21/,
    );
    assert.match(text('report_late', 'zh-CN'), /发布日期 2025-02-10 晚于 2025-01-31/);
  });
});

describe('annual-report: each check on its own', () => {
  it('a report whose figures all agree gets no warning', () => {
    assert.deepEqual(warnings(cleanReport()), []);
  });

  it('keeps a number, a blank and "/" apart in every cell, and refuses anything else', () => {
    const r = cleanReport();
    r.table3.received[2] = null;
    r.table3.received[3] = '/';
    assert.deepEqual(warnings(r), []);
    const parsed = validate('annual-report', r).data!;
    assert.equal(parsed.table3.received[2], null);
    assert.equal(parsed.table3.received[3], '/');
    for (const bad of [-1, 1.5, '3', '—']) {
      const b = cleanReport() as unknown as { table3: { received: unknown[] } };
      b.table3.received[0] = bad;
      const res = validate('annual-report', b);
      assert.equal(res.ok, false, `cell ${JSON.stringify(bad)}`);
      assert.deepEqual(res.issues[0]!.path, ['table3', 'received', 0]);
      assert.match(formatIssue(res.issues[0]!, 'zh-CN'), /非负整数、null（空白）或 "\/"（不适用）/);
    }
  });

  it('(七) against (一)…(六), per column; a "/" total is not checked, a blank one is', () => {
    const r = cleanReport();
    r.table3.results.total[4] = 2; // 法律服务机构: its results add up to 1
    assert.ok(warnings(r).includes('report_results_sum table3.results.total.4'));
    const s = cleanReport();
    s.table3.results.total[4] = '/';
    assert.ok(!warnings(s).some((w) => w.startsWith('report_results_sum')));
    const t = cleanReport();
    t.table3.results.total[0] = null; // 自然人 blank while its results add up to 6
    assert.ok(warnings(t).includes('report_results_sum table3.results.total.0'));
  });

  it('a group subtotal against its reasons, only where one is printed', () => {
    const r = clone(feed.datasets['annual-report-2024-nr']) as AnnualReport;
    delete r.table3.results.unavailable.total;
    r.published = '2025-01-31';
    // Without the printed subtotal, (四) is the sum of its reasons: (七) now disagrees instead.
    assert.deepEqual(warnings(r), [
      'report_results_sum table3.results.total.0',
      'report_results_sum table3.results.total.6',
    ]);
  });

  it('the text figures: received, carried over and forward, reconsideration and litigation', () => {
    const r = cleanReport();
    r.sections[3]!.text = '因政府信息公开工作被申请行政复议2件，提起行政诉讼0件。';
    assert.deepEqual(warnings(r), ['report_text_figure sections.3.text']);
  });

  it('late is judged from the printed date and the year, never from today', () => {
    assert.equal(reportLate({ year: 2025, published: '2026-01-31' }), false);
    assert.equal(reportLate({ year: 2025, published: '2026-02-01' }), true);
    assert.equal(reportLate({ year: 2025, published: null }), null);
    const r = cleanReport();
    r.published = null;
    assert.deepEqual(warnings(r), []);
  });

  it('across years only when both reports of the same unit are in the feed', () => {
    const f = clone(feed);
    f.manifest.datasets = f.manifest.datasets.filter((d: { id: string }) => d.id !== 'annual-report-2024-nr');
    assert.ok(!validateFeed(f).issues.some((i) => i.code === 'report_carryover'));
  });
});

describe('annual-report: real reports pass or fail as their own figures say', () => {
  it('龙岗区 2024: every transcribed row of table 3 adds up across the six applicants', () => {
    for (const [row, cells] of Object.entries(LONGGANG_2024_TABLE3))
      assert.equal(disagrees(cells[6], cells.slice(0, 6)), null, row);
    // Its printed rule "第一项加第二项之和，等于第三项加第四项之和" needs rows the copy cuts off.
  });

  it('长春 2023: the text says 2 requests, table 3 prints 3 — the report contradicts itself', () => {
    const q = quotedFigures(CHANGCHUN_2023.text);
    assert.deepEqual(
      q.map((x) => [x.figure, x.value]),
      [['received', 2]],
    );
    assert.notEqual(q[0]!.value, CHANGCHUN_2023.received[6]);
    assert.equal(disagrees(CHANGCHUN_2023.received[6], CHANGCHUN_2023.received.slice(0, 6)), null);
  });

  it('湛江地方志办 2023: "未接到信息公开申请" agrees with 0, and "未收到行政许可申请" is not a request figure', () => {
    assert.deepEqual(
      quotedFigures(ZHANJIANG_DFZ_2023.text).map((x) => [x.figure, x.value]),
      [['received', 0]],
    );
    assert.equal(ZHANJIANG_DFZ_2023.received[6], 0);
  });

  it('区统计局 2023: "/" in table 2 and blank applicant cells under a 0 total are read as printed and pass', () => {
    const t2 = Table2.safeParse(DISTRICT_STATS_2023.table2);
    assert.ok(t2.success);
    assert.equal(t2.data.regulations.issued, '/');
    for (const row of [DISTRICT_STATS_2023.received, DISTRICT_STATS_2023.carriedOver])
      assert.equal(disagrees(row[6], row.slice(0, 6)), null);
  });

  it('四川省政府办公厅 2023 and 深汕 2024: the quoted figures are read, and balance as the text says', () => {
    const sc = Object.fromEntries(quotedFigures(SICHUAN_2023_TEXT).map((x) => [x.figure, x.value]));
    assert.deepEqual(sc, { carriedOver: 74, carriedForward: 80, reconsideration: 27, litigation: 15 });
    assert.equal(1261, 1181 + sc.carriedForward!); // handled = answered + carried forward
    const ss = Object.fromEntries(quotedFigures(SHENSHAN_2024_TEXT).map((x) => [x.figure, x.value]));
    assert.deepEqual(ss, { received: 162, carriedOver: 1, carriedForward: 4 });
    assert.equal(ss.received! + ss.carriedOver!, 159 + ss.carriedForward!);
  });
});
