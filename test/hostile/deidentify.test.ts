// De-identification under hostile input (issue 37), class by class: each case published a real
// person's name or number before its fix. Numbers are masked in every written form and every field,
// the validator names the exact field, and `gongkai build` masks results under any kind string.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  cutAddress,
  deidentifyResult,
  formatIssue,
  formatPath,
  maskName,
  validate,
  validateFeed,
  type Result,
} from '../../packages/sdk/src/index.js';
import { cli, tempDir } from '../../packages/cli/test/helpers.js';
import { OTHER_NUMERAL } from '../../packages/sdk/src/helpers/personal-numbers.js';

const list = (results: unknown[]) => ({ kind: 'results', id: 'r', updated: '2026-10-16', results });
const decision = (over: Record<string, unknown> = {}): Result =>
  ({
    type: 'decision',
    id: 'd1',
    kind: 'penalty',
    docNumber: '示市监处罚〔2026〕12号',
    party: { name: '示例县明珠超市', kind: 'organization' },
    facts: '经营超过保质期的食品',
    basis: [{ title: '中华人民共和国食品安全法', number: '主席令第二十一号' }],
    result: '罚款 5000 元',
    date: '2026-03-01',
    ...over,
  }) as Result;

/** The personal-data issues of one record, as "path what". */
const flagged = (r: unknown) =>
  validate('results', list([r]))
    .issues.filter((i) => i.code === 'personal_data')
    .map((i) => `${formatPath(i.path)} ${i.params?.what}`)
    .sort();
/** Letters and digits a reader could still recover, after NFKC and without invisible characters. */
const recoverable = (v: unknown) =>
  JSON.stringify(v)
    .normalize('NFKC')
    .replace(/[^0-9A-Za-z]/g, '');

/** A number in `facts` is flagged there, and masked so that none of it is readable, and passes after. */
function assertMasked(facts: string, canonical: string, what: string) {
  const raw = decision({ facts });
  assert.deepEqual(flagged(raw), [`results[0].facts ${what}`]);
  const masked = deidentifyResult(raw);
  assert.ok(!recoverable(masked).includes(canonical), JSON.stringify(masked));
  assert.deepEqual(flagged(masked), []);
  return (masked as { facts: string }).facts;
}

