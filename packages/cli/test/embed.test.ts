/**
 * `gongkai embed`: per dataset the snippet a webmaster pastes, the element with the data as plain HTML
 * inside (readable where the widget cannot run). Feed text is untrusted: it must arrive as text.
 */
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, tempDir } from './helpers.js';

const FEED = fileURLToPath(new URL('../../../examples/feeds/shili-county/', import.meta.url));

describe('gongkai embed', () => {
  it('writes a snippet per fee list, budget, guide and flowchart, each the element with its data as text', async () => {
    const out = tempDir();
    const r = await cli('embed', FEED, '--out', out, '--src', '/gongkai/feed/');
    assert.equal(r.code, 0, r.err);
    const files = readdirSync(out);
    for (const f of ['fees-nr.html', 'budget-2026-ca.html', 'guides-nr-guide-property-first.html'])
      assert.ok(files.includes(f), f);
    assert.ok(files.includes('processes-county-proc-licensing.html'));

    const fees = readFileSync(join(out, 'fees-nr.html'), 'utf8');
    assert.match(fees, /^<gk-fee-table src="\/gongkai\/feed\/" dataset="fees-nr">/);
    assert.match(fees, /<table>.*<th scope="col">收费项目<\/th>/s);
    assert.match(fees, /<a href="\/gongkai\/feed\/data\/fees-nr\.json">数据文件<\/a>/);
    assert.match(fees, /<\/gk-fee-table>\n$/);

    const budget = readFileSync(join(out, 'budget-2026-ca.html'), 'utf8');
    assert.match(budget, /单位：万元/);
    assert.match(budget, /<td>208<\/td><td>社会保障和就业支出<\/td>/);

    const flow = readFileSync(join(out, 'processes-county-proc-licensing.html'), 'utf8');
    assert.match(flow, /<gk-process-flow src="\/gongkai\/feed\/" process="proc-licensing">/);
    assert.match(flow, /<ol><li>申请人提交申请/);

    const guide = readFileSync(join(out, 'guides-nr-guide-property-first.html'), 'utf8');
    assert.match(guide, /<h4>申请材料<\/h4><ul><li>/);
    // Every kind a widget shows has its plain rendering: none is left out.
    for (const f of ['three-public-2025-ca.html', 'powers-nr.html', 'results-ca.html', 'rules-hall.html'])
      assert.ok(files.includes(f), f);
    assert.match(
      readFileSync(join(out, 'supervision-hall.html'), 'utf8'),
      /^<gk-supervision src="\/gongkai\/feed\/" dataset="supervision-hall">/,
    );
    assert.doesNotMatch(r.out, /暂无文字版/);
    // The publishing duties' kinds too: the annual report's tables with every cell as printed ("/" kept),
    // the request guide's time limits, the catalogue's items by 领域.
    const report = readFileSync(join(out, 'annual-report-2025-hrss.html'), 'utf8');
    assert.match(report, /^<gk-annual-report src="\/gongkai\/feed\/" dataset="annual-report-2025-hrss">/);
    assert.match(report, /<caption>表三 收到和处理政府信息公开申请情况<\/caption>/);
    assert.match(report, /<th scope="row">一、本年新收政府信息公开申请数量<\/th>(<td>[\d/]*<\/td>){7}<\/tr>/);
    assert.match(readFileSync(join(out, 'request-guide-county.html'), 'utf8'), /自收到申请之日起 20 个工作日内答复/);
    assert.match(readFileSync(join(out, 'catalogue-county.html'), 'utf8'), /<caption>公共资源交易<\/caption>/);

    // A department's page: its sections, each restricted to its own records.
    const dept = readFileSync(join(out, 'department-示例县自然资源局.html'), 'utf8');
    assert.match(dept, /^<gk-department src="\/gongkai\/feed\/" department="示例县自然资源局">/);
    for (const h of ['职权', '收费', '办事', '预决算', '三公经费']) assert.match(dept, new RegExp(`<h3>${h}</h3>`));
    assert.match(dept, /不动产登记费（住宅）/);
    assert.doesNotMatch(dept, /居民身份证工本费/, 'another department’s fee');
  });

  it('writes feed text as text: markup in a fee name is escaped', async () => {
    const feed = tempDir();
    cpSync(FEED, feed, { recursive: true });
    const file = join(feed, 'data', 'fees-nr.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.items[0].name = '<img src=x onerror=alert(1)>登记费';
    writeFileSync(file, JSON.stringify(data));
    const manifest = JSON.parse(readFileSync(join(feed, 'manifest.json'), 'utf8'));
    for (const d of manifest.datasets) delete d.hash; // the file changed: its published hash no longer holds
    writeFileSync(join(feed, 'manifest.json'), JSON.stringify(manifest));
    const out = tempDir();
    const r = await cli('embed', feed, '--out', out);
    assert.equal(r.code, 0, r.err);
    const fees = readFileSync(join(out, 'fees-nr.html'), 'utf8');
    assert.ok(fees.includes('&lt;img src=x onerror=alert(1)&gt;登记费'));
    assert.ok(!fees.includes('<img'));
  });

  it('needs --out, and says so', async () => {
    const r = await cli('embed', FEED);
    assert.equal(r.code, 2);
    assert.match(r.err, /embed 需要数据源目录和 --out 目录/);
  });
});
