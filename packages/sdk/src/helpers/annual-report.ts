/**
 * The 30号 report's rows and columns as printed (zh-CN and en), in printed order, and the cell
 * arithmetic its checks and its widget share. Labels live here once: the validator's messages and
 * the table's heads name a row exactly as the format prints it.
 */
import {
  APPLICANT_COLUMNS,
  NOT_APPLICABLE,
  RESULT_GROUPS,
  REVIEW_BLOCKS,
  REVIEW_RESULTS,
  type AnnualReport,
  type ApplicantRow,
  type ReportCell,
  type ResultGroup,
  type Table3,
} from '../model/annual-report.js';

export type Label = readonly [zh: string, en: string];

export const COLUMN_LABELS: Record<(typeof APPLICANT_COLUMNS)[number], Label> = {
  'natural-person': ['自然人', 'natural persons'],
  commercial: ['商业企业', 'businesses'],
  research: ['科研机构', 'research institutions'],
  'public-interest': ['社会公益组织', 'public-interest organisations'],
  'legal-services': ['法律服务机构', 'legal service providers'],
  'other-organization': ['其他', 'other organisations'],
  total: ['总计', 'total'],
};

export const GROUP_LABELS: Record<ResultGroup, Label> = {
  withheld: ['（三）不予公开', '(3) not disclosed'],
  unavailable: ['（四）无法提供', '(4) cannot be provided'],
  notProcessed: ['（五）不予处理', '(5) not processed'],
  otherHandling: ['（六）其他处理', '(6) other handling'],
};

export const REASON_LABELS: Record<string, Label> = {
  stateSecret: ['1.属于国家秘密', '1. state secret'],
  lawProhibits: ['2.其他法律行政法规禁止公开', '2. prohibited by other laws'],
  threeSafety: ['3.危及“三安全一稳定”', '3. endangers security or stability'],
  thirdParty: ['4.保护第三方合法权益', "4. protects a third party's rights"],
  internalAffairs: ['5.属于三类内部事务信息', '5. internal affairs'],
  processInformation: ['6.属于四类过程性信息', '6. process information'],
  enforcementFile: ['7.属于行政执法案卷', '7. enforcement case file'],
  inquiry: ['8.属于行政查询事项', '8. administrative inquiry'],
  notHeld: ['1.本机关不掌握相关政府信息', '1. not held by this body'],
  needsCreating: ['2.没有现成信息需要另行制作', '2. would have to be created'],
  stillUnclear: ['3.补正后申请内容仍不明确', '3. still unclear after correction'],
  petition: ['1.信访举报投诉类申请', '1. petition, report or complaint'],
  repeated: ['2.重复申请', '2. repeated request'],
  publication: ['3.要求提供公开出版物', '3. asks for a publication'],
  massRepeated: ['4.无正当理由大量反复申请', '4. many repeated requests without good reason'],
  confirmation: ['5.要求行政机关确认或重新出具已获取信息', '5. asks to confirm or reissue information'],
  noCorrection: [
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '1. not corrected in time, no longer processed',
  ],
  feeUnpaid: ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2. fee not paid in time'],
  other: ['3.其他', '3. other'],
};

export const ROW_LABELS = {
  received: ['一、本年新收政府信息公开申请数量', '1. requests received this year'],
  carriedOver: ['二、上年结转政府信息公开申请数量', '2. carried over from last year'],
  results: ['三、本年度办理结果', '3. results this year'],
  disclosed: ['（一）予以公开', '(1) disclosed'],
  partlyDisclosed: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(2) partly disclosed'],
  total: ['（七）总计', '(7) total'],
  carriedForward: ['四、结转下年度继续办理', '4. carried forward to next year'],
} as const satisfies Record<string, Label>;

export const TABLE_LABELS = {
  table2: ['表二 主动公开政府信息情况', 'table 2, information disclosed proactively'],
  table3: ['表三 收到和处理政府信息公开申请情况', 'table 3, requests received and handled'],
  table4: ['表四 政府信息公开行政复议、行政诉讼情况', 'table 4, reconsideration and litigation'],
} as const satisfies Record<string, Label>;

export const BLOCK_LABELS: Record<(typeof REVIEW_BLOCKS)[number], Label> = {
  reconsideration: ['行政复议', 'administrative reconsideration'],
  litigationDirect: ['行政诉讼·未经复议直接起诉', 'litigation without reconsideration'],
  litigationAfterReconsideration: ['行政诉讼·复议后起诉', 'litigation after reconsideration'],
};
export const REVIEW_LABELS: Record<(typeof REVIEW_RESULTS)[number] | 'total', Label> = {
  upheld: ['结果维持', 'upheld'],
  corrected: ['结果纠正', 'corrected'],
  other: ['其他结果', 'other result'],
  pending: ['尚未审结', 'pending'],
  total: ['总计', 'total'],
};

