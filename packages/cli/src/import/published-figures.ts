/**
 * How the validator's findings read at import. A printed 合计 or subtotal that differs from its
 * lines is the publisher's figure: it is kept as published and the clerk is warned, never refused
 * (issue 38). The Chinese text names the field in the clerk's words, never our code's key.
 */
import { formatIssue, type PathSegment, type ValidationIssue } from '@gongkai/sdk';

/** Sums against printed figures: warnings at import. */
const PUBLISHED_SUMS = new Set(['sum_mismatch', 'total_mismatch', 'subtotal_mismatch', 'parts_mismatch']);

export function importSeverity(issue: ValidationIssue): 'error' | 'warning' {
  return PUBLISHED_SUMS.has(issue.code) ? 'warning' : issue.severity;
}

/** The fields of the datasets an importer writes, as the printed tables name them. */
const FIELD_ZH: Record<string, string> = {
  id: '标识',
  code: '科目编码',
  name: '名称',
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  previous: '上年数',
  amount: '金额',
  personnel: '人员经费',
  public: '公用经费',
  change: '比上年增减',
  percent: '增减幅度',
  department: '收费单位',
  category: '类别',
  level: '设立级次',
  fundManagement: '资金管理方式',
  basis: '政策依据',
  standard: '收费标准',
  exemptions: '减免政策',
  status: '状态',
  notes: '备注',
  no: '序号',
  parent: '所属项目',
  scheme: '经济分类口径',
  revenueTotal: '收入合计',
  updated: '更新日期',
  year: '年度',
  unit: '单位',
  title: '标题',
};

/** The issue in words: the Chinese names the field as printed (or no field), the English keeps the path. */
export function importIssueText(issue: ValidationIssue, path: PathSegment[]): { zh: string; en: string } {
  const field = [...path].reverse().find((s): s is string => typeof s === 'string');
  const zhField = field ? FIELD_ZH[field] : undefined;
  const zh = formatIssue({ ...issue, path: [] }, 'zh-CN');
  return {
    zh: zhField && !zh.includes(zhField) ? `${zhField}：${zh}` : zh,
    en: formatIssue({ ...issue, path }, 'en'),
  };
}