describe('de-identification under hostile input (issue 37)', () => {
  it('full-width digits: an ID card written １１０１… is masked', () => {
    const out = assertMasked('当事人身份证号１１０１０１１９９００３０７１２３Ｘ', '11010119900307123X', 'id-number');
    assert.equal(out, '当事人身份证号１１０***********１２３Ｘ');
  });

  it('separators and (+86): mobiles written with spaces, dashes, dots and a country code are masked', () => {
    assert.equal(assertMasked('联系电话（+86）138 1234 5678', '13812345678', 'mobile'), '联系电话（+86）138 **** 5678');
    assertMasked('电话 0086-138.1234.5678', '13812345678', 'mobile');
    assertMasked('身份证 110101-19900307-1234', '110101199003071234', 'id-number');
  });

  it('15-digit old ID cards and a lower-case x are masked', () => {
    assertMasked('身份证 110101900307123', '110101900307123', 'id-number');
    assertMasked('身份证 11010119900307123x', '11010119900307123x', 'id-number');
  });

  it('zero-width characters between digits and inside a name hide nothing', () => {
    assertMasked('电话 138\u200b1234\u200d5678', '13812345678', 'mobile');
    const raw = decision({ party: { name: '张\u200b三', kind: 'person' } });
    assert.deepEqual(flagged(raw), ['results[0].party.name name']);
    assert.equal(maskName('张\u200b三'), '张*', 'a two-character name never shows its second character');
    assert.equal((deidentifyResult(raw) as { party: { name: string } }).party.name, '张*');
  });

  it("a party's full name in task or any other free-text field is masked there too", () => {
    const raw: Result = {
      type: 'spot-check',
      id: 's1',
      task: '对李四光经营的小卖部开展食品安全抽查',
      party: { name: '李四光', kind: 'person' },
      date: '2026-03-01',
      result: '未发现问题',
      notes: '李\ufeff四光已签字确认',
    };
    assert.deepEqual(flagged(raw), ['results[0].notes name', 'results[0].party.name name', 'results[0].task name']);
    const masked = deidentifyResult(raw);
    assert.ok(
      !JSON.stringify(masked)
        .replace(/\ufeff/g, '')
        .includes('李四光'),
      JSON.stringify(masked),
    );
    assert.match((masked as { task: string }).task, /对李\*光经营/);
  });

  it('an ID or mobile in a basis title or number is flagged at its exact path and masked', () => {
    const raw = decision({ basis: [{ title: '依据 13812345678 的举报', number: '110101199003071234' }] });
    assert.deepEqual(flagged(raw), ['results[0].basis[0].number id-number', 'results[0].basis[0].title mobile']);
    assert.deepEqual(flagged(deidentifyResult(raw)), []);
  });

  it("a '*' in a name is not a mask: 张三丰* and *李四光 are masked", () => {
    assert.equal(maskName('张三丰*'), '张*丰');
    assert.equal(maskName('*李四光'), '李*光');
    assert.equal(maskName('张*丰'), '张*丰');
    assert.deepEqual(flagged(decision({ party: { name: '张三丰*', kind: 'person' } })), ['results[0].party.name name']);
  });

  it("a person's ID number given as party.creditCode is flagged and masked", () => {
    const raw = decision({ party: { name: '张*丰', kind: 'person', creditCode: '110101199003071234' } });
    assert.deepEqual(flagged(raw), ['results[0].party.creditCode id-number']);
    assert.ok(!recoverable(deidentifyResult(raw)).includes('110101199003071234'));
  });

  it("an organisation's 统一社会信用代码 is left as it is", () => {
    const r = decision({ party: { name: '示例县人民医院', kind: 'organization', creditCode: '123301007654321012' } });
    assert.deepEqual(flagged(r), []);
    assert.deepEqual(deidentifyResult(r), r);
  });

  it('Hong Kong, Macao and Taiwan IDs, 回乡证, 台胞证 and passports are masked', () => {
    assert.equal(assertMasked('香港身份证 A123456(7)', 'A1234567', 'hk-macao-id'), '香港身份证 A******(7)');
    assertMasked('澳门身份证 1234567(8)', '12345678', 'hk-macao-id');
    assertMasked('台湾身份证 A123456789', 'A123456789', 'taiwan-id');
    assertMasked('回乡证 H12345678', 'H12345678', 'permit');
    assertMasked('回乡证 M1234567890', 'M1234567890', 'permit');
    assertMasked('台胞证号码：12345678', '12345678', 'permit');
    assertMasked('护照 E12345678', 'E12345678', 'passport');
    assertMasked('护照 G12345678', 'G12345678', 'passport');
  });

  it('door numbers in full-width or Chinese numerals are cut back to the village', () => {
    assert.equal(cutAddress('城关镇幸福村三组十二号'), '城关镇幸福村');
    assert.equal(cutAddress('城关镇解放路十二号'), '城关镇解放路');
    assert.equal(cutAddress('城关镇解放路１２号'), '城关镇解放路');
    assert.equal(cutAddress('城关镇幸福村'), '城关镇幸福村');
  });

  it('an ID split across two fields is caught in both halves', () => {
    const raw = decision({ facts: '当事人身份证号 110101199', basis: [], result: '003071234 罚款 5000 元' });
    assert.deepEqual(flagged(raw), ['results[0].facts id-number', 'results[0].result id-number']);
    const masked = deidentifyResult(raw) as { facts: string; result: string };
    assert.ok(!recoverable(masked).includes('110101199003071234'), JSON.stringify(masked));
    assert.equal(masked.facts, '当事人身份证号 110******');
    assert.equal(masked.result, '*****1234 罚款 5000 元');
  });

  it('non-results kinds: an ID anywhere is an error; an official mobile in a contact field is allowed', () => {
    const fees = {
      kind: 'fee-list',
      id: 'f',
      updated: '2026-01-01',
      items: [
        {
          id: 'f1',
          name: '不动产登记费',
          department: '自然资源局',
          category: 'administrative',
          basis: [{ title: '经办人 110101199003071234', number: '发改价格〔2016〕2559号' }],
        },
      ],
    };
    const r = validate('fee-list', fees);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.issues.filter((i) => i.code === 'personal_data').map((i) => formatPath(i.path)),
      ['items[0].basis[0].title'],
    );
    assert.match(formatIssue(r.issues.find((i) => i.code === 'personal_data')!), /身份证号/);
    assert.match(
      formatIssue(
        r.issues.find((i) => i.code === 'personal_data')!,
        'en',
      ),
      /an ID-card number/,
    );
    const guides = JSON.parse(
      readFileSync(new URL('../../examples/feeds/shili-county/data/guides-ca.json', import.meta.url), 'utf8'),
    );
    guides.guides[0].consultPhone = '13812345678';
    assert.equal(validate('service-guide', guides).ok, true, 'a mobile as the office contact number is allowed');
    guides.guides[0].notes = ['办理人张三 13812345678'];
    assert.deepEqual(
      validate('service-guide', guides)
        .issues.filter((i) => i.code === 'personal_data')
        .map((i) => `${formatPath(i.path)} ${i.params?.what}`),
      ['guides[0].notes[0] mobile'],
    );
  });

  it('every character that NFKC turns into a digit gets the full look (⑫, ², 𝟙, ㉑)', () => {
    const missed: string[] = [];
    for (let cp = 0x80; cp < 0x110000; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xff10 && cp <= 0xff19)) continue;
      const ch = String.fromCodePoint(cp);
      if (/[0-9]/.test(ch.normalize('NFKC')) && !OTHER_NUMERAL.test(ch)) missed.push(cp.toString(16));
    }
    assert.deepEqual(missed, []);
    assertMasked('电话 ①③⑧①②③④⑤⑥⑦⑧', '13812345678', 'mobile');
  });

  it('a results file listed under another kind string is checked, and built masked', async () => {
    const dir = tempDir();
    const feedDir = join(dir, 'feed');
    mkdirSync(join(feedDir, 'data'), { recursive: true });
    const raw = list([
      decision({ party: { name: '王小明', kind: 'person' }, facts: '身份证 １１０１０１１９９００３０７１２３４' }),
    ]);
    writeFileSync(join(feedDir, 'data/r.json'), JSON.stringify(raw));
    const manifest = {
      publisher: { name: '示例县市场监管局' },
      updated: '2026-10-16',
      datasets: [{ kind: 'penalty-results', id: 'r', title: '处罚结果', url: 'data/r.json', updated: '2026-10-16' }],
    };
    writeFileSync(join(feedDir, 'manifest.json'), JSON.stringify(manifest));
    const v = validateFeed({ manifest, datasets: { r: raw } });
    assert.equal(v.ok, false);
    assert.deepEqual(
      v.issues.filter((i) => i.code === 'personal_data').map((i) => `${i.file} ${formatPath(i.path)}`),
      ['r results[0].party.name', 'r results[0].facts'],
    );
    assert.equal((await cli('validate', feedDir)).code, 1);
    const out = join(dir, 'public');
    const b = await cli('build', feedDir, out);
    assert.equal(b.code, 0, b.out + b.err);
    const built = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const text = readFileSync(join(out, built.datasets[0].url), 'utf8');
    assert.ok(!text.includes('王小明') && text.includes('王*明'), text);
    assert.ok(!recoverable(JSON.parse(text)).includes('110101199003071234'), text);
  });
});
