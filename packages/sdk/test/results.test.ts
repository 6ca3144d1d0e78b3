import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  cutAddress,
  deidentifyResult,
  deidentifyResults,
  formatIssue,
  formatPath,
  maskName,
  validate,
  type Result,
} from '../src/index.js';
import { loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const list = (results: unknown[]) => ({ kind: 'results', id: 'r', updated: '2026-10-16', results });

const payment = (over: Partial<Extract<Result, { type: 'payment' }>> = {}): Result => ({
  type: 'payment',
  id: 'p1',
  recipient: { name: '张三丰', kind: 'person' },
  village: '城关镇幸福村3组12号',
  programme: '城乡低保金',
  amount: 1860,
  ...over,
});

describe('published results (结果公示)', () => {
  it('the sample holds 100 cases, a 发放名单 of 200 households, decisions and spot checks, all de-identified', () => {
    const ca = validate('results', feed.datasets['results-ca']);
    const mr = validate('results', feed.datasets['results-mr']);
    assert.equal(ca.ok && mr.ok, true, [...ca.issues, ...mr.issues].map((i) => formatIssue(i)).join('\n'));
    const all = [...ca.data!.results, ...mr.data!.results];
    const count = (t: string) => all.filter((r) => r.type === t).length;
    assert.deepEqual([count('case'), count('payment'), count('decision'), count('spot-check')], [100, 200, 40, 30]);
    assert.equal(all.length, 370);
    const text = JSON.stringify(all);
    assert.doesNotMatch(text, ID);
    assert.doesNotMatch(text, MOBILE);
  });

  it('masks a natural person the way public notices do, and keeps a legal person whole', () => {
    assert.deepEqual(['张三', '张三丰', '欧阳明华', '张*丰'].map(maskName), ['张*', '张*丰', '欧**华', '张*丰']);
    const r = deidentifyResult({
      type: 'decision',
      id: 'd',
      kind: 'penalty',
      docNumber: '示市监处罚〔2026〕1号',
      party: { name: '示例县明珠超市', kind: 'organization' },
      facts: '当事人经营超过保质期的食品',
      basis: [],
      result: '罚款 5000 元',
      date: '2026-03-01',
    });
    assert.equal((r as { party: { name: string } }).party.name, '示例县明珠超市');
  });

  it('cuts an address to its village or community', () => {
    assert.equal(cutAddress('城关镇幸福村3组12号'), '城关镇幸福村');
    assert.equal(cutAddress('河口镇河口社区5栋2单元301室'), '河口镇河口社区');
    assert.equal(cutAddress('城关镇幸福村'), '城关镇幸福村');
  });

  it('property: no 18-digit ID, 11-digit mobile or full 2–4 character name survives de-identification', () => {
    const han = fc.constantFrom(
      ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐伟芳娜敏静丽强磊军洋勇艳杰娟'.split(''),
    );
    const personName = fc.array(han, { minLength: 2, maxLength: 4 }).map((cs) => cs.join(''));
    const idNumber = fc
      .tuple(fc.stringMatching(/^\d{17}$/), fc.constantFrom('0', '5', '9', 'X', 'x'))
      .map(([a, b]) => a + b);
    const mobile = fc
      .tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/))
      .map(([a, b]) => a + b);
    const spaced = fc
      .tuple(mobile, fc.constantFrom('', ' ', '-'))
      .map(([m, s]) => `${m.slice(0, 3)}${s}${m.slice(3, 7)}${s}${m.slice(7)}`);
    fc.assert(
      fc.property(
        personName,
        idNumber,
        spaced,
        fc.constantFrom('case', 'decision', 'payment'),
        (who, id, phone, type) => {
          const noise = `当事人${who}，身份证${id}，电话${phone}。`;
          const raw: Result =
            type === 'case'
              ? {
                  type,
                  id: 'x',
                  item: '临时救助',
                  applicant: { name: who, kind: 'person' },
                  accepted: '2026-01-01',
                  outcome: 'rejected',
                  reason: noise,
                }
              : type === 'decision'
                ? {
                    type,
                    id: 'x',
                    kind: 'penalty',
                    docNumber: '1',
                    party: { name: who, kind: 'person' },
                    facts: noise,
                    basis: [],
                    result: noise,
                    date: '2026-01-01',
                  }
                : payment({ recipient: { name: who, kind: 'person' }, notes: noise });
          const text = JSON.stringify(deidentifyResult(raw));
          assert.doesNotMatch(text, ID, text);
          assert.doesNotMatch(text.replace(/[\s-]/g, ''), MOBILE, text);
          assert.ok(!text.includes(who), `${who} survived in ${text}`);
          assert.equal(validate('results', list([deidentifyResult(raw)])).ok, true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the validator refuses personal data left in the clear, naming the field and what it is', () => {
    const r = validate('results', list([payment({ notes: '电话 13812345678，身份证 339999199001011234' })]));
    assert.equal(r.ok, false);
    const found = r.issues
      .filter((i) => i.code === 'personal_data')
      .map((i) => `${formatPath(i.path)} ${i.params?.what}`);
    assert.deepEqual(found.sort(), [
      'results[0].notes id-number',
      'results[0].notes mobile',
      'results[0].recipient.name name',
      'results[0].village address',
    ]);
    assert.match(formatIssue(r.issues.find((i) => i.code === 'personal_data')!), /未去标识化的个人信息/);
    assert.equal(validate('results', deidentifyResults(list([payment()]) as never)).ok, true);
  });

  it('keeps a blank amount blank, and checks dates in order', () => {
    const r = validate(
      'results',
      list([
        payment({ amount: null, recipient: { name: '张*', kind: 'person' }, village: '城关镇幸福村' }),
        {
          type: 'case',
          id: 'c',
          item: '临时救助',
          applicant: { name: '李*', kind: 'person' },
          accepted: '2026-03-10',
          decided: '2026-03-01',
          outcome: 'approved',
        },
      ]),
    );
    assert.equal((r.data?.results[0] as { amount: unknown } | undefined)?.amount, null);
    assert.ok(r.issues.some((i) => i.code === 'date_order' && formatPath(i.path) === 'results[1].decided'));
  });
});

describe('service rules and supervision', () => {
  it('the sample has the five rules, staff on duty, six channels, complaint figures and twelve months of ratings', () => {
    const rules = validate('service-rules', feed.datasets['rules-hall']);
    const sup = validate('supervision', feed.datasets['supervision-hall']);
    assert.equal(rules.ok && sup.ok, true, [...rules.issues, ...sup.issues].map((i) => formatIssue(i)).join('\n'));
    assert.deepEqual(
      rules.data!.rules.map((r) => r.category),
      ['first-inquiry', 'one-time-notice', 'time-limit', 'badge', 'prohibition'],
    );
    assert.equal(sup.data!.channels.length, 6);
    assert.equal(sup.data!.ratings!.length, 12);
  });

  it('flags complaint figures that cannot be (more settled than received)', () => {
    const r = validate('supervision', {
      kind: 'supervision',
      id: 's',
      updated: '2026-11-05',
      channels: [],
      complaints: [{ period: '2026-Q1', received: 3, settled: 5, satisfied: null }],
    });
    assert.ok(r.issues.some((i) => i.code === 'count_exceeds' && formatPath(i.path) === 'complaints[0].settled'));
    const bad = validate('supervision', {
      kind: 'supervision',
      id: 's',
      updated: '2026-11-05',
      channels: [],
      complaints: [{ period: '2026-13', received: 1, settled: 1, satisfied: 1 }],
    });
    assert.ok(bad.issues.some((i) => i.code === 'period'));
  });
});

describe('a result as one line (the TV ticker)', () => {
  it('is dated, masked and says the outcome', async () => {
    const { resultSummary } = await import('../src/index.js');
    const line = resultSummary({
      type: 'case',
      id: 'c',
      item: '临时救助',
      applicant: { name: '张三丰', kind: 'person' },
      accepted: '2026-10-10',
      decided: '2026-10-15',
      outcome: 'approved',
    });
    assert.equal(line, '2026年10月15日 · 临时救助 · 张*丰 · 准予');
  });
});
