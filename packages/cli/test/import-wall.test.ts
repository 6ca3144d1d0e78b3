import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validate } from '@gongkai/sdk';
import { cli, tempDir, writeXlsx } from './helpers.js';

describe('gongkai import results|rules|ratings', () => {
  it('reads a 发放名单 as posted: 公示期 line, ID column left out, names and addresses de-identified', async () => {
    const dir = tempDir();
    const file = join(dir, '10月发放名单.xlsx');
    await writeXlsx(file, [
      {
        name: '名单',
        rows: [
          ['示例县民政局2026年10月临时救助金发放名单', null, null, null, null, null, null],
          ['公示期：2026年10月16日至10月23日', null, null, null, null, null, null],
          ['序号', '姓名', '身份证号', '村（社区）', '项目', '金额（元）', '备注'],
          [1, '张三丰', '339999199001011234', '城关镇幸福村3组12号', '临时救助金', 1500, null],
          [2, '李四', '339999198512120021', '河口镇河口社区5栋201室', '临时救助金', null, '金额待核定'],
          [3, '王五', '339999197703030033', '石桥镇石桥村', '临时救助金', '1,200.50', '联系电话 13812345678'],
        ],
        merges: ['A1:G1', 'A2:G2'],
      },
    ]);
    const out = join(dir, 'pay.json');
    const r = await cli('import', 'results', file, '--department', '示例县民政局', '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /“身份证号”列不导入、不公开/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(validate('results', data).ok, true);
    assert.deepEqual(data.publicity, { start: '2026-10-16', end: '2026-10-23' });
    assert.equal(data.title, '示例县民政局2026年10月临时救助金发放名单');
    assert.deepEqual(
      data.results.map((x: any) => [x.recipient.name, x.village, x.amount]),
      [
        ['张*丰', '城关镇幸福村', 1500],
        ['李*', '河口镇河口社区', null],
        ['王*', '石桥镇石桥村', 1200.5],
      ],
    );
    const text = readFileSync(out, 'utf8');
    assert.doesNotMatch(text, /3399991|13812345678|张三丰|12号/);
  });

  it('reads 办件结果 and names each value it does not understand, row by row', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.csv');
    writeFileSync(
      file,
      [
        '事项名称,申请人,受理日期,办结日期,办理结果,不予理由,是否按时办结',
        '最低生活保障对象认定,赵六,2026-03-02,2026-03-20,准予,,是',
        '临时救助,钱七,2026年3月5日,2026年3月9日,不予,家庭收入高于标准,是',
        '临时救助,示例县明珠超市,2026-03-06,,办理中,,',
        '临时救助,孙八,2026-02-30,2026-03-09,准予,,是',
        '临时救助,周九,2026-03-07,2026-03-09,同意了,,否',
      ].join('\n'),
    );
    const out = join(dir, 'cases.json');
    const r = await cli('import', 'results', file, '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.out, /第 5 行：“受理日期”列：“2026-02-30”无法识别/);
    assert.match(r.out, /第 6 行：“办理结果”列：“同意了”无法识别，应为 准予、不予 或 办理中/);
    assert.equal((r.out.match(/错误/g) ?? []).length, 2, r.out);
  });

  it('reads 办事纪律 and 好差评 tables; a blank count stays blank', async () => {
    const dir = tempDir();
    const rules = join(dir, 'rules.csv');
    writeFileSync(
      rules,
      [
        '序号,类别,名称,内容,依据',
        '1,首问负责,首问负责,首位接待人员负责到底,《窗口工作人员管理办法》（示政务〔2025〕3号）',
        '2,限时办结,限时办结,承诺时限内办结,',
      ].join('\n'),
    );
    const r1 = await cli('import', 'rules', rules, '--out', join(dir, 'rules.json'));
    assert.equal(r1.code, 0, r1.out + r1.err);
    const rd = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8'));
    assert.deepEqual(
      rd.rules.map((x: any) => x.category),
      ['first-inquiry', 'time-limit'],
    );
    assert.deepEqual(rd.rules[0].basis, [{ title: '窗口工作人员管理办法', number: '示政务〔2025〕3号' }]);
    const ratings = join(dir, 'ratings.csv');
    writeFileSync(
      ratings,
      [
        '统计期,非常满意,满意,基本满意,不满意,非常不满意,应整改,已整改',
        '2026年1月,1650,227,11,3,0,3,3',
        '2026年第一季度,5000,700,,8,1,9,9',
      ].join('\n'),
    );
    const r2 = await cli('import', 'ratings', ratings, '--out', join(dir, 'sup.json'));
    assert.equal(r2.code, 0, r2.out + r2.err);
    assert.match(r2.out, /请在生成的文件中补充/);
    const sd = JSON.parse(readFileSync(join(dir, 'sup.json'), 'utf8'));
    assert.deepEqual(
      sd.ratings.map((x: any) => [x.period, x.counts.neutral]),
      [
        ['2026-01', 11],
        ['2026-Q1', null],
      ],
    );
  });
});
