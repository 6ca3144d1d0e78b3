/** The header dictionary: matching published headings, and the README's table kept in step. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dictionaryMarkdown } from '../src/import/table/dictionary-markdown.js';
import { matchHeading } from '../src/import/table/header-dictionary.js';

describe('header dictionary', () => {
  it('matches headings as printed: spaced, numbered, with a unit, the deepest level first', () => {
    assert.equal(matchHeading(['部 门'], 'fee')?.entry.field, 'department');
    assert.equal(matchHeading(['收费依据'], 'fee')?.entry.field, 'basis');
    const amount = matchHeading(['收费标准', '标准（元）'], 'fee');
    assert.deepEqual([amount?.entry.field, amount?.unit, amount?.level], ['standard', '元', 1]);
    assert.equal(matchHeading(['收费标准', '计费单位'], 'fee')?.entry.field, 'per');
    assert.equal(matchHeading(['项 目'], 'three-public')?.entry.field, 'item');
    assert.equal(matchHeading(['其中：公共预算财政拨款'], 'three-public')?.entry.field, 'appropriation');
    assert.equal(matchHeading(['本年预算', '基本支出'], 'budget')?.entry.field, 'basic');
    assert.equal(matchHeading(['征收方式'], 'fee'), undefined);
  });

  it('is the table in the README (node --conditions=source --import tsx scripts/header-dictionary-table.mjs)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    assert.ok(
      readme.includes(`<!-- header-dictionary:start -->\n${dictionaryMarkdown()}\n<!-- header-dictionary:end -->`),
    );
  });
});
