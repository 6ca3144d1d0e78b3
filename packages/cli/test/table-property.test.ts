/**
 * A property of the table reader: for any fee table it accepts, adding what clerks add around a
 * table — a title row, a unit row, a note row under it, a hidden helper column, a 合计 row, a blank
 * spacer row — changes no imported fee.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFeeGrid } from '../src/import/fee-table.js';
import { RowProblems } from '../src/import/row-problems.js';
import { numberCell, textCell } from '../src/import/table/cell.js';
import { gridOf } from '../src/import/table/grid.js';

type Value = string | number | null;

const DEPARTMENTS = ['示例县公安局', '示例县民政局', '示例县自然资源局', '示例县住建局'];
const NAMES = [
  '居民身份证工本费',
  '婚姻登记证书工本费',
  '不动产登记费',
  '城市道路占用费',
  '户口簿工本费',
  '污水处理费',
];
const CATEGORIES = ['行政事业性收费', '政府性基金', '经营服务性收费'];
const PER = ['件', '证', '本', '立方米'];

const fee = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  name: fc.constantFrom(...NAMES),
  category: fc.constantFrom(...CATEGORIES),
  // Amounts as printed: whole yuan or with one or two decimals.
  cents: fc.integer({ min: 0, max: 1_000_000 }),
  per: fc.constantFrom(...PER),
});

const extras = fc.record({
  title: fc.boolean(),
  unit: fc.boolean(),
  note: fc.boolean(),
  hiddenAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  total: fc.boolean(),
  spacerAt: fc.option(fc.nat(), { nil: undefined }),
});

type Fee = { department: string; name: string; category: string; cents: number; per: string };

/** The table: the documented layout with a text standard, or a two-row 收费标准 with figures. */
function table(fees: Fee[], twoRow: boolean): { header: Value[][]; body: Value[][] } {
  if (!twoRow)
    return {
      header: [['序号', '收费单位', '收费项目', '类别', '收费标准']],
      body: fees.map((f, i) => [i + 1, f.department, `${f.name}${i + 1}`, f.category, `${f.cents / 100}元/${f.per}`]),
    };
  return {
    header: [
      ['序号', '收费单位', '收费项目', '类别', '收费标准', null],
      [null, null, null, null, '计费单位', '标准（元）'],
    ],
    body: fees.map((f, i) => [i + 1, f.department, `${f.name}${i + 1}`, f.category, f.per, f.cents / 100]),
  };
}

type Extras = { title: boolean; unit: boolean; note: boolean; hiddenAt?: number; total: boolean; spacerAt?: number };

function grid(fees: Fee[], twoRow: boolean, x: Extras) {
  const { header, body } = table(fees, twoRow);
  const width = header[0]!.length;
  let rows: Value[][] = [...header, ...body];
  if (x.spacerAt !== undefined)
    rows.splice(header.length + (x.spacerAt % (body.length + 1)), 0, Array(width).fill(null));
  if (x.total) rows.push(['合计', ...Array(width - 1).fill(null)]);
  if (x.note) rows.push(['注：以上标准按现行文件执行。', ...Array(width - 1).fill(null)]);
  if (x.unit) rows.unshift([...Array(width - 1).fill(null), '单位：元']);
  if (x.title) rows.unshift(['示例县行政事业性收费公示表', ...Array(width - 1).fill(null)]);
  let hidden: number[] = [];
  if (x.hiddenAt !== undefined) {
    const at = x.hiddenAt % (width + 1);
    const headerRow = rows.findIndex((r) => r[0] === '序号');
    rows = rows.map((r, i) => [
      ...r.slice(0, at),
      i === headerRow ? '收费标准' : i > headerRow ? 0.25 : null,
      ...r.slice(at),
    ]);
    hidden = [at];
  }
  const cells = rows.map((r) => r.map((v) => (typeof v === 'number' ? numberCell(v, undefined) : textCell(v ?? ''))));
  return gridOf('收费', cells, { columns: hidden });
}

function read(g: ReturnType<typeof grid>) {
  const problems = new RowProblems();
  const { items } = parseFeeGrid(g, problems);
  return { items, errors: problems.items.filter((p) => p.severity === 'error') };
}

const NONE: Extras = { title: false, unit: false, note: false, total: false };

describe('the table reader (property)', () => {
  it('imports the same fees whatever title, unit, note, hidden column, 合计 or spacer rows surround the table', () => {
    fc.assert(
      fc.property(fc.array(fee, { minLength: 1, maxLength: 6 }), fc.boolean(), extras, (fees, twoRow, x) => {
        const plain = read(grid(fees, twoRow, NONE));
        assert.deepEqual(plain.errors, []);
        assert.equal(plain.items.length, fees.length);
        const dressed = read(grid(fees, twoRow, x));
        assert.deepEqual(dressed.errors, []);
        assert.deepEqual(dressed.items, plain.items);
      }),
      { numRuns: 300 },
    );
  });
});
