/**
 * What one printed row is, from its own cells: a unit row (单位：万元), a note (注：…), the
 * signatures (填表人、审核人), the column numbers (栏次 1 2 3), a total (合计/小计), a row of
 * figures, or words only. Where the row stands (above a header, inside a body) is decided by
 * regions.ts; this file only reads the row.
 */
import type { AmountUnit } from '@gongkai/sdk';
import { squeeze, type Cell } from './cell.js';

/** "单位：万元", "金额单位:元", "（单位：万元）" — not "编制单位：某局", which names the publisher. */
const UNIT = /(?:^|[^制报表])单位[:：]?(万元|亿元|元)(?![\p{Script=Han}])/u;
const NOTE = /^(注|说明|备注|附注|注释|填表说明)\s*\d*[:：.、]|^注\d*[:：、]?$|^(注|说明)[:：]?/;
const SIGNATURE =
  /^(填表人|填报人|制表人|审核人|复核人|负责人|单位负责人|财务负责人|主管会计|会计主管|联系人|联系电话|填报日期|制表日期|填表日期|报送日期|编制单位)[:：]?/;
const TOTAL = /^(合计|总计|小计|共计|总合计|.{0,14}(合计|小计|总计))$/;

export interface RowReading {
  /** Distinct printed texts, left to right (a merged range counts once), with their first column. */
  texts: { text: string; column: number; span: number }[];
  figures: number;
  unit?: AmountUnit;
  note: boolean;
  signature: boolean;
  columnNumbers: boolean;
  total: boolean;
}

export function readRow(cells: readonly Cell[], visible: readonly number[], rowIndex = -1): RowReading {
  const texts: RowReading['texts'] = [];
  let figures = 0;
  let lastKey = '';
  for (const c of visible) {
    const cell = cells[c];
    if (!cell || cell.kind === 'blank') continue;
    if (cell.kind === 'number' || cell.kind === 'percent') figures++;
    // A merged range repeats its text: the clerk sees it once.
    const key = cell.mergedFrom ? cell.mergedFrom.join(',') : `${rowIndex},${c}`;
    if (key === lastKey) {
      texts.at(-1)!.span++;
      continue;
    }
    lastKey = key;
    texts.push({ text: squeeze(cell), column: c, span: 1 });
  }
  const first = texts[0]?.text ?? '';
  const unit = texts.map((t) => t.text.match(UNIT)?.[1]).find(Boolean) as AmountUnit | undefined;
  const ints = texts.map((t) => t.text);
  const sequential =
    ints.length >= 3 &&
    ints.every((t) => /^(\d+|[甲乙丙丁戊己庚辛壬癸])$/.test(t)) &&
    ints.filter((t) => /^\d+$/.test(t)).every((t, i, a) => i === 0 || Number(t) === Number(a[i - 1]) + 1);
  return {
    texts,
    figures,
    ...(unit ? { unit } : {}),
    note: NOTE.test(first) && !TOTAL.test(first),
    signature: SIGNATURE.test(first) && !UNIT.test(first),
    columnNumbers: /^(栏次|行次|栏号)$/.test(first) || sequential,
    total: texts.slice(0, 3).some((t) => TOTAL.test(t.text.replace(/^[一二三四五六七八九十\d]+[、.．]/, ''))),
  };
}

/** A printed unit inside a heading: "标准（元）", "金额(万元)", "预算数/万元". */
export function unitInHeading(text: string): AmountUnit | undefined {
  return text
    .match(/[（(]\s*(万元|亿元|元)\s*[)）]|[/／](万元|亿元|元)$/)
    ?.slice(1)
    .find(Boolean) as AmountUnit | undefined;
}
