/**
 * A cell as the clerk saw it: the printed text, and what that text is (a figure with its printed
 * decimals, a percentage, words, a dash for "nothing"). Importers read figures from here, never
 * from the raw stored value, so −0.052 formatted as 0.0% is −5.2 per cent, and 12.5 printed with
 * one decimal stays one decimal.
 */
export type CellKind = 'blank' | 'dash' | 'text' | 'number' | 'percent';

export interface Cell {
  /** The text as printed (merged cells repeat their master's text). */
  text: string;
  kind: CellKind;
  /** A number's value; for a percentage, in per cent (−5.2 for −5.2%). */
  value?: number;
  /** Decimals as printed. */
  decimals?: number;
  /** The number was stored as text (typed with a leading apostrophe, or a CSV). */
  fromText?: true;
  /** A formula: its cached result was used, or there was none (the cell is then blank). */
  formula?: 'cached' | 'no-cache';
  /** Part of a merged range whose master is elsewhere: [row, column], 0-based. */
  mergedFrom?: [number, number];
}

export const BLANK: Cell = { text: '', kind: 'blank' };

const MINUS = /[−－–]/g;

/** Decimals written in a number's text: "7.81" → 2, "133" → 0. */
export function decimalsIn(text: string): number {
  const m = text.match(/\.(\d+)/);
  return m ? m[1]!.length : 0;
}

/**
 * What printed text means: "1,234.5" a number of one decimal, "−5.2%" a percentage, "—" nothing,
 * anything else words. Codes ("2080201", "01") read as numbers too; their text is kept for them.
 */
export function textCell(raw: string): Cell {
  const text = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (text === '') return BLANK;
  if (/^[-—–－―]+$/.test(text) || text === '/' || text === '／') return { text, kind: 'dash' };
  const s = text.replace(/[,，\s\u3000]/g, '').replace(MINUS, '-');
  const pct = s.match(/^([+-]?\d+(?:\.\d+)?)[%％]$/);
  if (pct) return { text, kind: 'percent', value: Number(pct[1]), decimals: decimalsIn(pct[1]!), fromText: true };
  if (/^[+-]?\d+(?:\.\d+)?$/.test(s))
    return { text, kind: 'number', value: Number(s), decimals: decimalsIn(s), fromText: true };
  return { text, kind: 'text' };
}

/** A number as printed by its format: decimals from the format (General: as many as it holds). */
export function numberCell(value: number, numFmt: string | undefined): Cell {
  const fmt = firstSection(numFmt ?? '');
  if (/%/.test(fmt)) {
    const decimals = placesIn(fmt);
    const pct = round(value * 100, decimals);
    return { text: `${group(pct, decimals, /#,#/.test(fmt))}%`, kind: 'percent', value: pct, decimals };
  }
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') {
    const text = String(Number(value.toPrecision(11)));
    return { text, kind: 'number', value: Number(text), decimals: decimalsIn(text) };
  }
  const decimals = placesIn(fmt);
  const shown = round(value, decimals);
  return { text: group(shown, decimals, /#,#/.test(fmt)), kind: 'number', value: shown, decimals };
}

/** "#,##0.00;[Red]-#,##0.00" → "#,##0.00": the section for positive numbers decides the decimals. */
function firstSection(fmt: string): string {
  return fmt.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|_.|\\./g, '');
}

function placesIn(fmt: string): number {
  const m = fmt.match(/\.([0#?]+)/);
  return m ? m[1]!.length : 0;
}

function round(v: number, decimals: number): number {
  return Number(v.toFixed(decimals));
}

function group(v: number, decimals: number, commas: boolean): string {
  const s = v.toFixed(decimals);
  if (!commas) return s;
  const [int, frac] = s.split('.');
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
}

/** A figure read off a cell: a number (or percentage) with its printed decimals; null for blank or dash. */
export function figureOf(cell: Cell | undefined): { value: number; decimals: number } | null | undefined {
  if (!cell || cell.kind === 'blank' || cell.kind === 'dash') return null;
  if (cell.kind === 'number' || cell.kind === 'percent') return { value: cell.value!, decimals: cell.decimals ?? 0 };
  return undefined;
}

/** A cell's text with all spacing removed, for matching headings and keywords. */
export const squeeze = (cell: Cell | undefined): string => (cell ? cell.text.replace(/[\s\u3000]+/g, '') : '');
