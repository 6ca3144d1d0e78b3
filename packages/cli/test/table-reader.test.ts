/** The table reader: printed cells, hidden rows and columns, formulas, and table regions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs helper shared with the corpus generator
import { workbookBytes } from '../../../test/fixtures/table-corpus/book.mjs';
import { numberCell, textCell } from '../src/import/table/cell.js';
import { readBookBytes } from '../src/import/table/read-grids.js';
import { readRegions } from '../src/import/table/regions.js';

type Desc = { sheets: Record<string, unknown>[] };
const xlsx = async (desc: Desc) => (await readBookBytes('t.xlsx', await workbookBytes(desc))).grids;

describe('printed cells', () => {
  it('reads a percentage cell as the percentage printed, with its decimals', () => {
    assert.deepEqual(numberCell(-0.052, '0.0%'), { text: '-5.2%', kind: 'percent', value: -5.2, decimals: 1 });
    assert.deepEqual(numberCell(0.1364, '0.00%'), { text: '13.64%', kind: 'percent', value: 13.64, decimals: 2 });
  });
  it('keeps an amount printed with one decimal at one decimal', () => {
    assert.deepEqual(numberCell(12.5, '#,##0.0'), { text: '12.5', kind: 'number', value: 12.5, decimals: 1 });
    assert.deepEqual(numberCell(1234.5, '#,##0.00;[Red]-#,##0.00'), {
      text: '1,234.50',
      kind: 'number',
      value: 1234.5,
      decimals: 2,
    });
    assert.equal(numberCell(0.1 + 0.2, undefined).text, '0.3');
  });
  it('reads a number stored as text as a number, and a dash as nothing', () => {
    assert.deepEqual(textCell(' 1,234.5 '), {
      text: '1,234.5',
      kind: 'number',
      value: 1234.5,
      decimals: 1,
      fromText: true,
    });
    assert.deepEqual(textCell('−5.20%'), { text: '−5.20%', kind: 'percent', value: -5.2, decimals: 2, fromText: true });
    assert.equal(textCell('—').kind, 'dash');
    assert.equal(textCell('80元/件').kind, 'text');
  });
  it('reads an xlsx: formats, cached formulas, formulas with no cache, hidden rows and columns', async () => {
    const [g] = await xlsx({
      sheets: [
        {
          name: '表',
          rows: [
            ['项目', '金额', '占比', '变动'],
            ['甲', 10.25, 0.4, -0.052],
            ['乙', 15, 0.6, '3.0%'],
          ],
          formats: { B2: '0.0', C2: '0%', D2: '0.0%' },
          formulas: { B4: ['SUM(B2:B3)', 25.25], C4: ['SUM(C2:C3)'] },
          hiddenColumns: ['C'],
          hiddenRows: [3],
        },
      ],
    });
    assert.deepEqual(g!.cells[1]![1], { text: '10.3', kind: 'number', value: 10.3, decimals: 1 });
    assert.equal(g!.cells[1]![3]!.value, -5.2);
    assert.deepEqual(g!.cells[2]![3], { text: '3.0%', kind: 'percent', value: 3, decimals: 1, fromText: true });
    assert.equal(g!.cells[3]![1]!.formula, 'cached');
    assert.equal(g!.cells[3]![1]!.value, 25.25);
    assert.deepEqual(g!.uncachedFormulas, [{ row: 3, column: 2 }]);
    assert.deepEqual([...g!.hiddenColumns], [2]);
    assert.deepEqual([...g!.hiddenRows], [2]);
  });
});

describe('table regions', () => {
  it('finds title, unit, a two-row merged header, body, 合计, 栏次, notes and signatures', async () => {
    const [g] = await xlsx({
      sheets: [
        {
          name: '收费',
          rows: [
            ['示例县行政事业性收费标准公示表'],
            [null, null, null, '单位：元'],
            ['序号', '收费项目', '收费标准', null, '收费依据'],
            [null, null, '计费单位', '标准（元）', null],
            ['栏次', 1, 2, 3, 4],
            [1, '居民身份证工本费', '证', 20, '价费字〔2003〕332号'],
            [2, '临时身份证工本费', '证', 10, '价费字〔2003〕332号'],
            ['合计', null, null, 30, null],
            ['注：本表按现行文件整理。'],
            ['填表人：张三', null, '审核人：李四'],
          ],
          merges: ['A1:E1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'A9:E9'],
        },
      ],
    });
    const [t, ...more] = readRegions(g!);
    assert.equal(more.length, 0);
    assert.equal(t!.title, '示例县行政事业性收费标准公示表');
    assert.equal(t!.unit, '元');
    assert.deepEqual(t!.headerRows, [3, 4]);
    assert.deepEqual(
      t!.columns.map((c) => [c.letter, c.path.join('/')]),
      [
        ['A', '序号'],
        ['B', '收费项目'],
        ['C', '收费标准/计费单位'],
        ['D', '收费标准/标准（元）'],
        ['E', '收费依据'],
      ],
    );
    assert.equal(t!.columns[3]!.unit, '元');
    assert.deepEqual(
      t!.rows.map((r) => [r.row, r.role]),
      [
        [6, 'data'],
        [7, 'data'],
        [8, 'total'],
      ],
    );
    assert.deepEqual(
      t!.asides.map((a) => [a.row, a.role]),
      [
        [5, 'column-numbers'],
        [9, 'note'],
        [10, 'signature'],
      ],
    );
  });

  it('reads a CSV two-row header whose group heading has blanks to its right', async () => {
    const csv = '序号,收费项目,收费标准,,收费依据\n,,计费单位,标准（元）,\n1,工本费,证,20,文件\n';
    const [g] = (await readBookBytes('f.csv', Buffer.from(csv))).grids;
    const [t] = readRegions(g!);
    assert.deepEqual(
      t!.columns.map((c) => c.path.join('/')),
      ['序号', '收费项目', '收费标准/计费单位', '收费标准/标准（元）', '收费依据'],
    );
    assert.equal(t!.rows.length, 1);
  });

  it('leaves hidden columns and rows out, and lists them', async () => {
    const [g] = await xlsx({
      sheets: [
        {
          name: '三公',
          rows: [
            ['项目', '预算数', '占比'],
            ['因公出国（境）费', 0, 0],
            ['公务接待费', 1.7, 0.05],
            ['辅助行', 99, 1],
          ],
          hiddenColumns: ['C'],
          hiddenRows: [4],
        },
      ],
    });
    const [t] = readRegions(g!);
    assert.deepEqual(
      t!.columns.map((c) => c.letter),
      ['A', 'B'],
    );
    assert.deepEqual(
      t!.hiddenColumns.map((c) => [c.letter, c.path.join('/')]),
      [['C', '占比']],
    );
    assert.deepEqual(t!.hiddenRows, [4]);
    assert.deepEqual(
      t!.rows.map((r) => r.row),
      [2, 3],
    );
  });

  it('reads two tables on one sheet, each with its own title and header', async () => {
    const [g] = await xlsx({
      sheets: [
        {
          name: '三公',
          rows: [
            ['2021年区本级“三公”经费预算支出表'],
            [null, '单位：万元'],
            ['项目', '预算数'],
            ['合计', 4432],
            ['1.因公出国（境）费用', 39],
            ['2.公务接待费', 323],
            [null, null],
            ['会议费、培训费预算表'],
            ['项目', '金额'],
            ['会议费', 12],
          ],
        },
      ],
    });
    const tables = readRegions(g!);
    assert.equal(tables.length, 2);
    assert.deepEqual(
      tables.map((t) => [t.title, t.unit, t.headerRows, t.rows.map((r) => `${r.row}:${r.role}`)]),
      [
        ['2021年区本级“三公”经费预算支出表', '万元', [3], ['4:total', '5:data', '6:data']],
        ['会议费、培训费预算表', undefined, [9], ['10:data']],
      ],
    );
  });

  it('tells a group row (一、…部门 merged across) from data', async () => {
    const [g] = await xlsx({
      sheets: [
        {
          name: '目录',
          rows: [
            ['序号', '项目名称', '资金管理方式', '政策依据'],
            ['一、公安部门', null, null, null],
            [1, '居民身份证工本费', '缴入国库', '价费字〔2003〕332号'],
          ],
          merges: ['A2:D2'],
        },
      ],
    });
    const [t] = readRegions(g!);
    assert.deepEqual(
      t!.rows.map((r) => r.role),
      ['group', 'data'],
    );
  });
});
