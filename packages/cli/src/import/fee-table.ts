/**
 * Fees from any table the reader finds: the documented list (收费单位 | 收费项目 | 类别 | …), the
 * catalogue as finance departments publish it (序号 | 项目名称 | 设立级次 | 资金管理方式 | 政策依据,
 * with group rows 一、公安部门 / 三、政府性基金), a standard over two header rows
 * (收费标准: 计费单位 | 标准（元）), a department printed once for its block, item numbers printed
 * in the name cell (1、 (1) 2(1)). Columns are matched through the header dictionary; every column
 * is accounted for in the report; 合计, notes and signatures are never fees.
 */
import type { Fee, FeeStandard } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import { parseStandard } from './fee-sheet.js';
import { LEVEL } from './fee-terms.js';
import type { RowProblems } from './row-problems.js';
import { squeeze, type Cell } from './table/cell.js';
import { mapColumns, type MappedColumn } from './table/column-map.js';
import { columnLetter, type Grid } from './table/grid.js';
import { readRegions, type BodyRow, type TableRegion } from './table/regions.js';
import { sheetIssue, type SheetIssue, type SheetPlace } from './table/sheet-issue.js';

const CATEGORY: [RegExp, Fee['category']][] = [
  [/^行政事业性收费$|^行政事业性$/, 'administrative'],
  [/^政府性基金$/, 'fund'],
  [/^经营服务性收费$|^经营服务性$/, 'service'],
];
const FUND: [RegExp, NonNullable<Fee['fundManagement']>][] = [
  [/中央国库/, 'central-treasury'],
  [/地方国库/, 'local-treasury'],
  [/国库/, 'treasury'],
  [/财政专户|专户/, 'special-account'],
];
const STATUS: Record<string, NonNullable<Fee['status']>> = {
  执行: 'active',
  执行中: 'active',
  停征: 'suspended',
  暂停: 'suspended',
  取消: 'abolished',
  已取消: 'abolished',
};