/** A row of table 3 in printed order: where it sits in the data, how it is printed, and its group. */
export interface Table3Line {
  path: readonly string[];
  label: Label;
  /** The result group a reason (or a group's own subtotal) belongs to. */
  group?: ResultGroup;
  /** A group's printed subtotal row (not in the national format; some units print one). */
  subtotal?: boolean;
}

/** Every row of table 3 that the report holds, in printed order (a group's subtotal only when printed). */
export function table3Lines(t: Table3): Table3Line[] {
  const lines: Table3Line[] = [
    { path: ['received'], label: ROW_LABELS.received },
    { path: ['carriedOver'], label: ROW_LABELS.carriedOver },
    { path: ['results', 'disclosed'], label: ROW_LABELS.disclosed },
    { path: ['results', 'partlyDisclosed'], label: ROW_LABELS.partlyDisclosed },
  ];
  for (const group of Object.keys(RESULT_GROUPS) as ResultGroup[]) {
    if (t.results[group].total)
      lines.push({ path: ['results', group, 'total'], label: GROUP_LABELS[group], group, subtotal: true });
    for (const reason of RESULT_GROUPS[group])
      lines.push({ path: ['results', group, reason], label: REASON_LABELS[reason]!, group });
  }
  lines.push({ path: ['results', 'total'], label: ROW_LABELS.total });
  lines.push({ path: ['carriedForward'], label: ROW_LABELS.carriedForward });
  return lines;
}

/** The row at a path of `table3Lines`. */
export function rowAt(t: Table3, path: readonly string[]): ApplicantRow {
  let at: unknown = t;
  for (const key of path) at = (at as Record<string, unknown>)[key];
  return at as ApplicantRow;
}

/** A cell's figure: `null` for blank and for "/". */
export const cellValue = (cell: ReportCell): number | null => (typeof cell === 'number' ? cell : null);

/** How a cell is printed: the figure, "/" or "" for blank. */
export const cellText = (cell: ReportCell): string =>
  cell === null ? '' : cell === NOT_APPLICABLE ? '/' : String(cell);

/** The sum of the figures among cells (blank and "/" add nothing); `null` when none is a figure. */
export function sumCells(cells: readonly ReportCell[]): number | null {
  let sum: number | null = null;
  for (const c of cells) if (typeof c === 'number') sum = (sum ?? 0) + c;
  return sum;
}

/** Sums of floats (万元) compared to the cent; counts are integers anyway. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Whether a printed figure disagrees with the sum of its parts. A "/" total is not checked (the
 * row does not apply); a blank total agrees only with parts that add up to nothing.
 */
export function disagrees(printed: ReportCell, parts: readonly ReportCell[]): { computed: number } | null {
  if (printed === NOT_APPLICABLE) return null;
  const sum = sumCells(parts);
  if (sum === null) return null;
  const p = printed ?? 0;
  return round2(p) === round2(sum) ? null : { computed: round2(sum) };
}

/** A group's figure in one column: its printed subtotal, else the sum of its reasons. */
export function groupCell(t: Table3, group: ResultGroup, col: number): ReportCell {
  const g = t.results[group] as Record<string, ApplicantRow | undefined>;
  if (g.total) return g.total[col]!;
  const sum = sumCells(RESULT_GROUPS[group].map((r) => g[r]![col]!));
  return sum;
}

/** The parts of (七)总计 in one column: (一), (二) and each group (三)…(六). */
export const resultParts = (t: Table3, col: number): ReportCell[] => [
  t.results.disclosed[col]!,
  t.results.partlyDisclosed[col]!,
  ...(Object.keys(RESULT_GROUPS) as ResultGroup[]).map((g) => groupCell(t, g, col)),
];

/** 31 January of the year after the report's: the day it is due (条例 第五十条). */
export const reportDueDate = (report: Pick<AnnualReport, 'year'>): string => `${report.year + 1}-01-31`;

/** Whether a report was published after its due date; `null` when it prints no date. */
export const reportLate = (report: Pick<AnnualReport, 'year' | 'published'>): boolean | null =>
  report.published === null ? null : report.published > reportDueDate(report);
