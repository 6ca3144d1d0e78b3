/**
 * Reads service guides: a sheet 事项 (one row per service item) and a sheet 材料 (one row per
 * material, joined to its item by 事项编码), in the documented layout or as service centres export
 * them from the national 政务服务事项 elements:
 *
 * 事项: 事项编码 | 事项名称 | 事项类型 | 实施部门 | 服务对象 | 行使层级 | 办件类型 | 通办范围 | 共同实施部门 |
 *       办理窗口 | 设定依据 | 申请条件 | 法定时限 | 承诺时限 | 是否收费 | 收费 | 办理结果 | 到现场次数 |
 *       咨询电话 | 监督投诉电话 | 办公地址 | 办公时间 | 网上办理 | 流程
 * 材料: 事项编码 | 材料名称 | 材料形式 | 材料载体 | 份数 | 是否必需 | 备注 | 空表下载
 *
 * Values are read as printed ("20工作日", "1个工作日内", "只跑一次", "零跑动", 是否收费 "否"); a value
 * that is not understood is kept in 注意事项 and reported with its sheet, row and column.
 */
import type { Material, PowerLevel, ServiceGuide } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import { findHeaderRow } from './fee-sheet.js';
import { columnLetter } from './figures.js';
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

/** Each column the importer reads, by the names it is printed under. */
const COLUMNS = {
  code: ['事项编码', '实施编码', '基本编码'],
  name: ['事项名称'],
  type: ['事项类型'],
  department: ['实施部门', '实施主体'],
  audience: ['服务对象'],
  levels: ['行使层级'],
  caseType: ['办件类型'],
  crossRegion: ['通办范围'],
  joint: ['共同实施部门', '联办部门'],
  window: ['办理窗口', '受理窗口'],
  basis: ['设定依据', '法律依据', '实施依据'],
  conditions: ['申请条件', '受理条件'],
  legalDays: ['法定时限', '法定办结时限'],
  promisedDays: ['承诺时限', '承诺办结时限'],
  charged: ['是否收费'],
  fees: ['收费', '收费项目'],
  result: ['办理结果', '审批结果'],
  visits: ['到现场次数', '到办事现场次数', '跑动次数'],
  consult: ['咨询电话', '咨询方式'],
  complaint: ['监督投诉电话', '投诉电话', '监督电话'],
  address: ['办公地址', '办理地点'],
  hours: ['办公时间', '办理时间'],
  online: ['网上办理', '是否网办', '网办地址', '网上办理地址'],
  process: ['流程'],
} as const;
type Column = keyof typeof COLUMNS;

const LEVELS: Record<string, PowerLevel> = {
  国家: 'national',
  省: 'provincial',
  市: 'municipal',
  县: 'county',
  乡: 'township',
};
const CASE_TYPES: Record<string, NonNullable<ServiceGuide['caseType']>> = { 即办件: 'immediate', 承诺件: 'promised' };
const CROSS: [RegExp, NonNullable<ServiceGuide['crossRegion']>][] = [
  [/全国/, 'national'],
  [/全省|省内/, 'provincial'],
  [/全市|市内/, 'municipal'],
  [/全县|县内/, 'county'],
  [/不通办|否|无/, 'none'],
];

