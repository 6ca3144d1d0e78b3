/**
 * Government website page metadata on the pages the CLI writes: a poster saved as HTML carries the
 * publisher's site (SiteName, SiteDomain, SiteIDCode from the manifest), its column, title, date
 * and source; feed text cannot leave its attribute.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pageMeta } from '../src/page-meta.js';
import { cli, metaOf, tempDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/feeds/shili-county/', import.meta.url));

describe('page metadata', () => {
  it('is written into a poster saved as HTML, from the manifest', async () => {
    const out = join(tempDir(), 'fees.html');
    const r = await cli('print', SAMPLE, '--what', 'fees', '--department', '示例县自然资源局', '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const meta = metaOf(readFileSync(out, 'utf8'));
    assert.equal(meta.SiteName, '示例县人民政府门户网站');
    assert.equal(meta.SiteDomain, 'www.shili.gov.cn');
    assert.equal(meta.SiteIDCode, '3399990001');
    assert.equal(meta.ColumnName, '收费标准');
    assert.equal(meta.ColumnType, '信息公开');
    assert.match(meta.ArticleTitle ?? '', /收费/);
    assert.equal(meta.PubDate, '2026-03-02 09:00');
    assert.equal(meta.ContentSource, '示例县自然资源局');
  });

  it('leaves out what the manifest does not give, and escapes feed text', () => {
    const html = pageMeta({
      siteOwner: '示例县"><script>alert(1)</script>',
      columnName: '办事指南',
      columnType: '信息公开',
      title: 'a & b',
    }).text;
    assert.doesNotMatch(html, /<script/);
    const meta = metaOf(html);
    assert.equal(meta.SiteName, '示例县&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(meta.ArticleTitle, 'a &amp; b');
    assert.equal('SiteDomain' in meta, false);
    assert.equal('PubDate' in meta, false);
  });
});
