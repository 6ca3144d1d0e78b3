/**
 * The plain-HTML renderings of 三公, 权责清单, 结果公示, 办事纪律 and 监督评价 (`gongkai embed`): what a
 * visitor reads where the widget cannot run. Figures as published, people de-identified, feed text as
 * text (the fallback is HTML built from untrusted text).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { PowerList, ResultList, ServiceRules, Supervision, ThreePublic } from '@gongkai/sdk';
import { powersHtml, resultsHtml, rulesHtml, supervisionHtml, threePublicHtml } from '../src/embed/fallback-kinds.js';

const FEED = new URL('../../../examples/feeds/shili-county/data/', import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`${name}.json`, FEED), 'utf8')) as T;
const HOSTILE = '<img src=x onerror=alert(1)>"\'&';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;';

/** Every text of the feed reaches the page as text: no element or attribute of the feed's making. */
function assertEscaped(html: string) {
  assert.ok(!html.includes('<img'), 'markup from the feed became an element');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile text is shown, escaped');
}

describe('embed: 三公', () => {
  it('prints the table as published: its unit, subtotals only where printed, the printed change', () => {
    const d = load<ThreePublic>('three-public-2025-nr');
    const html = threePublicHtml(d);
    assert.match(html, /<caption>示例县自然资源局2025年度“三公”经费（单位：万元）<\/caption>/);
    assert.match(html, /<th scope="col">预算数<\/th>/);
    assert.match(html, /<tr><th scope="row">合计<\/th><td>36\.00<\/td><td>33\.71<\/td><td>16\.97<\/td>/);
    // The printed −7.81 % stands as printed, although 3.18 against 2.95 is +7.8 %: never recomputed.
    assert.match(
      html,
      /<th scope="row">公务接待费<\/th><td>4\.00<\/td><td>3\.18<\/td><td>2\.95<\/td><td>−7\.81%<\/td>/,
    );
    assert.match(html, /公务用车保有量：5 辆/);
    // A table without a printed 合计 gets none of ours.
    const noTotal = threePublicHtml({ ...d, lines: d.lines.filter((l) => l.category !== 'total') });
    assert.doesNotMatch(noTotal, /合计/);
  });

  it('escapes feed text', () => {
    const d = load<ThreePublic>('three-public-2025-nr');
    assertEscaped(threePublicHtml({ ...d, department: HOSTILE, lines: [{ ...d.lines[0]!, reason: HOSTILE }] }));
  });
});

describe('embed: 权责清单', () => {
  it('lists each power with its type, basis, office, status and supervision phone', () => {
    const html = powersHtml(load<PowerList>('powers-nr'));
    assert.match(
      html,
      /<th scope="row">建设项目用地预审与选址意见书核发<\/th><td>3399990201001<\/td><td>行政许可<\/td>/,
    );
    assert.match(html, /《中华人民共和国城乡规划法》第三十六条|中华人民共和国城乡规划法/);
    assert.match(html, /<td>示例县自然资源局 国土空间规划股<\/td><td>有效<\/td><td>0999-1234510<\/td>/);
  });

  it('escapes feed text', () => {
    const d = load<PowerList>('powers-nr');
    assertEscaped(powersHtml({ ...d, powers: [{ ...d.powers[0]!, name: HOSTILE, office: HOSTILE }] }));
  });
});

describe('embed: 结果公示', () => {
  it('masks a person’s name and never prints an ID or phone number given in the clear', () => {
    const d = load<ResultList>('results-ca');
    const first = d.results.find((r) => r.type === 'case')!;
    const raw: ResultList = {
      ...d,
      results: [
        {
          ...first,
          applicant: { name: '张三丰', kind: 'person' },
          notes: '身份证 110101199003074514，电话 13912345678',
        } as ResultList['results'][number],
      ],
    };
    const html = resultsHtml(raw, '2026-12-01');
    assert.match(html, /张\*丰/);
    assert.doesNotMatch(html, /张三丰|110101199003074514|13912345678/);
    assert.match(html, /个人信息已按规定去标识化/);
  });

  it('shows each record’s item, date, kind, party and outcome; a payment’s amount as published', () => {
    const html = resultsHtml(load<ResultList>('results-ca'), '2026-12-01');
    assert.match(
      html,
      /<th scope="row">最低生活保障对象认定<\/th><td>2026年10月26日<\/td><td>办件结果<\/td><td>陶\*国<\/td><td>准予<\/td>/,
    );
    assert.match(html, /不予：家庭人均收入高于当地最低生活保障标准/);
    assert.match(html, /<td>资金发放<\/td>/);
  });

  it('leaves out the records whose 公示期 has ended, as the widget does, and says how many', () => {
    const d = load<ResultList>('results-mr');
    const ended = d.results.filter((r) => r.publicity?.end === '2026-06-30');
    assert.ok(ended.length > 0);
    const names = (html: string) => ended.filter((r) => html.includes(r.type === 'decision' ? r.docNumber : r.id));
    const before = resultsHtml(d, '2026-06-30');
    const after = resultsHtml(d, '2026-07-01');
    assert.doesNotMatch(before, /已过公示期/);
    assert.match(after, new RegExp(`另有 ${ended.length} 条已过公示期，未列出`));
    assert.ok(after.length < before.length);
    assert.deepEqual(names(after), []);
  });

  it('escapes feed text', () => {
    const d = load<ResultList>('results-mr');
    const r = { ...d.results[0]!, result: HOSTILE } as ResultList['results'][number];
    assertEscaped(resultsHtml({ ...d, results: [r] }, '2026-12-01'));
  });
});

describe('embed: 办事纪律', () => {
  it('lists the rules in order with their basis, and the staff on duty', () => {
    const d = load<ServiceRules>('rules-hall');
    const html = rulesHtml(d);
    assert.match(
      html,
      /<ol><li><strong>首问负责 · 首问负责<\/strong>：首位接待的工作人员负责解答或引导办理，不得推诿。/,
    );
    if (d.staff?.length) assert.match(html, /<th scope="col">窗口<\/th>/);
  });

  it('escapes feed text', () => {
    const d = load<ServiceRules>('rules-hall');
    assertEscaped(rulesHtml({ ...d, rules: [{ ...d.rules[0]!, text: HOSTILE }] }));
  });
});

describe('embed: 监督评价', () => {
  it('lists the channels and the counts as published; a count not published reads 未填报, never 0', () => {
    const d = load<Supervision>('supervision-hall');
    const html = supervisionHtml({
      ...d,
      complaints: [{ period: '2026-Q4', received: null, settled: 3, satisfied: null }],
    });
    assert.match(html, /监督电话：0999-1234599（工作日 8:30–17:30）/);
    assert.match(html, /<a href="https:\/\/zwfw\.shili\.gov\.cn\/haochaping">/);
    assert.match(html, /<tr><th scope="row">2026年第四季度<\/th><td>未填报<\/td><td>3<\/td><td>未填报<\/td><\/tr>/);
    assert.match(html, /<tr><th scope="row">2025年12月<\/th><td>2,032<\/td><td>278<\/td>/);
  });

  it('escapes feed text, in a link’s address too', () => {
    const d = load<Supervision>('supervision-hall');
    const html = supervisionHtml({
      ...d,
      channels: [{ kind: 'online', label: HOSTILE, value: HOSTILE, url: 'https://x.example/"onmouseover="alert(1)' }],
    });
    assertEscaped(html);
    assert.ok(html.includes(ESCAPED));
    assert.ok(html.includes('href="https://x.example/&quot;onmouseover=&quot;alert(1)"'));
  });
});
