/**
 * 政府信息公开工作年度报告, in the format of 国办公开办函〔2021〕30号, as published: the text sections
 * 一 to 六 as printed, and tables 2 (主动公开), 3 (收到和处理申请) and 4 (复议、诉讼) cell by cell.
 *
 * Every cell has the three states a printed cell has: a number, blank (`null`, not filled in) and
 * "/" (not applicable, e.g. 规章 for a unit that makes none). The validator checks the format's
 * arithmetic and warns beside a figure; it never replaces one.
 */
import * as z from 'zod/v4/mini';
import { DateString, FIGURE_LIMIT, Text, Year, datasetHeader } from './common.js';

/** "/" as printed: the row or column does not apply to this unit. */
export const NOT_APPLICABLE = '/';

/** A printed cell: a figure, blank (`null`) or "/" — one schema shared by every table of the report. */
const cellOf = <T extends z.ZodMiniType>(figure: T) =>
  z.union([figure, z.null(), z.literal(NOT_APPLICABLE)], { error: 'report_cell' });

/** A count (申请件数, 决定数量, 案件数). */
export const CountCell = cellOf(
  z
    .int({ error: 'report_cell' })
    .check(z.gte(0, { error: 'report_cell' }), z.lte(FIGURE_LIMIT, { error: 'report_cell' })),
);
/** An amount (收费金额 in 万元, 信息处理费 in 元): decimals allowed. */
export const AmountCell = cellOf(
  z
    .number({ error: 'report_cell' })
    .check(z.gte(0, { error: 'report_cell' }), z.lte(FIGURE_LIMIT, { error: 'report_cell' })),
);
export type ReportCell = z.infer<typeof AmountCell>;

