// Property tests of de-identification (issue 37): every written form of a personal number the
// issue lists is generated — full-width, separators inside, +86, 15-digit IDs, lower-case x,
// zero-width characters, HK/Macao/Taiwan IDs, 回乡证, 台胞证, passports, split across two fields —
// and after deidentify nothing of it is recoverable, while the validator flags the raw form.
// Legitimate text (document numbers, amounts, dates, landlines, credit codes) is never altered.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  cutAddress,
  deidentifyResult,
  formatPath,
  maskName,
  maskNumbers,
  validate,
  type Result,
} from '../../packages/sdk/src/index.js';

const params = { numRuns: 300, ...(process.env.CI ? { seed: 42 } : {}) };

const digit = fc.constantFrom(...'0123456789');
const digitsOf = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const upper = fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ');
const pad = (n: number) => String(n).padStart(2, '0');

/** A number as it is canonically written, its kind, and how many characters stay visible at each end. */
interface Canon {
  what: string;
  text: string;
  label: string;
  keep: number;
}
const canon =
  (what: string, label: string, keep = 2) =>
  (text: string) => ({ what, text, label, keep });

const id18 = fc
  .tuple(digitsOf(17), fc.constantFrom(...'0123456789Xx'))
  .map(([a, b]) => a + b)
  .map(canon('id-number', '身份证号', 7));
const id15 = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }),
    digitsOf(7),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    digitsOf(3),
  )
  .map(([a, b, m, d, s]) => `${a}${b}${pad(m)}${pad(d)}${s}`)
  .map(canon('id-number', '身份证', 7));
const mobile = fc
  .tuple(fc.constantFrom('13', '14', '15', '16', '17', '18', '19'), digitsOf(9))
  .map(([a, b]) => a + b)
  .map(canon('mobile', '电话', 7));
const hk = fc
  .tuple(fc.array(upper, { minLength: 1, maxLength: 2 }), digitsOf(6), fc.constantFrom(...'0123456789A'), fc.boolean())
  .map(([l, d, c, paren]) => `${l.join('')}${d}${paren ? `(${c})` : c}`)
  .map(canon('hk-macao-id', '香港身份证'));
const macao = fc
  .tuple(fc.constantFrom('1', '5', '7'), digitsOf(6), digit)
  .map(([a, d, c]) => `${a}${d}(${c})`)
  .map(canon('hk-macao-id', '澳门身份证'));
const taiwan = fc
  .tuple(upper, fc.constantFrom('1', '2'), digitsOf(8))
  .map(([l, s, d]) => l + s + d)
  .map(canon('taiwan-id', '台湾身份证'));
const homeReturn = fc
  .tuple(fc.constantFrom('H', 'M'), fc.oneof(digitsOf(8), digitsOf(10)))
  .map(([l, d]) => l + d)
  .map(canon('permit', '回乡证'));
const taibao = fc.oneof(digitsOf(8), digitsOf(10)).map(canon('permit', '台胞证'));
const passport = fc
  .oneof(
    fc.tuple(fc.constantFrom('E', 'G'), digitsOf(8)).map(([l, d]) => l + d),
    fc.tuple(upper, digitsOf(7)).map(([l, d]) => `E${l}${d}`),
  )
  .map(canon('passport', '护照号码'));
const anyNumber = fc.oneof(id18, id15, mobile, hk, macao, taiwan, homeReturn, taibao, passport);

