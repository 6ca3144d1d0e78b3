/**
 * Reads a 权责清单 in the layout departments publish: a title row, one or two header rows (职权名称
 * over 主项/子项, 行使主体 over 实施主体/承办机构), then one row per power, or per 子项 with the
 * power's own cells merged down over its sub-items. Cells may hold several lines: 实施依据
 * ("1.《…》（文号）第二十四条：内容"), 责任事项 and 追责情形 ("1.受理责任：…"). Group rows such as
 * "一、行政许可（共 8 项）" give the type to the rows under them when there is no type column.
 *
 * Every cell that is not understood is reported with its sheet, row and column, and so is every
 * column that is not read: nothing is dropped in silence.
 */
import { POWER_LEVELS, POWER_TYPES, type Power, type PowerLevel, type PowerType } from '@gongkai/sdk';
import { parseBasisLine } from './documents.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, type CellValue, type Sheet } from './sheets.js';

const TYPE_NAMES: Record<string, PowerType> = {
  行政许可: 'licensing',
  行政处罚: 'penalty',
  行政强制: 'enforcement',
  行政征收: 'levy',
  行政给付: 'payment',
  行政检查: 'inspection',
  行政确认: 'confirmation',
  行政奖励: 'reward',
  行政裁决: 'ruling',
  其他行政权力: 'other',
  其他权力: 'other',
  其他: 'other',
};
const STATUS_NAMES: Record<string, Power['status']> = {
  有效: 'active',
  保留: 'active',
  暂停: 'suspended',
  暂停实施: 'suspended',
  取消: 'cancelled',
  已取消: 'cancelled',
};
const LEVEL_CHARS: [RegExp, PowerLevel][] = [
  [/国家|中央/, 'national'],
  [/省/, 'provincial'],
  [/市/, 'municipal'],
  [/县|区/, 'county'],
  [/乡|镇|街道/, 'township'],
];

/** The columns read, each by the headings real lists give it (the first is the documented one). */
const COLUMNS = {
  no: ['序号'],
  code: ['职权编码', '权力编码', '事项编码', '编码'],
  name: ['职权名称', '主项名称', '主项', '权力名称', '事项名称', '项目名称'],
  sub: ['子项名称', '子项'],
  type: ['职权类型', '权力类型', '事项类型', '类型'],
  basis: ['实施依据', '设定依据', '法律依据', '依据'],
  subject: ['实施主体', '行使主体', '责任主体'],
  office: ['承办机构', '内设机构', '承办科室', '实施机构'],
  duties: ['责任事项', '责任事项内容'],
  accountability: ['追责情形', '追责情形及依据', '问责情形'],
  method: ['监督方式'],
  phone: ['监督电话', '投诉电话'],
  levels: ['行使层级', '实施层级'],
  status: ['状态', '职权状态'],
  notes: ['备注'],
} as const;
type Column = keyof typeof COLUMNS;

export const POWER_HEADERS = Object.values(COLUMNS).map((names) => names[0]);

/** "1.…\n2.…" or "（1）…；（2）…" → the items, numbering and separators removed, the text as printed. */
export function splitItems(text: string): string[] {
  return text
    .split(/\n+|[；;](?=\s*(?:\d+[.、．)）]|[（(]\d+[)）]))/)
    .map((p) =>
      p
        .trim()
        .replace(/^(?:\d+[.、．)）]|[（(]\d+[)）])\s*/, '')
        .replace(/[；;]$/, '') // the list's separator, not the text's own full stop
        .trim(),
    )
    .filter(Boolean);
}

/** Where each known column is, from the one or two header rows (the lower, more specific one first). */
function locateColumns(rows: CellValue[][], h: number): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  const width = Math.max(...rows.slice(Math.max(0, h - 1), h + 1).map((r) => r.length));
  for (let c = 0; c < width; c++) {
    for (const text of [cellText(rows[h]![c]), h > 0 ? cellText(rows[h - 1]![c]) : '']) {
      const col = (Object.keys(COLUMNS) as Column[]).find(
        (k) => at[k] === undefined && (COLUMNS[k] as readonly string[]).includes(text),
      );
      if (col) {
        at[col] = c;
        break;
      }
    }
  }
  return at;
}

/** The header row: the last of the first rows that names the power (主项 under 职权名称 when split). */
function findHeader(rows: CellValue[][]): number {
  let found = -1;
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const texts = rows[r]!.map((c) => cellText(c));
    if (COLUMNS.name.some((n) => texts.includes(n)) || COLUMNS.sub.some((n) => texts.includes(n))) found = r;
    else if (found >= 0) break;
  }
  return found;
}

export interface PowerSheetResult {
  powers: Power[];
  /** The spreadsheet row each power starts on. */
  rowOf: number[];
  /** The department named in the title ("示例县民政局权责清单"), when there is one. */
  department?: string;
}

