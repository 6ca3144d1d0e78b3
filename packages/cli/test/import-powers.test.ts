import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validate } from '@gongkai/sdk';
import { cli, tempDir, writeXlsx, type Row } from './helpers.js';

const BASIS =
  '1.《社会团体登记管理条例》（国务院令第250号）第三条：成立社会团体，应当经其业务主管单位审查同意，' +
  '并依照本条例的规定进行登记。\n2.《民政部关于进一步加强社会组织登记管理的通知》';
const DUTIES = '1.受理责任：公示应当提交的材料，一次性告知补正材料。\n2.审查责任：对申请材料进行审查。';
const BLAME = '1.对符合法定条件的申请不予受理的；\n2.办理过程中索取或者收受他人财物的。';

/**
 * A 权责清单 as a county 民政局 publishes it: a title row, two header rows (职权名称 over 主项/子项,
 * 行使主体 over 实施主体/承办机构, the rest merged down), a power split into three 子项 with its
 * own cells merged down over them, and a power with no 职权编码.
 */
function powerSheet(extra: Row[] = []) {
  const power1: Row = [1, '339999030101001', '社会团体成立、变更、注销登记', '成立登记', '行政许可', BASIS];
  const rest1: Row = ['示例县民政局', '社会组织管理股', DUTIES, BLAME, '0999-1234520', null];
  return {
    name: '权责清单',
    rows: [
      ['示例县民政局权责清单', ...Array(11).fill(null)],
      [
        '序号',
        '职权编码',
        '职权名称',
        null,
        '职权类型',
        '实施依据',
        '行使主体',
        null,
        '责任事项',
        '追责情形',
        '监督电话',
        '备注',
      ],
      [null, null, '主项', '子项', null, null, '实施主体', '承办机构', null, null, null, null],
      [...power1, ...rest1],
      [null, null, null, '变更登记', null, null, null, null, null, null, null, null],
      [null, null, null, '注销登记', null, null, null, null, null, null, null, null],
      [
        2,
        null,
        '困境儿童认定',
        null,
        '行政确认',
        '《社会救助暂行办法》第十七条',
        '示例县民政局',
        '社会救助股',
        '受理责任：及时受理',
        '不履行职责的',
        '0999-1234520',
        '县级实施',
      ],
      ...extra,
    ] as Row[],
    merges: [
      'A1:L1',
      'C2:D2',
      'G2:H2',
      ...['A', 'B', 'E', 'F', 'I', 'J', 'K', 'L'].map((c) => `${c}2:${c}3`),
      ...['A', 'B', 'C', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => `${c}4:${c}6`),
    ],
  };
}

describe('gongkai import powers', () => {
  it('reads a 权责清单 with merged two-row headers, 子项 under merged cells and multi-line cells', async () => {
    const dir = tempDir();
    const file = join(dir, 'mz-qzqd.xlsx');
    await writeXlsx(file, [powerSheet()]);
    const out = join(dir, 'powers.json');
    const r = await cli('import', 'powers', file, '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(validate('power-list', data).ok, true);
    assert.equal(data.department, '示例县民政局');
    assert.equal(data.powers.length, 2);
    const [society, children] = data.powers;
    assert.equal(society.code, '339999030101001');
    assert.equal(society.type, 'licensing');
    assert.deepEqual(
      society.subItems.map((s: { name: string }) => s.name),
      ['成立登记', '变更登记', '注销登记'],
    );
    assert.deepEqual(society.basis[0], {
      title: '社会团体登记管理条例',
      number: '国务院令第250号',
      article: '第三条',
      excerpt: '成立社会团体，应当经其业务主管单位审查同意，并依照本条例的规定进行登记。',
    });
    assert.deepEqual(society.basis[1], { title: '民政部关于进一步加强社会组织登记管理的通知' });
    assert.deepEqual(society.responsibilities, [
      '受理责任：公示应当提交的材料，一次性告知补正材料。',
      '审查责任：对申请材料进行审查。',
    ]);
    assert.deepEqual(society.accountability, ['对符合法定条件的申请不予受理的', '办理过程中索取或者收受他人财物的。']);
    assert.equal(society.office, '社会组织管理股');
    assert.deepEqual(society.supervision, { phone: '0999-1234520' });
    assert.equal(children.code, undefined, 'a power printed without a code gets none made up');
    assert.deepEqual(children.basis, [{ title: '社会救助暂行办法', article: '第十七条' }]);
    assert.equal(children.notes, '县级实施');
    assert.match(r.out, /已导入 2 条/);
  });

  it('names the sheet, row and column of a type it does not know, and other rows raise nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.xlsx');
    const bad: Row = [
      3,
      '339999030201001',
      '对骗取最低生活保障待遇的处罚',
      null,
      '处罚类',
      '《社会救助暂行办法》第六十八条',
    ];
    await writeXlsx(file, [
      powerSheet([[...bad, '示例县民政局', '社会救助股', '立案责任', '不履行职责的', null, null]]),
    ]);
    const r = await cli('import', 'powers', file, '--out', join(dir, 'x.json'));
    assert.equal(r.code, 1);
    assert.match(r.out, /表「权责清单」第 8 行：“职权类型”列：“处罚类”无法识别，应为 行政许可、行政处罚/);
    assert.equal((r.out.match(/错误/g) ?? []).length, 1, r.out);
    assert.match(r.err, /未写出文件/);
  });

  it('takes the type from group rows when the list has no type column, and names the columns it does not read', async () => {
    const dir = tempDir();
    const file = join(dir, 'groups.csv');
    writeFileSync(
      file,
      [
        '序号,职权名称,实施依据,责任事项,追责情形,内部审批人',
        '一、行政许可（共 1 项）,,,,,',
        '1,殡葬设施建设审批,《殡葬管理条例》第八条,受理责任,不履行职责的,张三',
        '二、行政处罚（共 1 项）,,,,,',
        '1,对擅自兴建殡葬设施的处罚,《殡葬管理条例》第十八条,立案责任,滥用职权的,李四',
      ].join('\n'),
    );
    const out = join(dir, 'p.json');
    const r = await cli('import', 'powers', file, '--department', '示例县民政局', '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      data.powers.map((p: { id: string; type: string }) => [p.id, p.type]),
      [
        ['power-1', 'licensing'],
        ['power-r5', 'penalty'],
      ],
    );
    assert.match(r.out, /“内部审批人”列（第 6 列）未导入/);
  });
});