const FULL_WIDTH = (s: string) => s.replace(/[0-9A-Za-z()+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const SEPARATORS = [' ', '-', '.', '\u3000', '－', '–'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const PREFIXES = ['+86', '+86 ', '(+86)', '（+86）', '0086-', '86'];

/** A written form: some characters full-width, separators or zero-width characters between some, a +86. */
const written = (c: Canon) =>
  fc
    .record({
      full: fc.boolean(),
      between: fc.array(fc.option(fc.constantFrom(...SEPARATORS, ...INVISIBLE), { freq: 3 }), {
        minLength: c.text.length,
        maxLength: c.text.length,
      }),
      prefix: fc.option(fc.constantFrom(...PREFIXES), { freq: 2 }),
    })
    .map(({ full, between, prefix }) => {
      const chars = [...c.text];
      // Separators only between two digits (as the issue lists them); invisible characters anywhere.
      const gap = (i: number) => {
        const g = between[i] ?? '';
        return INVISIBLE.includes(g) || (/\d/.test(chars[i]!) && /\d/.test(chars[i + 1] ?? '')) ? g : '';
      };
      let out = chars.map((ch, i) => (i < chars.length - 1 ? ch + gap(i) : ch)).join('');
      if (c.what === 'mobile' && prefix) out = prefix + out;
      return full ? FULL_WIDTH(out) : out;
    });

/** HK IDs and passports share a written form (EA1234567): either name is right for it. */
const sameKind = (found: string, expected: string) =>
  found === expected || (['hk-macao-id', 'passport'].includes(found) && ['hk-macao-id', 'passport'].includes(expected));

/** Every string of a value, joined. */
const allText = (v: unknown): string => JSON.stringify(v);
/** Letters and digits only, after NFKC and without invisible characters: what a reader could recover. */
const compact = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[^0-9A-Za-z*]/g, '')
    .toUpperCase();

const spotCheck = (task: string, result: string, notes?: string): Result => ({
  type: 'spot-check',
  id: 'x',
  task,
  party: { name: '示例县明珠超市', kind: 'organization' },
  date: '2026-03-01',
  result,
  ...(notes ? { notes } : {}),
});
const list = (results: unknown[]) => ({ kind: 'results', id: 'r', updated: '2026-10-16', results });

describe('de-identification properties (issue 37)', () => {
  it('every written form of every personal number is masked, and the validator flags the raw form', () => {
    fc.assert(
      fc.property(
        anyNumber.chain((c) => fc.tuple(fc.constant(c), written(c))),
        fc.constantFrom('task', 'result', 'notes'),
        ([c, form], field) => {
          const text = `当事人${c.label}${form}，已核实。`;
          const raw = spotCheck(
            field === 'task' ? text : '2026年第一批双随机抽查',
            field === 'result' ? text : '未发现问题',
            field === 'notes' ? text : undefined,
          );
          const flagged = validate('results', list([raw])).issues.filter((i) => i.code === 'personal_data');
          assert.ok(
            flagged.some(
              (i) => formatPath(i.path) === `results[0].${field}` && sameKind(String(i.params?.what), c.what),
            ),
            `${form} not flagged as ${c.what}: ${JSON.stringify(flagged)}`,
          );
          const masked = deidentifyResult(raw);
          const out = (masked as unknown as Record<string, string>)[field]!;
          assert.ok(!compact(out).includes(compact(c.text)), `${form} survived as ${out}`);
          const stars = [...out].filter((ch) => ch === '*').length;
          assert.ok(stars >= compact(c.text).length - c.keep, `${out}: only ${stars} characters masked`);
          assert.equal(validate('results', list([masked])).ok, true, `${out} still flagged`);
          assert.equal(maskNumbers(text), out, 'maskNumbers masks the text alone the same way');
        },
      ),
      params,
    );
  });

  it('a number split across two adjacent fields is caught and masked in both halves', () => {
    fc.assert(
      fc.property(fc.oneof(id18, id15, mobile, taiwan, passport), fc.integer({ min: 3, max: 8 }), (c, cut) => {
        const raw = spotCheck(
          '双随机抽查',
          `发现问题，证件 ${c.text.slice(0, cut)}`,
          `${c.text.slice(cut)} 已责令整改`,
        );
        const paths = validate('results', list([raw]))
          .issues.filter((i) => i.code === 'personal_data')
          .map((i) => formatPath(i.path));
        assert.deepEqual(paths.sort(), ['results[0].notes', 'results[0].result']);
        const masked = deidentifyResult(raw) as Extract<Result, { type: 'spot-check' }>;
        assert.ok(!compact(masked.result + masked.notes).includes(compact(c.text)), JSON.stringify(masked));
        assert.equal(validate('results', list([masked])).ok, true);
      }),
      params,
    );
  });

  it('a full name is masked wherever it appears, however it is spelt', () => {
    const han = fc.constantFrom(
      ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐伟芳娜敏静丽强磊军洋勇艳杰娟'.split(''),
    );
    fc.assert(
      fc.property(
        fc.array(han, { minLength: 2, maxLength: 4 }),
        fc.constantFrom('', '*', 'zw', 'both'),
        fc.constantFrom(...INVISIBLE),
        (chars, spelling, zw) => {
          const full = chars.join('');
          const asWritten =
            spelling === '*' || spelling === 'both'
              ? `${spelling === 'both' ? chars.join(zw) : full}*`
              : spelling === 'zw'
                ? chars.join(zw)
                : full;
          const raw: Result = {
            type: 'spot-check',
            id: 'x',
            task: `对${chars.join(zw)}经营场所的抽查`,
            party: { name: asWritten, kind: 'person' },
            date: '2026-03-01',
            result: `${full}未发现问题`,
          };
          assert.equal(validate('results', list([raw])).ok, false);
          const masked = deidentifyResult(raw) as Extract<Result, { type: 'spot-check' }>;
          const text = INVISIBLE.reduce((t, zw) => t.split(zw).join(''), allText(masked));
          assert.ok(!text.includes(full), `${full} survived in ${text}`);
          assert.equal(masked.party.name, maskName(full));
          assert.ok(text.includes(maskName(full)));
          assert.equal(validate('results', list([masked])).ok, true, JSON.stringify(masked));
        },
      ),
      params,
    );
  });

  it('a door number in any numerals is cut back to the village', () => {
    const cn = (n: number) =>
      n <= 10
        ? '零一二三四五六七八九十'[n]!
        : n < 20
          ? `十${'零一二三四五六七八九'[n - 10]}`
          : `${'零一二三四五六七八九'[Math.floor(n / 10)]}十${n % 10 ? '零一二三四五六七八九'[n % 10] : ''}`;
    fc.assert(
      fc.property(
        fc.constantFrom('城关镇幸福村', '河口镇河口社区', '解放路', '城南街道建设路'),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('ascii', 'full', 'chinese'),
        fc.constantFrom('组', '栋', '号楼'),
        (place, a, b, numerals, unit) => {
          const num = (n: number) =>
            numerals === 'chinese' ? cn(n) : numerals === 'full' ? FULL_WIDTH(String(n)) : String(n);
          const address = `${place}${num(a)}${unit}${num(b)}号`;
          assert.equal(cutAddress(address), place);
        },
      ),
      params,
    );
  });

  it('legitimate text is never altered: document numbers, amounts, dates, landlines, hotlines, credit codes', () => {
    const year = fc.integer({ min: 1990, max: 2030 });
    const creditCode = fc
      .tuple(
        fc.constantFrom('91', '92', '93', '11', '12', '51', '52'),
        digitsOf(6),
        fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 9, maxLength: 9 }),
      )
      .map(([a, region, org]) => {
        const body = a + region + org.join('');
        const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
        const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        const sum = [...body].reduce((s, ch, i) => s + chars.indexOf(ch) * w[i]!, 0);
        return body + chars[(31 - (sum % 31)) % 31];
      });
    const legit = fc.oneof(
      fc
        .tuple(fc.constantFrom('发改价格', '国办发', '财税', '示市监处罚'), year, fc.integer({ min: 1, max: 9999 }))
        .map(([p, y, n]) => `${p}〔${y}〕${n}号`),
      fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => `${n.toLocaleString('en-US')} 元`),
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => `罚款人民币 ${n} 元`),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${(n / 100).toFixed(2)}万元`),
      fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}年${m}月${d}日`),
      fc
        .tuple(
          year,
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          fc.constantFrom('-', '.', '/', ''),
        )
        .map(([y, m, d, s]) => `${y}${s}${pad(m)}${s}${pad(d)}`),
      fc.tuple(year, year).map(([a, b]) => `${a}-03-01 至 ${b}-12-31`),
      fc
        .tuple(
          fc.constantFrom('0571', '010', '021', '0755', '0898'),
          fc.integer({ min: 2, max: 8 }),
          fc.oneof(digitsOf(6), digitsOf(7)),
          fc.constantFrom('-', ' ', ''),
        )
        .map(([area, first, rest, s]) => `${area}${s}${first}${rest}`),
      fc.constantFrom('12345', '0571-12345', '400-123-4567', '95588', '12315', '110', '12345-1'),
      fc.tuple(fc.integer({ min: 10000, max: 99999 }), year).map(([n, y]) => `GB/T ${n}-${y}`),
      creditCode.filter((c) => /[A-Z]/.test(c.slice(0, 17))),
      creditCode.map((c) => `统一社会信用代码：${c}`),
      fc.integer({ min: 1, max: 300 }).map((n) => `第${n}条`),
    );
    fc.assert(
      fc.property(legit, (text) => {
        assert.equal(maskNumbers(text), text);
        const r = spotCheck(`抽查 ${text}`, text);
        assert.deepEqual(deidentifyResult(r), r);
        const issues = validate('results', list([r])).issues;
        assert.deepEqual(
          issues.filter((i) => i.code === 'personal_data'),
          [],
          text,
        );
      }),
      params,
    );
  });
});
