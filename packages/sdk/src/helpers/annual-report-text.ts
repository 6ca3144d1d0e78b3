/**
 * Figures a report's text quotes that its tables also give ("本年度共收到政府信息公开申请 66 件",
 * "上年度结转 2 件", "结转下年度继续办理 4 件", "行政复议 1 件"), read so the validator can compare the
 * two. Only Arabic numerals are read (full-width ones too); a sentence we cannot read is left alone.
 */
import type { AnnualReport } from '../model/annual-report.js';
import { sumCells } from './annual-report.js';

/** Which table figure a quoted number stands for. */
export type QuotedFigure = 'received' | 'carriedOver' | 'carriedForward' | 'reconsideration' | 'litigation';

export interface Quote {
  figure: QuotedFigure;
  value: number;
  /** The words as printed (after width folding), for the message. */
  quote: string;
}

const PATTERNS: readonly [QuotedFigure, RegExp][] = [
  // 收到/受理 … 申请 N 件, but not 处理 (which counts last year's too) nor 行政许可申请.
  ['received', /(?:收到|受理|接到|新收)(?:政府信息公开|信息公开|公开|依申请公开)?申请(?:共|合计)?(\d+)\s*件/g],
  ['carriedOver', /上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(\d+)\s*件/g],
  ['carriedForward', /结转下(?:一)?年度(?:继续)?(?:办理)?(?:申请)?(\d+)\s*件/g],
  ['reconsideration', /行政复议(?:案件|申请)?(\d+)\s*件/g],
  ['litigation', /行政诉讼(?:案件)?(\d+)\s*件/g],
];
/** "未收到政府信息公开申请": none received. */
const NONE_RECEIVED = /未(?:收到|接到|受理)(?:政府信息公开|信息公开|依申请公开)申请/g;

/** The figures quoted in a text, in order of appearance per figure. */
export function quotedFigures(text: string): Quote[] {
  const t = text.normalize('NFKC');
  const out: Quote[] = [];
  for (const [figure, re] of PATTERNS)
    for (const m of t.matchAll(re)) out.push({ figure, value: Number(m[1]), quote: m[0] });
  for (const m of t.matchAll(NONE_RECEIVED)) out.push({ figure: 'received', value: 0, quote: m[0] });
  return out;
}

/** The tables' figure for a quoted one (the 总计 column of table 3; table 4's 总计), `null` when none. */
export function tableFigure(report: AnnualReport, figure: QuotedFigure): number | null {
  const t3 = report.table3;
  const t4 = report.table4;
  switch (figure) {
    case 'received':
      return sumCells([t3.received[6]]);
    case 'carriedOver':
      return sumCells([t3.carriedOver[6]]);
    case 'carriedForward':
      return sumCells([t3.carriedForward[6]]);
    case 'reconsideration':
      return sumCells([t4.reconsideration.total]);
    case 'litigation':
      return sumCells([t4.litigationDirect.total, t4.litigationAfterReconsideration.total]);
  }
}
