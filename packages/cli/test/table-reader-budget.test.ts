/**
 * The budget and 三公 importers read through the table reader's cells: a percentage cell is the
 * percentage printed (not −0.052%), a hidden helper column is not an amount column, a formula
 * gives its cached result, and a CSV saved in GBK imports.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs helper shared with the corpus generator
import { workbookBytes } from '../../../test/fixtures/table-corpus/book.mjs';
import { cli, tempDir } from './helpers.js';

const TITLE = '示例县民政局2026年部门预算一般公共预算支出表';

describe('budget tables through the table reader', () => {
  it('reads percentage cells as printed, leaves a hidden helper column out and says so', async () => {
    const dir = tempDir();
    const file = join(dir, 'budget.xlsx');
    writeFileSync(
      file,
      await workbookBytes({
        sheets: [
          {
            name: '支出表',
            rows: [
              [TITLE],
              [null, null, null, null, null, null, '单位：万元'],
              ['科目编码', '科目名称', '合计', '占比', '上年预算数', '比上年增减', '增减%'],
              ['208', '社会保障和就业支出', 1250, 0.9259, 1100, 150, 0.13636],
              ['221', '住房保障支出', 100, 0.0741, 110, -10, -0.0909],
            ],
            formats: { D4: '0.00%', D5: '0.00%', G4: '0.00%', G5: '0.0%' },
            formulas: {},
            hiddenColumns: ['D'],
          },
        ],
      }),
    );
    const out = join(dir, 'b.json');
    const r = await cli('import', 'budget', file, '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      data.lines.map((l: { code: string; total: number; previous: number; change: unknown }) => [
        l.code,
        l.total,
        l.previous,
        l.change,
      ]),
      [
        ['208', 1250, 1100, { amount: 150, percent: 13.64, percentDigits: 2 }],
        ['221', 100, 110, { amount: -10, percent: -9.1, percentDigits: 1 }],
      ],
    );
    assert.match(r.out, /表「支出表」：隐藏列 D 未读取/);
    assert.doesNotMatch(r.out, /占比/, 'the hidden column is neither read nor reported as an unread heading');
  });

  it('imports a budget CSV saved in GBK and says which encoding it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'budget.csv');
    // GBK bytes of: ${TITLE},, / ,,单位：万元 / 科目编码,科目名称,合计 / 208,社会保障和就业支出,1250
    // (python3: text.encode('gbk').hex()); Node decodes GB18030 but cannot encode it.
    const gbk = Buffer.from(
      'cabec0fdcfd8c3f1d5febed632303236c4eab2bfc3c5d4a4cbe3d2bbb0e3b9abb9b2d4a4cbe3d6a7b3f6b1ed2c2c0d0a2c2cb5a5cebba3bacdf2d4aa0d0abfc6c4bfb1e0c2eb2cbfc6c4bfc3fbb3c62cbacfbcc60d0a3230382cc9e7bbe1b1a3d5cfbacdbecdd2b5d6a7b3f62c313235300d0a',
      'hex',
    );
    writeFileSync(file, gbk);
    const out = join(dir, 'b.json');
    const r = await cli('import', 'budget', file, '--out', out);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /CSV 文件编码：GBK\/GB18030/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(data.lines, [{ code: '208', name: '社会保障和就业支出', total: 1250 }]);
  });
});

describe('formulas without a saved result', () => {
  it('reads them as blank and says where, so the clerk opens and saves the file once', async () => {
    const dir = tempDir();
    const file = join(dir, 'budget.xlsx');
    writeFileSync(
      file,
      await workbookBytes({
        sheets: [
          {
            name: '支出表',
            rows: [
              [TITLE],
              [null, null, '单位：万元'],
              ['科目编码', '科目名称', '合计'],
              ['208', '社会保障和就业支出', 1250],
            ],
            formulas: { C5: ['SUM(C4:C4)'] },
          },
        ],
      }),
    );
    const r = await cli('import', 'budget', file, '--out', join(dir, 'b.json'));
    assert.match(r.out, /表「支出表」第 5 行 C 列：公式没有保存计算结果，按空白读取/);
  });
});