export function parsePowerSheet(sheet: Sheet, problems: RowProblems, defaults: { department?: string } = {}) {
  const { rows, name: s } = sheet;
  const h = findHeader(rows);
  const result: PowerSheetResult = { powers: [], rowOf: [] };
  const title = rows
    .slice(0, Math.max(0, h - 1))
    .flat()
    .map(cellString)
    .find((t) => /权责清单|权力清单|责任清单/.test(t));
  result.department = title?.match(/^(.+?)(?:\d{4}年)?(?:权责清单|权力清单|责任清单)/)?.[1];
  if (h < 0) {
    problems.error(
      s,
      0,
      `找不到表头行：需要“职权名称”列（完整表头：${POWER_HEADERS.join('、')}）`,
      `no header row: the sheet needs a 职权名称 column (full layout: ${POWER_HEADERS.join(', ')})`,
    );
    return result;
  }
  const col = locateColumns(rows, h);
  // Columns with a heading we do not read are named, so nothing goes missing unnoticed.
  const known = new Set(Object.values(col));
  (rows[h] ?? []).forEach((c, i) => {
    const text = cellString(c) || cellString(rows[h - 1]?.[i] ?? null);
    if (text && !known.has(i))
      problems.warn(
        s,
        h + 1,
        `“${text}”列（第 ${i + 1} 列）未导入`,
        `column "${text}" (column ${i + 1}) is not imported`,
      );
  });
  if (col.type === undefined)
    problems.warn(
      s,
      h + 1,
      '没有“职权类型”列：按分组行（如“一、行政许可”）确定类型',
      'no 职权类型 column: types come from group rows',
    );
  const department = defaults.department ?? result.department;
  const get = (row: CellValue[], k: Column) => (col[k] === undefined ? '' : cellString(row[col[k]!]));
  const columnName = (k: Column) => cellString(rows[h]![col[k]!]!) || COLUMNS[k][0];

  let groupType: PowerType | undefined;
  let current: { key: string; power: Power } | undefined;
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    const filled = row.filter((c) => cellText(c) !== '');
    if (filled.length === 0) continue;
    const name = get(row, 'name');
    // A group row: one cell across the table ("一、行政许可（共 8 项）"), merged or not.
    if (new Set(filled.map(cellText)).size === 1 && !get(row, 'type')) {
      const text = cellText(filled[0]);
      const type = Object.entries(TYPE_NAMES).find(([k]) => text.includes(k))?.[1];
      if (type) groupType = type;
      else problems.warn(s, n, `分组行“${text}”不含职权类型，已跳过`, `group row "${text}" names no type: skipped`);
      continue;
    }
    const sub = get(row, 'sub');
    const key = `${get(row, 'no')}|${get(row, 'code')}|${name}`;
    // Cells merged down over 子项 repeat the power's own cells: the same power, one more 子项.
    if (current && sub && key === current.key) {
      (current.power.subItems ??= []).push({ name: sub });
      continue;
    }
    if (!name) {
      problems.error(s, n, `缺少“${columnName('name')}”`, `missing the power's name (${columnName('name')})`);
      current = undefined;
      continue;
    }
    const typeText = cellText(get(row, 'type'));
    const type = typeText ? TYPE_NAMES[typeText.replace(/类$/, '')] : groupType;
    if (!type) {
      problems.error(
        s,
        n,
        `“${columnName('type')}”列：“${typeText || '（空）'}”无法识别，应为 ${Object.keys(TYPE_NAMES).slice(0, 10).join('、')} 之一`,
        `${columnName('type')}: "${typeText || '(blank)'}" is not one of the ten types (${POWER_TYPES.join(', ')})`,
      );
      current = undefined;
      continue;
    }
    const statusText = cellText(get(row, 'status'));
    const status = statusText ? STATUS_NAMES[statusText] : 'active';
    if (!status)
      problems.error(
        s,
        n,
        `“状态”列：“${statusText}”无法识别，应为 有效、暂停 或 取消`,
        `status "${statusText}" must be 有效, 暂停 or 取消`,
      );
    const levelsText = get(row, 'levels');
    const levels = LEVEL_CHARS.filter(([re]) => re.test(levelsText)).map(([, l]) => l);
    if (levelsText && levels.length === 0)
      problems.warn(
        s,
        n,
        `“行使层级”“${levelsText}”无法识别，未导入`,
        `level "${levelsText}" not understood: left out`,
      );
    const subject = get(row, 'subject') || department;
    if (!subject) {
      problems.error(
        s,
        n,
        '缺少实施主体：请在表中填写，或用 --department 指定',
        'no department: add the column or pass --department',
      );
      current = undefined;
      continue;
    }
    const noText = cellText(get(row, 'no'));
    const code = cellText(get(row, 'code'));
    const method = get(row, 'method');
    const phone = get(row, 'phone');
    const notes = get(row, 'notes');
    const power: Power = {
      id: `power-${/^\d+$/.test(noText) ? noText : result.powers.length + 1}`,
      ...(code ? { code } : {}),
      name,
      ...(sub ? { subItems: [{ name: sub }] } : {}),
      type,
      basis: splitItems(get(row, 'basis')).map(parseBasisLine),
      department: subject,
      ...(get(row, 'office') ? { office: get(row, 'office') } : {}),
      responsibilities: splitItems(get(row, 'duties')),
      accountability: splitItems(get(row, 'accountability')),
      ...(method || phone ? { supervision: { ...(method ? { method } : {}), ...(phone ? { phone } : {}) } } : {}),
      ...(levels.length ? { levels: levels.filter((l) => (POWER_LEVELS as readonly string[]).includes(l)) } : {}),
      status: status ?? 'active',
      ...(notes ? { notes } : {}),
    };
    current = { key, power };
    result.powers.push(power);
    result.rowOf.push(n);
  }
  // Ids from 序号 must stay unique: a list numbered per group restarts at 1.
  const seen = new Set<string>();
  result.powers.forEach((p, i) => {
    if (seen.has(p.id)) p.id = `power-r${result.rowOf[i]}`;
    seen.add(p.id);
  });
  return result;
}
