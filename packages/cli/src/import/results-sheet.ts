/**
 * Reads published results in the two layouts halls and bureaus post:
 * - 资金发放名单: 序号 | 姓名 | 身份证号 | 村（社区） | 项目 | 金额 | 发放日期 | 备注
 * - 办件结果: 事项名称 | 申请人 | 受理日期 | 办结日期 | 办理结果 | 不予理由 | 是否按时办结
 * A "公示期：2026年10月16日至2026年10月23日" line above the table becomes the list's 公示期. The
 * 身份证号 column is read past, never imported; names and addresses are de-identified by the SDK
 * before anything is written. Every value not understood is reported with its sheet, row and column.
 */
import { deidentifyResult, type Result } from '@gongkai/sdk';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, parseAmount, type CellValue, type Sheet } from './sheets.js';

const COLUMNS = {
  no: ['序号'],
  name: ['姓名', '申请人', '申请人姓名', '户主姓名', '当事人'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码'],
  village: ['村（社区）', '村(社区)', '所在村', '村社区', '住址', '家庭住址', '村组'],
  programme: ['项目', '补助项目', '发放项目', '资金项目'],
  amount: ['金额', '金额（元）', '金额(元)', '发放金额', '发放金额（元）', '补助金额'],
  date: ['发放日期', '日期'],
  item: ['事项名称', '事项', '办理事项'],
  accepted: ['受理日期', '受理时间'],
  decided: ['办结日期', '办结时间'],
  outcome: ['办理结果', '结果'],
  reason: ['不予理由', '不予许可理由', '理由'],
  onTime: ['是否按时办结', '按时办结'],
  notes: ['备注'],
} as const;
type Column = keyof typeof COLUMNS;

const ORGANIZATION = /(公司|厂|店|社|中心|协会|医院|学校|合作社|集团|局|委员会|超市|药房|银行)$/;
const OUTCOMES: Record<string, 'approved' | 'rejected' | 'pending'> = {
  准予: 'approved',
  准予许可: 'approved',
  同意: 'approved',
  办结: 'approved',
  已办结: 'approved',
  不予: 'rejected',
  不予许可: 'rejected',
  不同意: 'rejected',
  不予受理: 'rejected',
  办理中: 'pending',
  在办: 'pending',
};

/** "2026-10-15", "2026/10/15", "2026.10.15", "2026年10月15日" → 2026-10-15; anything else undefined. */
export function parseDate(v: CellValue | undefined): string | undefined {
  const m = cellText(v).match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** 公示期 printed above a table: 2026年10月16日至2026年10月23日 (the second year may be left out). */
export function parsePublicity(text: string): { start: string; end: string } | undefined {
  const m = text
    .replace(/\s+/g, '')
    .match(/公示期[:：]?(\d{4})年(\d{1,2})月(\d{1,2})日[至到—–-]+(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/);
  if (!m) return undefined;
  const start = parseDate(`${m[1]}年${m[2]}月${m[3]}日`);
  const end = parseDate(`${m[4] ?? m[1]}年${m[5]}月${m[6]}日`);
  return start && end ? { start, end } : undefined;
}

export interface ResultsSheet {
  results: Result[];
  rowOf: number[];
  publicity?: { start: string; end: string };
  title?: string;
}

export function parseResultsSheet(sheet: Sheet, problems: RowProblems): ResultsSheet {
  const { rows, name: s } = sheet;
  const found = (r: CellValue[], k: Column) =>
    r.findIndex((c) => (COLUMNS[k] as readonly string[]).includes(cellText(c)));
  const h = rows.findIndex((r) => found(r, 'name') >= 0 && (found(r, 'amount') >= 0 || found(r, 'accepted') >= 0));
  const out: ResultsSheet = { results: [], rowOf: [] };
  const above = rows.slice(0, Math.max(h, 0)).flat().map(cellString).filter(Boolean);
  out.title = above.find((t) => !/公示期|单位[:：]/.test(t));
  out.publicity = above.map(parsePublicity).find(Boolean);
  if (h < 0) {
    problems.error(
      s,
      0,
      '找不到表头行：发放名单需要“姓名”“金额”列，办件结果需要“申请人”“受理日期”列',
      'no header row: a payment list needs 姓名 and 金额 columns, case results 申请人 and 受理日期',
    );
    return out;
  }
  const col = Object.fromEntries((Object.keys(COLUMNS) as Column[]).map((k) => [k, found(rows[h]!, k)])) as Record<
    Column,
    number
  >;
  const kind = col.amount >= 0 ? 'payment' : 'case';
  const known = new Set(Object.values(col).filter((c) => c >= 0));
  rows[h]!.forEach((c, i) => {
    if (cellString(c) && !known.has(i))
      problems.warn(
        s,
        h + 1,
        `“${cellString(c)}”列（第 ${i + 1} 列）未导入`,
        `column "${cellString(c)}" is not imported`,
      );
  });
  if (col.idNumber >= 0)
    problems.warn(s, h + 1, '“身份证号”列不导入、不公开', 'the ID-number column is neither imported nor published');
  const get = (row: CellValue[], k: Column) => (col[k] >= 0 ? cellString(row[col[k]]) : '');
  const head = (k: Column) => cellString(rows[h]![col[k]]) || COLUMNS[k][0];
  const bad = (n: number, k: Column, value: string, expected: string, en: string) =>
    problems.error(s, n, `“${head(k)}”列：“${value}”无法识别，${expected}`, `${head(k)}: "${value}" ${en}`);

  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    if (/^(合计|总计)/.test(cellText(row[col.no >= 0 ? col.no : 0]))) continue;
    const who = get(row, 'name');
    if (!who) {
      problems.error(s, n, `缺少“${head('name')}”`, `missing ${head('name')}`);
      continue;
    }
    const party = { name: who, kind: ORGANIZATION.test(who) ? ('organization' as const) : ('person' as const) };
    const noText = cellText(get(row, 'no'));
    const id = `${kind === 'payment' ? 'pay' : 'case'}-${/^\d+$/.test(noText) ? noText : out.results.length + 1}`;
    const notes = get(row, 'notes');
    let result: Result | undefined;
    if (kind === 'payment') {
      const amount = parseAmount(col.amount >= 0 ? row[col.amount] : null);
      if (!amount.ok) {
        bad(n, 'amount', amount.reason, '应为金额（元）', 'is not an amount');
        continue;
      }
      const programme = get(row, 'programme');
      if (!programme) {
        problems.error(s, n, `缺少“${head('programme')}”`, `missing ${head('programme')}`);
        continue;
      }
      const dateText = get(row, 'date');
      const date = parseDate(dateText);
      if (dateText && !date) bad(n, 'date', dateText, '应为日期，如 2026-10-15', 'is not a date');
      const village = get(row, 'village');
      result = {
        type: 'payment',
        id,
        recipient: party,
        ...(village ? { village } : {}),
        programme,
        amount: amount.value,
        ...(date ? { date } : {}),
        ...(notes ? { notes } : {}),
      };
    } else {
      const item = get(row, 'item');
      const accepted = parseDate(get(row, 'accepted'));
      const decidedText = get(row, 'decided');
      const decided = parseDate(decidedText);
      const outcomeText = cellText(get(row, 'outcome'));
      const outcome = OUTCOMES[outcomeText] ?? (outcomeText === '' && !decidedText ? 'pending' : undefined);
      const onTimeText = cellText(get(row, 'onTime'));
      if (!item) {
        problems.error(s, n, `缺少“${head('item')}”`, `missing ${head('item')}`);
        continue;
      }
      if (!accepted) {
        bad(n, 'accepted', get(row, 'accepted') || '（空）', '应为日期，如 2026-10-15', 'is not a date');
        continue;
      }
      if (decidedText && !decided) bad(n, 'decided', decidedText, '应为日期，如 2026-10-15', 'is not a date');
      if (!outcome) {
        bad(n, 'outcome', outcomeText, '应为 准予、不予 或 办理中', 'must be 准予, 不予 or 办理中');
        continue;
      }
      if (onTimeText && !/^(是|否)$/.test(onTimeText))
        bad(n, 'onTime', onTimeText, '应为 是 或 否', 'must be 是 or 否');
      const reason = get(row, 'reason');
      result = {
        type: 'case',
        id,
        item,
        applicant: party,
        accepted,
        ...(decided ? { decided } : {}),
        outcome,
        ...(reason ? { reason } : {}),
        ...(onTimeText === '是' ? { onTime: true } : onTimeText === '否' ? { onTime: false } : {}),
        ...(notes ? { notes } : {}),
      };
    }
    // Masked here already: the file written never holds a name or number in the clear.
    out.results.push(deidentifyResult(result));
    out.rowOf.push(n);
  }
  return out;
}
