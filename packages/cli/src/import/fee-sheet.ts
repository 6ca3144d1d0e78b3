/**
 * Reads a fee list from the documented layout (one row per fee, headers in Chinese):
 * 序号 | 收费单位 | 收费项目 | 类别 | 设立级次 | 资金管理方式 | 政策依据 | 收费标准 | 减免政策 | 备注 | 状态
 * Only 收费单位, 收费项目 and 类别 are required. 收费标准 is parsed into a structured standard where
 * it has a known form ("80 元/件", "50-200 元/次", "免收", "停征"); other text is kept in 备注.
 */
import type { DocumentRef, Fee, FeeStandard } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import { isCatalogueHeader, parseFeeCatalogue } from './fee-catalogue.js';
import { LEVEL } from './fee-terms.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, type CellValue, type Sheet } from './sheets.js';

export const FEE_HEADERS = [
  '序号',
  '收费单位',
  '收费项目',
  '类别',
  '设立级次',
  '资金管理方式',
  '政策依据',
  '收费标准',
  '减免政策',
  '备注',
  '状态',
] as const;

const CATEGORY: Record<string, Fee['category']> = {
  行政事业性收费: 'administrative',
  政府性基金: 'fund',
  经营服务性收费: 'service',
};
const FUND: Record<string, NonNullable<Fee['fundManagement']>> = {
  缴入国库: 'treasury',
  国库: 'treasury',
  缴入中央国库: 'central-treasury',
  缴入地方国库: 'local-treasury',
  财政专户: 'special-account',
};
const STATUS: Record<string, NonNullable<Fee['status']>> = {
  执行: 'active',
  执行中: 'active',
  停征: 'suspended',
  暂停: 'suspended',
  取消: 'abolished',
  已取消: 'abolished',
};

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** "80元/件", "80 元每件", "50-200元/次", "50～200元", "免收", "免征", "停征". */
export function parseStandard(text: string): FeeStandard | undefined {
  const s = text.replace(/[\s\u3000]/g, '').replace(/每/g, '/');
  if (/^(免收|免征|免费|不收费)/.test(s)) return { type: 'free' };
  if (/^停征/.test(s)) return { type: 'suspended' };
  let m = s.match(new RegExp(`^${NUM}元(?:/(.+))?$`));
  if (m) return { type: 'fixed', amount: Number(m[1]), ...(m[2] ? { per: m[2] } : {}) };
  m = s.match(new RegExp(`^${NUM}(?:元)?[-–—~～至到]${NUM}元(?:/(.+))?$`));
  if (m) return { type: 'range', min: Number(m[1]), max: Number(m[2]), ...(m[3] ? { per: m[3] } : {}) };
  return undefined;
}

/** "《标题》（文号）；财税〔2019〕45号" → document refs (see documents.ts). */
export const parseBasis = (text: string): DocumentRef[] => parseDocuments(text);

export function findHeaderRow(rows: CellValue[][], required: readonly string[]): number {
  return rows.findIndex((r) => required.every((h) => r.some((c) => cellText(c) === h)));
}

export function parseFeeSheet(
  sheet: Sheet,
  problems: RowProblems,
  defaults: { department?: string; title?: string } = {},
): { items: Fee[]; rowOf: number[] } {
  const { rows, name: s } = sheet;
  // The catalogue as published (序号 | 项目名称 | 设立级次 | 资金管理方式 | 政策依据 | 备注).
  if (rows.some(isCatalogueHeader)) return parseFeeCatalogue(sheet, problems, defaults);
  const h = findHeaderRow(rows, ['收费单位', '收费项目', '类别']);
  if (h < 0) {
    problems.error(
      s,
      0,
      `找不到表头行：需要“收费单位”“收费项目”“类别”列（完整表头：${FEE_HEADERS.join('、')}）`,
      `no header row: the sheet needs the columns 收费单位, 收费项目 and 类别 (full layout: ${FEE_HEADERS.join(', ')})`,
    );
    return { items: [], rowOf: [] };
  }
  const col = (name: string) => rows[h]!.findIndex((c) => cellText(c) === name);
  const at = (row: CellValue[], name: string) => {
    const c = col(name);
    return c < 0 ? '' : cellString(row[c]);
  };
  const items: Fee[] = [];
  const rowOf: number[] = [];
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const name = at(row, '收费项目');
    const department = at(row, '收费单位');
    const categoryText = cellText(at(row, '类别'));
    if (!name || !department) {
      problems.error(s, n, '缺少“收费项目”或“收费单位”', 'missing 收费项目 (fee) or 收费单位 (department)');
      continue;
    }
    const category = CATEGORY[categoryText];
    if (!category) {
      problems.error(
        s,
        n,
        `类别“${categoryText || '（空）'}”无法识别，应为 行政事业性收费、政府性基金 或 经营服务性收费`,
        `category "${categoryText || '(blank)'}" must be 行政事业性收费, 政府性基金 or 经营服务性收费`,
      );
      continue;
    }
    const noText = cellText(at(row, '序号'));
    const no = /^\d+$/.test(noText) ? Number(noText) : undefined;
    const fee: Fee = {
      id: `fee-${no ?? items.length + 1}`,
      ...(no ? { no } : {}),
      name,
      department,
      category,
      basis: parseBasis(at(row, '政策依据')),
    };
    const level = LEVEL[cellText(at(row, '设立级次'))];
    if (level) fee.level = level;
    const fund = FUND[cellText(at(row, '资金管理方式'))];
    if (fund) fee.fundManagement = fund;
    const standardText = at(row, '收费标准');
    const notes = [at(row, '备注')];
    if (standardText) {
      const standard = parseStandard(standardText);
      if (standard) fee.standard = standard;
      else {
        notes.unshift(`收费标准：${standardText}`);
        problems.warn(
          s,
          n,
          `收费标准“${standardText}”无法结构化，已原样写入备注`,
          `standard "${standardText}" has no structured form: kept as text in notes`,
        );
      }
    }
    const exemptions = at(row, '减免政策');
    if (exemptions) fee.exemptions = exemptions;
    if (notes.filter(Boolean).length) fee.notes = notes.filter(Boolean).join(' ');
    const status = STATUS[cellText(at(row, '状态'))];
    if (status) fee.status = status;
    else if (fee.standard?.type === 'suspended') fee.status = 'suspended';
    items.push(fee);
    rowOf.push(n);
  }
  return { items, rowOf };
}
