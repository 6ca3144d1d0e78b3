/**
 * The fee catalogue as finance departments publish it (收费目录清单):
 * 序号 | 项目名称 | 设立级次 | 资金管理方式 | 政策依据 | 备注
 * with group rows that name the department ("一、公安部门", "（二）自然资源部门") or the kind
 * ("二、政府性基金"), and sub-items numbered under their item ("(1)", "2(1)"). A catalogue prints no
 * standard: the fees are valid without one (shown as 未公布标准). Cells not understood are kept in
 * 备注 and reported with their row and column.
 */
import type { Fee } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import { LEVEL } from './fee-terms.js';
import { columnLetter } from './figures.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, type CellValue, type Sheet } from './sheets.js';

const FUND: [RegExp, NonNullable<Fee['fundManagement']>][] = [
  [/中央国库/, 'central-treasury'],
  [/地方国库/, 'local-treasury'],
  [/国库/, 'treasury'],
  [/财政专户|专户/, 'special-account'],
];

/** "一、公安部门", "（二）政府性基金", "公安部门（3项）": a row that opens a group. */
const GROUP_NO = /^(?:[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$/;
const SUB_NO = /^(\d+)?\s*[（(](\d+)[)）]$/;

export function isCatalogueHeader(row: CellValue[]): boolean {
  const t = row.map(cellText);
  return t.includes('项目名称') && !t.includes('收费单位') && !t.includes('收费项目');
}

export function parseFeeCatalogue(
  sheet: Sheet,
  problems: RowProblems,
  defaults: { department?: string; title?: string } = {},
): { items: Fee[]; rowOf: number[] } {
  const { rows, name: s } = sheet;
  const h = rows.findIndex(isCatalogueHeader);
  const header = rows[h]!.map(cellText);
  const col = (name: RegExp) => header.findIndex((c) => name.test(c));
  const cols = {
    no: col(/^序号$/),
    name: col(/^项目名称$/),
    level: col(/设立级次|级次/),
    fund: col(/资金管理方式|资金管理/),
    basis: col(/政策依据|依据/),
    notes: col(/备注/),
  };
  const titleText = rows.slice(0, h).flat().map(cellString).join(' ') + (defaults.title ?? '');
  let category: Fee['category'] =
    /政府性基金/.test(titleText) && !/行政事业性收费/.test(titleText) ? 'fund' : 'administrative';
  let department = defaults.department;
  const items: Fee[] = [];
  const rowOf: number[] = [];
  const byNo = new Map<string, Fee>();
  let lastTop: Fee | undefined;
  header.forEach((label, c) => {
    if (label && !Object.values(cols).includes(c))
      problems.warn(
        s,
        h + 1,
        `${columnLetter(c)} 列“${label}”未读取`,
        `column ${columnLetter(c)} "${label}" was not read`,
      );
  });
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const noText = cellText(row[cols.no]);
    const name = cellString(row[cols.name]);
    const rest = [cols.level, cols.fund, cols.basis].some((c) => c >= 0 && cellText(row[c]));
    // A group row: a Chinese numeral (or no number) and a name, nothing else.
    if (!rest && (GROUP_NO.test(noText) || (!noText && name))) {
      const label = (name || noText).replace(/^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]/, '');
      if (/政府性基金/.test(label)) category = 'fund';
      else if (/行政事业性收费/.test(label)) category = 'administrative';
      else department = label.replace(/[（(]\s*\d+\s*项\s*[)）]$/, '').trim();
      continue;
    }
    if (!name) {
      problems.error(
        s,
        n,
        `${columnLetter(cols.name)} 列缺少“项目名称”`,
        `column ${columnLetter(cols.name)}: no 项目名称`,
      );
      continue;
    }
    if (!department) {
      problems.error(
        s,
        n,
        '不知道此项属于哪个部门：表中没有部门分组行（如“一、公安部门”），请用 --department 指定',
        'no department for this item: the sheet has no group row (一、公安部门); pass --department',
      );
      continue;
    }
    const sub = noText.match(SUB_NO);
    const parent = sub ? (sub[1] ? byNo.get(sub[1]) : lastTop) : undefined;
    if (sub && !parent) {
      problems.error(
        s,
        n,
        `子项序号“${noText}”前面没有它所属的项目`,
        `sub-item "${noText}" has no item above it to belong to`,
      );
      continue;
    }
    const key = sub ? `${parent!.no}-${sub[2]}` : noText || String(items.length + 1);
    const fee: Fee = {
      id: `fee-${key}`.replace(/[^A-Za-z0-9._-]+/g, '-'),
      ...(noText ? { no: /^\d+$/.test(noText) ? Number(noText) : sub ? `${parent!.no}(${sub[2]})` : noText } : {}),
      ...(parent ? { parent: parent.id } : {}),
      name,
      department,
      category,
      basis: cols.basis >= 0 ? parseDocuments(cellString(row[cols.basis])) : [],
    };
    const notes: string[] = [];
    const levelText = cols.level >= 0 ? cellText(row[cols.level]) : '';
    if (levelText) {
      const level = LEVEL[levelText.replace(/级$/, '')] ?? LEVEL[levelText];
      if (level) fee.level = level;
      else {
        notes.push(`设立级次：${levelText}`);
        problems.warn(
          s,
          n,
          `${columnLetter(cols.level)} 列“设立级次”的“${levelText}”无法识别，已原样写入备注`,
          `"${levelText}" in column ${columnLetter(cols.level)} (level) not understood: kept in notes`,
        );
      }
    }
    const fundText = cols.fund >= 0 ? cellText(row[cols.fund]) : '';
    if (fundText) {
      const fund = FUND.find(([re]) => re.test(fundText))?.[1];
      if (fund) fee.fundManagement = fund;
      else {
        notes.push(`资金管理方式：${fundText}`);
        problems.warn(
          s,
          n,
          `${columnLetter(cols.fund)} 列“资金管理方式”的“${fundText}”无法识别，已原样写入备注`,
          `"${fundText}" in column ${columnLetter(cols.fund)} (fund management) not understood: kept in notes`,
        );
      }
    }
    const remark = cols.notes >= 0 ? cellString(row[cols.notes]) : '';
    if (remark) notes.push(remark);
    if (notes.length) fee.notes = notes.join(' ');
    items.push(fee);
    rowOf.push(n);
    if (!sub) {
      lastTop = fee;
      if (noText) byNo.set(noText, fee);
    }
  }
  return { items, rowOf };
}