/** Table 3's seven columns, in printed order: 自然人; 法人或其他组织 (five); 总计. */
export const APPLICANT_COLUMNS = [
  'natural-person',
  'commercial',
  'research',
  'public-interest',
  'legal-services',
  'other-organization',
  'total',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** One row of table 3: the seven cells in printed order (the last is 总计). */
export const ApplicantRow = z.tuple([CountCell, CountCell, CountCell, CountCell, CountCell, CountCell, CountCell], {
  error: 'report_row',
});

/**
 * The result groups (三) to (六) of 三、本年度办理结果 and their reasons, in printed order. The format
 * prints no subtotal row for a group; some units add one (`total`), which is then checked.
 */
export const RESULT_GROUPS = {
  withheld: [
    'stateSecret', // 1.属于国家秘密
    'lawProhibits', // 2.其他法律行政法规禁止公开
    'threeSafety', // 3.危及"三安全一稳定"
    'thirdParty', // 4.保护第三方合法权益
    'internalAffairs', // 5.属于三类内部事务信息
    'processInformation', // 6.属于四类过程性信息
    'enforcementFile', // 7.属于行政执法案卷
    'inquiry', // 8.属于行政查询事项
  ],
  unavailable: [
    'notHeld', // 1.本机关不掌握相关政府信息
    'needsCreating', // 2.没有现成信息需要另行制作
    'stillUnclear', // 3.补正后申请内容仍不明确
  ],
  notProcessed: [
    'petition', // 1.信访举报投诉类申请
    'repeated', // 2.重复申请
    'publication', // 3.要求提供公开出版物
    'massRepeated', // 4.无正当理由大量反复申请
    'confirmation', // 5.要求行政机关确认或重新出具已获取信息
  ],
  otherHandling: [
    'noCorrection', // 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
    'feeUnpaid', // 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
    'other', // 3.其他
  ],
} as const;
export type ResultGroup = keyof typeof RESULT_GROUPS;
export const RESULT_GROUP_KEYS = Object.keys(RESULT_GROUPS) as ResultGroup[];

const groupOf = <K extends string>(reasons: readonly K[]) =>
  z.object({
    /** A subtotal row for the group, where the unit printed one (the format has none). */
    total: z.optional(ApplicantRow),
    ...(Object.fromEntries(reasons.map((r) => [r, ApplicantRow])) as Record<K, typeof ApplicantRow>),
  });

export const Table3 = z.object({
  /** 一、本年新收政府信息公开申请数量 */
  received: ApplicantRow,
  /** 二、上年结转政府信息公开申请数量 */
  carriedOver: ApplicantRow,
  /** 三、本年度办理结果 */
  results: z.object({
    /** (一)予以公开 */
    disclosed: ApplicantRow,
    /** (二)部分公开（区分处理的，只计这一情形，不计其他情形） */
    partlyDisclosed: ApplicantRow,
    /** (三)不予公开 */
    withheld: groupOf(RESULT_GROUPS.withheld),
    /** (四)无法提供 */
    unavailable: groupOf(RESULT_GROUPS.unavailable),
    /** (五)不予处理 */
    notProcessed: groupOf(RESULT_GROUPS.notProcessed),
    /** (六)其他处理 */
    otherHandling: groupOf(RESULT_GROUPS.otherHandling),
    /** (七)总计 */
    total: ApplicantRow,
  }),
  /** 四、结转下年度继续办理 */
  carriedForward: ApplicantRow,
});

/** Table 4's blocks and, in each, its five columns in printed order. */
export const REVIEW_BLOCKS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type ReviewBlock = (typeof REVIEW_BLOCKS)[number];
export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

const ReviewCells = z.object({
  /** 结果维持 */
  upheld: CountCell,
  /** 结果纠正 */
  corrected: CountCell,
  /** 其他结果 */
  other: CountCell,
  /** 尚未审结 */
  pending: CountCell,
  /** 总计 */
  total: CountCell,
});

export const Table4 = z.object({
  /** 行政复议 */
  reconsideration: ReviewCells,
  /** 行政诉讼：未经复议直接起诉 */
  litigationDirect: ReviewCells,
  /** 行政诉讼：复议后起诉 */
  litigationAfterReconsideration: ReviewCells,
});

/** 本年制发件数 / 本年废止件数 / 现行有效件数 */
const DocumentCounts = z.object({ issued: CountCell, repealed: CountCell, inForce: CountCell });

/** Table 2, 第二十条 主动公开: items (一), (五), (六) and (八). */
export const Table2 = z.object({
  /** 规章 */
  regulations: DocumentCounts,
  /** 行政规范性文件 */
  normativeDocuments: DocumentCounts,
  /** 行政许可 本年处理决定数量 */
  licensing: CountCell,
  /** 行政处罚 本年处理决定数量 */
  penalty: CountCell,
  /** 行政强制 本年处理决定数量 */
  coercion: CountCell,
  /** 行政事业性收费 本年收费金额（万元） */
  feesTenThousandYuan: AmountCell,
});

/** One of the text sections 一 to 六, heading and text as published. */
export const ReportSection = z.object({
  /** 1 to 6: 一、总体情况 … 六、其他需要报告的事项 */
  number: z
    .int({ error: 'report_section' })
    .check(z.gte(1, { error: 'report_section' }), z.lte(6, { error: 'report_section' })),
  heading: Text,
  text: z.optional(Text),
});

export const AnnualReport = z.object({
  ...datasetHeader,
  kind: z.literal('annual-report', { error: 'kind' }),
  /** The unit that publishes the report (本机关), as printed in the title. */
  publisher: Text,
  /** The year reported on (统计期限 1 January to 31 December). */
  year: Year,
  /** 发布日期 as printed; `null` when the page prints none (then lateness cannot be judged). */
  published: z.nullable(DateString),
  sections: z.array(ReportSection),
  table2: z.optional(Table2),
  table3: Table3,
  table4: Table4,
  /** 信息处理费, where the report states it (usually in section 六). */
  processingFees: z.optional(
    z.object({
      /** 收取的信息处理费（元） */
      amountYuan: AmountCell,
      /** How many applicants were charged, where printed. */
      requests: z.optional(CountCell),
      /** The sentence as printed. */
      text: z.optional(Text),
    }),
  ),
});

export type Table2 = z.infer<typeof Table2>;
export type Table3 = z.infer<typeof Table3>;
export type Table4 = z.infer<typeof Table4>;
export type ApplicantRow = z.infer<typeof ApplicantRow>;
export type ReportSection = z.infer<typeof ReportSection>;
export type AnnualReport = z.infer<typeof AnnualReport>;