const CN_NO = /^(?:[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$/;
const CN_PREFIX = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*/;
const SUB_NO = /^(\d+)?\s*[（(](\d+)[)）]$/;
/** Numbers printed in the name cell: "1、烟草专卖许可证收费", "(1)号牌", "2(1)行驶证". */
const NAME_NO = /^(\d+)\s*[、.．](?!\d)\s*(.+)$/;
const NAME_SUB = /^(\d+)?\s*[（(](\d+)[)）]\s*(.+)$/;

export interface FeeDefaults {
  department?: string;
  title?: string;
}

export function parseFeeGrid(
  grid: Grid,
  problems: RowProblems,
  defaults: FeeDefaults = {},
  hint: { encoding?: string } = {},
): { items: Fee[]; rowOf: number[] } {
  const items: Fee[] = [];
  const rowOf: number[] = [];
  const tables = readRegions(grid);
  let read = 0;
  for (const table of tables) {
    const map = mapColumns(table, 'fee');
    if (!map.fields.has('name')) continue;
    read++;
    problems.columns.push(...map.accounts);
    for (const issue of map.accounts)
      if (issue.code === 'import_column_unknown' || issue.code === 'import_column_duplicate') problems.add(issue);
    if (table.hiddenRows.length)
      problems.add(
        sheetIssue({ sheet: grid.name }, 'import_hidden_rows', { rows: table.hiddenRows.join('、') }, 'warning'),
      );
    // A second table numbers its items from 1 again: its ids say which table they are from.
    problems.asides.push(...asidesOf(table));
    readTable(table, map.fields, problems, defaults, items, rowOf, read > 1 ? `t${table.number}-` : '');
  }
  for (const f of grid.uncachedFormulas)
    problems.add(
      sheetIssue(
        { sheet: grid.name, row: f.row + 1, column: columnLetter(f.column) },
        'import_formula_no_cache',
        {},
        'warning',
      ),
    );
  if (!read)
    problems.add(
      sheetIssue({ sheet: grid.name }, 'import_no_header', {
        need_zh: '“收费项目”（或“项目名称”）',
        need_en: '收费项目 (or 项目名称)',
        ...(hint.encoding && looksGarbled(grid) ? { encoding_hint: hint.encoding } : {}),
      }),
    );
  return { items, rowOf };
}

/** The rows of a table that are not data, for the report. */
function asidesOf(table: TableRegion): SheetIssue[] {
  const at = (row: number): SheetPlace => ({
    sheet: table.sheet,
    ...(table.number > 1 ? { table: table.number } : {}),
    row,
  });
  const code = {
    note: 'import_row_note',
    signature: 'import_row_signature',
    'column-numbers': 'import_row_column_numbers',
  } as const;
  return [
    ...table.rows.filter((r) => r.role === 'total').map((r) => ({ row: r.row, code: 'import_row_total' as const })),
    ...table.asides.map((a) => ({ row: a.row, code: code[a.role] })),
  ]
    .sort((a, b) => a.row - b.row)
    .map((a) => sheetIssue(at(a.row), a.code, {}, 'warning'));
}

/** Replacement characters or Latin-1 mojibake where Chinese headings should be. */
function looksGarbled(grid: Grid): boolean {
  const text = grid.cells.slice(0, 10).flat().map(squeeze).join('');
  return /\uFFFD/.test(text) || (!/\p{Script=Han}/u.test(text) && /[\u00C0-\u00FF]{2}/.test(text));
}

interface State {
  department?: string;
  category: Fee['category'];
  byNo: Map<string, Fee>;
  lastTop?: Fee;
}

function readTable(
  table: TableRegion,
  cols: Map<string, MappedColumn>,
  problems: RowProblems,
  defaults: FeeDefaults,
  items: Fee[],
  rowOf: number[],
  idPrefix: string,
): void {
  const titleText = `${table.title ?? ''}${defaults.title ?? ''}`;
  const titleDepartment = cols.has('department') ? undefined : departmentInTitle(table.title);
  const department = defaults.department ?? titleDepartment;
  const state: State = {
    ...(department ? { department } : {}),
    category: /政府性基金/.test(titleText) && !/行政事业性收费/.test(titleText) ? 'fund' : 'administrative',
    byNo: new Map(),
  };
  const other = [...cols.keys()].filter((f) => !['no', 'name', 'department'].includes(f));
  for (const row of table.rows) {
    if (row.role === 'total') continue; // a published total, not a fee
    const text = (field: string) => {
      const c = cols.get(field);
      return c ? (row.cells[c.index]?.text ?? '').trim() : '';
    };
    const place = (field?: string): SheetPlace => {
      const c = field ? cols.get(field) : undefined;
      return { sheet: table.sheet, row: row.row, ...(c ? { column: c.letter, header: c.path.join('/') } : {}) };
    };
    let noText = squeeze(cellOf(row, cols.get('no')));
    let name = text('name');
    const deptCell = hanSpacing(text('department'));
    // The number printed inside the name cell: the item's own when there is no 序号, else a
    // numbering within the group ("1、" under 烟草 in source 1), not part of the name.
    const sub = name.match(NAME_SUB);
    const top = name.match(NAME_NO);
    if (!noText && sub) {
      noText = `${sub[1] ?? ''}(${sub[2]})`;
      name = sub[3]!.trim();
    } else if (top) {
      noText ||= top[1]!;
      name = top[2]!.trim();
    }
    const numberedItem = Boolean(sub || top);
    const rest = other.some((f) => text(f) !== '');
    // A group row: a Chinese numeral (or no number) and a name, nothing else; or one merged line.
    const label = (name || noText || deptCell).replace(/\s+/g, '');
    const numbered = CN_NO.test(noText) || CN_PREFIX.test(name);
    if (
      !numberedItem &&
      (row.role === 'group' ||
        (!rest && (numbered || (!noText && name && (!cols.has('department') || !deptCell)) || (!name && deptCell))))
    ) {
      const groupName = hanSpacing(name || deptCell || noText)
        .replace(CN_PREFIX, '')
        .trim();
      if (!groupName || /^[一二三四五六七八九十]+$/.test(groupName)) continue;
      if (/政府性基金/.test(label)) state.category = 'fund';
      else if (/行政事业性收费/.test(label)) state.category = 'administrative';
      else state.department = groupName.replace(/[（(]\s*\d+\s*项\s*[)）]$/, '').trim();
      continue;
    }
    if (!name) {
      problems.add(sheetIssue(place('name'), 'import_missing_cell', { field_zh: '收费项目', field_en: 'fee name' }));
      continue;
    }
    // A department printed once for its block (or merged down) holds for the rows under it.
    if (deptCell) state.department = deptCell;
    const department = state.department;
    if (!department) {
      problems.add(
        sheetIssue(place('department'), 'import_missing_cell', {
          field_zh: '收费单位（表中也没有“一、公安部门”这样的分组行，可用 --department 指定）',
          field_en: 'department (no group row such as 一、公安部门 either; pass --department)',
        }),
      );
      continue;
    }
    let category = state.category;
    if (cols.has('category')) {
      const t = squeeze(cellOf(row, cols.get('category')));
      const found = CATEGORY.find(([re]) => re.test(t))?.[1];
      if (!found) {
        problems.add(
          sheetIssue(place('category'), 'import_unknown_value', {
            value: t || '（空）',
            expected: '行政事业性收费、政府性基金 或 经营服务性收费',
          }),
        );
        continue;
      }
      category = found;
    }
    const subNo = noText.match(SUB_NO);
    const parent = subNo ? (subNo[1] ? state.byNo.get(subNo[1]) : state.lastTop) : undefined;
    if (subNo && !parent) {
      problems.add(
        sheetIssue(place('no'), 'import_unknown_value', {
          value: noText,
          expected: '子项序号前应有它所属的项目 / a sub-item under its item',
        }),
      );
      continue;
    }
    const key = subNo ? `${parent!.no}-${subNo[2]}` : noText || String(items.length + 1);
    const fee: Fee = {
      id: `fee-${idPrefix}${key}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
      ...(noText ? { no: /^\d+$/.test(noText) ? Number(noText) : subNo ? `${parent!.no}(${subNo[2]})` : noText } : {}),
      ...(parent ? { parent: parent.id } : {}),
      name,
      department,
      category,
      basis: parseDocuments(text('basis')),
    };
    const notes: string[] = [];
    readStandard(row, cols, fee, notes, problems, place);
    const levelText = squeeze(cellOf(row, cols.get('level')));
    if (levelText) {
      const level = LEVEL[levelText] ?? LEVEL[levelText.replace(/级$/, '')];
      if (level) fee.level = level;
      else keep(problems, place('level'), notes, '设立级次', levelText);
    }
    const fundText = squeeze(cellOf(row, cols.get('fund')));
    if (fundText) {
      const fund = FUND.find(([re]) => re.test(fundText))?.[1];
      if (fund) fee.fundManagement = fund;
      else keep(problems, place('fund'), notes, '资金管理方式', fundText);
    }
    const statusText = squeeze(cellOf(row, cols.get('status')));
    if (statusText) {
      const status = STATUS[statusText];
      if (status) fee.status = status;
      else keep(problems, place('status'), notes, '状态', statusText);
    }
    if (!fee.status && fee.standard?.type === 'suspended') fee.status = 'suspended';
    const exemptions = text('exemptions');
    if (exemptions) fee.exemptions = exemptions;
    if (text('target')) notes.push(`收费对象：${text('target')}`);
    if (text('notes')) notes.push(text('notes'));
    if (notes.length) fee.notes = notes.join(' ');
    items.push(fee);
    rowOf.push(row.row);
    if (!subNo) {
      state.lastTop = fee;
      if (noText) state.byNo.set(noText, fee);
    }
  }
}

/** "示例县公安局行政事业性收费标准公示表" → 示例县公安局: the body a table of one department names. */
export function departmentInTitle(title: string | undefined): string | undefined {
  const m = title?.match(/^(.+?(?:局|委员会|委|办公室|办|院|中心|厅|站|队|所))(?=.*收费)/);
  return m?.[1];
}

/** "司 法" → "司法": headings and names spaced out to fill a printed cell. */
function hanSpacing(text: string): string {
  return text.replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '$1');
}

function cellOf(row: BodyRow, col: MappedColumn | undefined): Cell | undefined {
  return col ? row.cells[col.index] : undefined;
}

/** A value the model has no word for: kept as printed in the notes, and said so. */
function keep(problems: RowProblems, place: SheetPlace, notes: string[], label: string, value: string): void {
  notes.push(`${label}：${value}`);
  problems.add(sheetIssue(place, 'import_kept_as_text', { value }, 'warning'));
}

const TO_YUAN = { 元: 1, 万元: 10_000, 亿元: 100_000_000 } as const;

/** 收费标准: text ("80元/件"), or a figure under a heading with its unit (标准（元）) and a 计费单位 column. */
function readStandard(
  row: BodyRow,
  cols: Map<string, MappedColumn>,
  fee: Fee,
  notes: string[],
  problems: RowProblems,
  place: (field?: string) => SheetPlace,
): void {
  const col = cols.get('standard');
  const cell = cellOf(row, col);
  const per = (cellOf(row, cols.get('per'))?.text ?? '').trim().replace(/^[/／每]/, '');
  if (!cell || cell.kind === 'blank' || cell.kind === 'dash') return;
  let standard: FeeStandard | undefined;
  if (cell.kind === 'number') {
    const unit = col!.unit ?? '元';
    standard = { type: 'fixed', amount: Number((cell.value! * TO_YUAN[unit]).toFixed(6)) };
  } else standard = parseStandard(cell.text);
  if (!standard) {
    notes.push(`收费标准：${cell.text}${per ? `（计费单位：${per}）` : ''}`);
    problems.add(sheetIssue(place('standard'), 'import_kept_as_text', { value: cell.text }, 'warning'));
    return;
  }
  if (per && (standard.type === 'fixed' || standard.type === 'range') && !standard.per) standard.per = per;
  fee.standard = standard;
}
