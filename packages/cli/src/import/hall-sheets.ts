/**
 * The service hall's own tables:
 * - 办事纪律: 序号 | 类别 | 名称 | 内容 | 依据 (类别 as 首问负责, 一次性告知, 限时办结, 挂牌上岗, 禁止性规定).
 * - 好差评 by period: 统计期 | 非常满意 | 满意 | 基本满意 | 不满意 | 非常不满意 | 应整改 | 已整改.
 * Blank counts stay blank (null), never 0; every value not understood is reported by row and column.
 */
import type { RatingStats, RuleCategory, ServiceRule } from '@gongkai/sdk';
import { parseBasis } from './fee-sheet.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, parseAmount, type CellValue, type Sheet } from './sheets.js';

const CATEGORIES: Record<string, RuleCategory> = {
  首问负责: 'first-inquiry',
  首问负责制: 'first-inquiry',
  一次性告知: 'one-time-notice',
  一次告知: 'one-time-notice',
  限时办结: 'time-limit',
  限时办结制: 'time-limit',
  挂牌上岗: 'badge',
  禁止性规定: 'prohibition',
  其他: 'other',
};

const columnOf = (header: CellValue[], names: readonly string[]) =>
  header.findIndex((c) => names.includes(cellText(c)));

export function parseRulesSheet(sheet: Sheet, problems: RowProblems): { rules: ServiceRule[]; rowOf: number[] } {
  const { rows, name: s } = sheet;
  const h = rows.findIndex((r) => columnOf(r, ['内容', '具体内容']) >= 0);
  if (h < 0) {
    problems.error(
      s,
      0,
      '找不到表头行：需要“内容”列（序号 | 类别 | 名称 | 内容 | 依据）',
      'no header row: a 内容 column is needed',
    );
    return { rules: [], rowOf: [] };
  }
  const at = (names: string[]) => columnOf(rows[h]!, names);
  const c = {
    no: at(['序号']),
    cat: at(['类别', '制度']),
    title: at(['名称', '标题']),
    text: at(['内容', '具体内容']),
    basis: at(['依据']),
  };
  const rules: ServiceRule[] = [];
  const rowOf: number[] = [];
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((x) => cellText(x) === '')) continue;
    const get = (i: number) => (i >= 0 ? cellString(row[i]) : '');
    const text = get(c.text);
    const catText = cellText(get(c.cat) || get(c.title));
    const category = CATEGORIES[catText] ?? (catText ? undefined : 'other');
    if (!text) {
      problems.error(s, r + 1, '缺少“内容”', 'missing 内容');
      continue;
    }
    if (!category) {
      problems.error(
        s,
        r + 1,
        `“类别”列：“${catText}”无法识别，应为 首问负责、一次性告知、限时办结、挂牌上岗、禁止性规定 或 其他`,
        `category "${catText}" is not one of 首问负责, 一次性告知, 限时办结, 挂牌上岗, 禁止性规定, 其他`,
      );
      continue;
    }
    const no = Number(cellText(get(c.no)));
    const basis = get(c.basis);
    rules.push({
      ...(Number.isInteger(no) && no > 0 ? { no } : {}),
      category,
      title: get(c.title) || get(c.cat),
      text,
      ...(basis ? { basis: parseBasis(basis) } : {}),
    });
    rowOf.push(r + 1);
  }
  return { rules, rowOf };
}

const LEVELS = [
  ['verySatisfied', '非常满意'],
  ['satisfied', '满意'],
  ['neutral', '基本满意'],
  ['dissatisfied', '不满意'],
  ['veryDissatisfied', '非常不满意'],
] as const;

/** "2026年3月" / "2026-03" / "2026年第一季度" / "2026" → the model's period. */
export function parsePeriod(v: CellValue | undefined): string | undefined {
  const t = cellText(v);
  const q = t.match(/^(\d{4})年?(?:第)?([一二三四1-4])季度$/) ?? t.match(/^(\d{4})-?Q([1-4])$/i);
  if (q) return `${q[1]}-Q${'一二三四'.includes(q[2]!) ? '一二三四'.indexOf(q[2]!) + 1 : q[2]}`;
  const m = t.match(/^(\d{4})(?:[-/.年](\d{1,2})月?)?$/);
  if (!m) return undefined;
  if (!m[2]) return m[1];
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : undefined;
}

export function parseRatingsSheet(sheet: Sheet, problems: RowProblems): { ratings: RatingStats[]; rowOf: number[] } {
  const { rows, name: s } = sheet;
  const h = rows.findIndex((r) => columnOf(r, ['非常满意']) >= 0);
  if (h < 0) {
    problems.error(
      s,
      0,
      `找不到表头行：需要 ${LEVELS.map((l) => l[1]).join('、')} 五列`,
      'no header row: the five rating levels are needed',
    );
    return { ratings: [], rowOf: [] };
  }
  const head = rows[h]!;
  const period = columnOf(head, ['统计期', '月份', '时间', '期间']);
  const due = columnOf(head, ['应整改', '差评数']);
  const done = columnOf(head, ['已整改', '整改数']);
  const ratings: RatingStats[] = [];
  const rowOf: number[] = [];
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const n = r + 1;
    if (row.every((x) => cellText(x) === '')) continue;
    const p = parsePeriod(row[period >= 0 ? period : 0]);
    if (!p) {
      problems.error(
        s,
        n,
        `“统计期”列：“${cellString(row[Math.max(period, 0)])}”无法识别，应为 2026-03、2026年第一季度 或 2026`,
        'period not understood',
      );
      continue;
    }
    const count = (i: number, label: string): number | null | undefined => {
      if (i < 0) return null;
      const a = parseAmount(row[i]);
      if (!a.ok || (a.value !== null && (!Number.isInteger(a.value) || a.value < 0))) {
        problems.error(
          s,
          n,
          `“${label}”列：“${cellString(row[i])}”应为非负整数（未统计请留空）`,
          `${label}: expected a whole number`,
        );
        return undefined;
      }
      return a.value;
    };
    const counts = Object.fromEntries(LEVELS.map(([k, label]) => [k, count(columnOf(head, [label]), label)]));
    const dueN = count(due, '应整改');
    const doneN = count(done, '已整改');
    if (Object.values(counts).includes(undefined) || dueN === undefined || doneN === undefined) continue;
    ratings.push({
      period: p,
      counts: counts as RatingStats['counts'],
      ...(due >= 0 || done >= 0 ? { rectification: { due: dueN, done: doneN } } : {}),
    });
    rowOf.push(n);
  }
  return { ratings, rowOf };
}
