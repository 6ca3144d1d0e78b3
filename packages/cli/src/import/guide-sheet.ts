/**
 * Reads service guides from the documented layout: a sheet 事项 (one row per service item) and a
 * sheet 材料 (one row per material, joined to its item by 事项编码).
 *
 * 事项: 事项编码 | 事项名称 | 事项类型 | 实施部门 | 办理窗口 | 设定依据 | 申请条件 | 法定时限 | 承诺时限 |
 *       收费 | 办理结果 | 到现场次数 | 咨询电话 | 监督投诉电话 | 办公地址 | 办公时间 | 网上办理 | 流程
 * 材料: 事项编码 | 材料名称 | 材料形式 | 份数 | 是否必需 | 备注 | 空表下载
 * Lists inside a cell (依据, 条件) are separated by line breaks or "；". 收费 is 不收费, or fee ids
 * separated by "；". 流程 is the id of a process in the feed.
 */
import type { Material, ServiceGuide } from '@gongkai/sdk';
import { findHeaderRow, parseBasis } from './fee-sheet.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, type CellValue, type Sheet } from './sheets.js';

const TYPES: Record<string, ServiceGuide['type']> = {
  行政许可: 'licensing',
  行政确认: 'confirmation',
  行政给付: 'payment',
  行政裁决: 'ruling',
  公共服务: 'public-service',
  其他: 'other',
  其他行政权力: 'other',
};
const FORMS: Record<string, Material['form']> = {
  原件: 'original',
  复印件: 'copy',
  原件和复印件: 'original-and-copy',
  原件及复印件: 'original-and-copy',
  电子: 'electronic',
  电子材料: 'electronic',
};

const split = (s: string) =>
  s
    .split(/[；;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
const reader = (header: CellValue[]) => (row: CellValue[], name: string) => {
  const c = header.findIndex((h) => cellText(h) === name);
  return c < 0 ? '' : cellString(row[c]);
};
const days = (s: string) => {
  const m = cellText(s).match(/^(\d+(?:\.\d+)?)/);
  return m ? Number(m[1]) : cellText(s) === '即办' ? 0 : undefined;
};

export function parseGuideSheets(
  items: Sheet,
  materials: Sheet | undefined,
  problems: RowProblems,
): { guides: ServiceGuide[] } {
  const h = findHeaderRow(items.rows, ['事项编码', '事项名称', '事项类型', '实施部门']);
  if (h < 0) {
    problems.error(
      items.name,
      0,
      '找不到表头行：需要“事项编码”“事项名称”“事项类型”“实施部门”列',
      'no header row: the sheet needs 事项编码, 事项名称, 事项类型 and 实施部门 columns',
    );
    return { guides: [] };
  }
  const get = reader(items.rows[h]!);
  const guides: ServiceGuide[] = [];
  const byCode = new Map<string, ServiceGuide>();
  for (let r = h + 1; r < items.rows.length; r++) {
    const row = items.rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const code = cellText(get(row, '事项编码'));
    const name = get(row, '事项名称');
    const typeText = cellText(get(row, '事项类型'));
    const type = TYPES[typeText];
    if (!code || !name) {
      problems.error(items.name, n, '缺少“事项编码”或“事项名称”', 'missing 事项编码 (code) or 事项名称 (name)');
      continue;
    }
    if (!type) {
      problems.error(
        items.name,
        n,
        `事项类型“${typeText || '（空）'}”无法识别，应为 ${Object.keys(TYPES).join('、')}`,
        `service type "${typeText}" is not one of ${Object.keys(TYPES).join(', ')}`,
      );
      continue;
    }
    const g: ServiceGuide = {
      id: `guide-${code}`.replace(/[^A-Za-z0-9._-]/g, '-'),
      code,
      name,
      type,
      department: get(row, '实施部门'),
      legalBasis: parseBasis(get(row, '设定依据')),
      materials: [],
    };
    const optional: [keyof ServiceGuide, string][] = [
      ['window', '办理窗口'],
      ['result', '办理结果'],
      ['consultPhone', '咨询电话'],
      ['complaintPhone', '监督投诉电话'],
      ['address', '办公地址'],
      ['hours', '办公时间'],
      ['onlineUrl', '网上办理'],
      ['processRef', '流程'],
    ];
    for (const [key, col] of optional) {
      const v = get(row, col);
      if (v) (g as unknown as Record<string, unknown>)[key] = v;
    }
    const conditions = split(get(row, '申请条件'));
    if (conditions.length) g.conditions = conditions;
    const legal = days(get(row, '法定时限'));
    const promised = days(get(row, '承诺时限'));
    if (legal !== undefined) g.legalDays = legal;
    if (promised !== undefined) g.promisedDays = promised;
    const visits = cellText(get(row, '到现场次数'));
    if (/^\d+$/.test(visits)) g.visits = Number(visits);
    const fees = get(row, '收费');
    if (fees) g.fees = /^(不收费|免费|免收)$/.test(cellText(fees)) ? { free: true } : { refs: split(fees) };
    guides.push(g);
    byCode.set(code, g);
  }
  if (materials) readMaterials(materials, byCode, problems);
  else
    problems.warn(
      items.name,
      0,
      '没有“材料”表：办事指南将没有申请材料',
      'no 材料 sheet: the guides will list no materials',
    );
  return { guides };
}

function readMaterials(sheet: Sheet, byCode: Map<string, ServiceGuide>, problems: RowProblems): void {
  const h = findHeaderRow(sheet.rows, ['事项编码', '材料名称']);
  if (h < 0) {
    problems.error(
      sheet.name,
      0,
      '找不到表头行：需要“事项编码”“材料名称”列',
      'no header row: the sheet needs 事项编码 and 材料名称 columns',
    );
    return;
  }
  const get = reader(sheet.rows[h]!);
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const code = cellText(get(row, '事项编码'));
    const guide = byCode.get(code);
    if (!guide) {
      problems.error(
        sheet.name,
        n,
        `事项编码“${code}”在“事项”表中不存在`,
        `item code "${code}" is not in the 事项 sheet`,
      );
      continue;
    }
    const formText = cellText(get(row, '材料形式')) || '原件';
    const form = FORMS[formText];
    if (!form) {
      problems.error(
        sheet.name,
        n,
        `材料形式“${formText}”无法识别，应为 原件、复印件、原件和复印件 或 电子材料`,
        `material form "${formText}" must be 原件, 复印件, 原件和复印件 or 电子材料`,
      );
      continue;
    }
    const copies = cellText(get(row, '份数'));
    const m: Material = {
      name: get(row, '材料名称'),
      form,
      required: !/^(否|非必需|可选|容缺)$/.test(cellText(get(row, '是否必需'))),
    };
    if (/^\d+$/.test(copies)) m.copies = Number(copies);
    const notes = get(row, '备注');
    if (notes) m.notes = notes;
    const blank = get(row, '空表下载');
    if (blank) m.blankForm = blank;
    guide.materials.push(m);
  }
}