const list = (s: string) =>
  s
    .split(/[；;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
const names = (s: string) =>
  s
    .split(/[、，,；;/\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** "20工作日", "1个工作日内", "即办", "当场办结" → working days; undefined when not understood. */
export function parseDays(text: string): number | undefined {
  const t = cellText(text);
  if (/^(即办|当场办结|当场办理|立即办理)/.test(t)) return 0;
  const m = t.match(/^(\d+(?:\.\d+)?)(?:个)?(?:工作日)?(?:内|以内)?$/);
  return m ? Number(m[1]) : undefined;
}

/** "只跑一次", "最多跑一次", "零跑动", "跑2次", "1" → visits; undefined when not understood. */
export function parseVisits(text: string): number | undefined {
  const t = cellText(text);
  if (/^\d+次?$/.test(t)) return Number(t.replace('次', ''));
  if (/零跑动|不见面|全程网办|0次/.test(t)) return 0;
  if (/(只|最多)跑一次|跑一次/.test(t)) return 1;
  const m = t.match(/跑\s*(\d+)\s*次/);
  return m ? Number(m[1]) : undefined;
}

/** A material's form on its two axes: 原件/复印件 and 纸质/电子, from one cell or two. */
export function parseMaterialForm(text: string): Pick<Material, 'copy' | 'medium'> {
  const t = cellText(text);
  const out: Pick<Material, 'copy' | 'medium'> = {};
  if (/原件(和|及|与|、|\/)复印件/.test(t)) out.copy = 'original-and-copy';
  else if (/复印件/.test(t)) out.copy = 'copy';
  else if (/原件/.test(t)) out.copy = 'original';
  if (/纸质(和|及|与|、|\/)电子/.test(t)) out.medium = 'paper-and-electronic';
  else if (/电子/.test(t)) out.medium = 'electronic';
  else if (/纸质/.test(t)) out.medium = 'paper';
  return out;
}

function locate(header: CellValue[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  for (const [key, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const c = header.findIndex((h) => aliases.includes(cellText(h)));
    if (c >= 0) at[key] = c;
  }
  return at;
}

export function parseGuideSheets(
  items: Sheet,
  materials: Sheet | undefined,
  problems: RowProblems,
): { guides: ServiceGuide[]; rowOf: number[] } {
  const h = items.rows.findIndex(
    (r) =>
      ['事项名称', '事项类型'].every((x) => r.some((c) => cellText(c) === x)) && locate(r).department !== undefined,
  );
  if (h < 0) {
    problems.error(
      items.name,
      0,
      '找不到表头行：需要“事项名称”“事项类型”“实施部门”列（材料按“事项编码”关联）',
      'no header row: the sheet needs 事项名称, 事项类型 and 实施部门 columns (materials join on 事项编码)',
    );
    return { guides: [], rowOf: [] };
  }
  const header = items.rows[h]!;
  const at = locate(header);
  const read = new Set(Object.values(at));
  header.forEach((label, c) => {
    if (cellText(label) && !read.has(c))
      problems.warn(
        items.name,
        h + 1,
        `${columnLetter(c)} 列“${cellText(label)}”未读取`,
        `column ${columnLetter(c)} not read`,
      );
  });
  const guides: ServiceGuide[] = [];
  const rowOf: number[] = [];
  const byCode = new Map<string, ServiceGuide>();
  for (let r = h + 1; r < items.rows.length; r++) {
    const row = items.rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const get = (k: Column) => (at[k] === undefined ? '' : cellString(row[at[k]!]));
    /** A value not understood: kept in 注意事项 and reported where it is. */
    const notUnderstood = (k: Column, value: string, expected: string) => {
      problems.warn(
        items.name,
        n,
        `${columnLetter(at[k]!)} 列“${COLUMNS[k][0]}”的“${value}”无法识别（应为${expected}），已原样写入注意事项`,
        `"${value}" in column ${columnLetter(at[k]!)} (${COLUMNS[k][0]}) not understood: kept in the notes`,
      );
      (g.notes ??= []).push(`${COLUMNS[k][0]}：${value}`);
    };
    const code = cellText(get('code'));
    const name = get('name');
    const typeText = cellText(get('type'));
    const type = TYPES[typeText];
    if (!name) {
      problems.error(items.name, n, '缺少“事项名称”', 'missing 事项名称 (name)');
      continue;
    }
    if (!type) {
      problems.error(
        items.name,
        n,
        `${columnLetter(at.type!)} 列事项类型“${typeText || '（空）'}”无法识别，应为 ${Object.keys(TYPES).join('、')}`,
        `service type "${typeText}" is not one of ${Object.keys(TYPES).join(', ')}`,
      );
      continue;
    }
    const g: ServiceGuide = {
      id: `guide-${code || `row-${n}`}`.replace(/[^A-Za-z0-9._-]/g, '-'),
      ...(code ? { code } : {}),
      name,
      type,
      department: get('department'),
      legalBasis: parseDocuments(get('basis')),
      materials: [],
    };
    for (const [key, col] of [
      ['window', 'window'],
      ['result', 'result'],
      ['address', 'address'],
      ['hours', 'hours'],
      ['processRef', 'process'],
    ] as const) {
      const v = get(col);
      if (v) g[key] = v;
    }
    const audience = names(get('audience'));
    if (audience.length) g.audience = audience;
    const joint = names(get('joint'));
    if (joint.length) g.jointDepartments = joint;
    const levelText = get('levels');
    if (levelText) {
      const levels = names(levelText).map((l) => LEVELS[l.replace(/级$/, '')]);
      if (levels.every(Boolean)) g.levels = levels as PowerLevel[];
      else notUnderstood('levels', levelText, '国家级、省级、市级、县级、乡级');
    }
    const caseText = cellText(get('caseType'));
    if (caseText) {
      if (CASE_TYPES[caseText]) g.caseType = CASE_TYPES[caseText];
      else notUnderstood('caseType', caseText, '即办件或承诺件');
    }
    const crossText = cellText(get('crossRegion'));
    if (crossText) {
      const cross = CROSS.find(([re]) => re.test(crossText))?.[1];
      if (cross) g.crossRegion = cross;
      else notUnderstood('crossRegion', crossText, '全国通办、全省通办、全市通办、全县通办或不通办');
    }
    const conditions = list(get('conditions'));
    if (conditions.length) g.conditions = conditions;
    for (const [key, col] of [
      ['legalDays', 'legalDays'],
      ['promisedDays', 'promisedDays'],
    ] as const) {
      const text = get(col);
      if (!text) continue; // blank: unknown, never 即办
      const d = parseDays(text);
      if (d !== undefined) g[key] = d;
      else notUnderstood(col, text, '“20个工作日”“即办”这样的工作日数');
    }
    const visitsText = get('visits');
    if (visitsText) {
      const v = parseVisits(visitsText);
      if (v !== undefined) g.visits = v;
      else notUnderstood('visits', visitsText, '“只跑一次”“零跑动”或次数');
    }
    for (const [one, many, col] of [
      ['consultPhone', 'consultPhones', 'consult'],
      ['complaintPhone', 'complaintPhones', 'complaint'],
    ] as const) {
      const phones = names(get(col));
      if (phones.length === 1) g[one] = phones[0];
      else if (phones.length > 1) g[many] = phones;
    }
    const onlineText = get('online');
    if (/^https?:\/\//i.test(onlineText)) g.onlineUrl = onlineText;
    else if (/^(是|可|支持)/.test(cellText(onlineText))) g.online = true;
    else if (/^(否|不支持)/.test(cellText(onlineText))) g.online = false;
    else if (onlineText) notUnderstood('online', onlineText, '网址，或“是”“否”');
    readFees(g, get('charged'), get('fees'), items.name, n, problems);
    guides.push(g);
    rowOf.push(n);
    if (code) byCode.set(code, g);
  }
  if (materials) readMaterials(materials, byCode, problems);
  else
    problems.warn(
      items.name,
      0,
      '没有“材料”表：办事指南将没有申请材料',
      'no 材料 sheet: the guides will list no materials',
    );
  return { guides, rowOf };
}

/** 是否收费 "否" is free; 收费 lists fee ids, or says 不收费. */
function readFees(g: ServiceGuide, charged: string, fees: string, sheet: string, n: number, problems: RowProblems) {
  const c = cellText(charged);
  const f = cellText(fees);
  if (/^(否|不收费|免费|免收)$/.test(c) || /^(不收费|免费|免收)$/.test(f)) g.fees = { free: true };
  else if (f) g.fees = { refs: list(fees) };
  else if (/^是$/.test(c))
    problems.warn(
      sheet,
      n,
      '“是否收费”为“是”，但没有“收费”列的收费项目：请补上收费项目的标识',
      '是否收费 says yes but no fee ids are given in the 收费 column',
    );
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
  const header = sheet.rows[h]!;
  const col = (...names: string[]) => header.findIndex((c) => names.includes(cellText(c)));
  const cols = {
    code: col('事项编码'),
    name: col('材料名称'),
    form: col('材料形式'),
    medium: col('材料载体', '纸质/电子', '材料类型'),
    copies: col('份数'),
    required: col('是否必需', '必要性'),
    notes: col('备注'),
    blank: col('空表下载', '空白表格'),
  };
  const get = (row: CellValue[], c: number) => (c < 0 ? '' : cellString(row[c]));
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const code = cellText(get(row, cols.code));
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
    const formText = `${get(row, cols.form)} ${get(row, cols.medium)}`.trim();
    const form = formText ? parseMaterialForm(formText) : { copy: 'original' as const };
    if (!form.copy && !form.medium) {
      problems.error(
        sheet.name,
        n,
        `${columnLetter(cols.form)} 列材料形式“${formText}”无法识别，应写明 原件/复印件 或 纸质/电子`,
        `material form "${formText}" in column ${columnLetter(cols.form)}: say 原件/复印件 or 纸质/电子`,
      );
      continue;
    }
    const copies = cellText(get(row, cols.copies));
    const m: Material = {
      name: get(row, cols.name),
      ...form,
      required: !/^(否|非必需|非必要|可选|容缺)$/.test(cellText(get(row, cols.required))),
    };
    if (/^\d+$/.test(copies)) m.copies = Number(copies);
    else if (copies)
      problems.warn(
        sheet.name,
        n,
        `份数“${copies}”不是数字，已写入备注`,
        `copies "${copies}" is not a number: kept in notes`,
      );
    const notes = [get(row, cols.notes), /^\d+$/.test(copies) || !copies ? '' : `份数：${copies}`].filter(Boolean);
    if (notes.length) m.notes = notes.join(' ');
    const blank = get(row, cols.blank);
    if (blank) m.blankForm = blank;
    guide.materials.push(m);
  }
}
