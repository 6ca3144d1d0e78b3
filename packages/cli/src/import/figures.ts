/** Reading printed figures off a sheet: a change as printed (amount and/or %, with its decimals). */
import type { PublishedChange } from '@gongkai/sdk';
import { parseAmount, type CellValue } from './sheets.js';

/** Column letters: one helper, the table reader's. */
export { columnLetter } from './table/grid.js';

/** Decimals as printed: "7.81" → 2, "133" → 0; a number read from Excel has the decimals it holds. */
export function decimalsOf(text: string): number {
  const m = text.match(/\.(\d+)/);
  return Math.min(6, m ? m[1]!.length : 0);
}

type Read = { ok: true; value?: number; digits?: number } | { ok: false; reason: string };

/** "−7.81%", "133%", -7.81, "—" (blank) → the percentage and its printed decimals. */
export function parsePercent(v: CellValue | undefined): Read {
  if (v === null || v === undefined) return { ok: true };
  const text = typeof v === 'number' ? String(v) : v.replace(/[\s\u3000%％]/g, '').replace(/[−－]/g, '-');
  if (text === '' || /^[-—–]+$/.test(text)) return { ok: true };
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return { ok: false, reason: String(v) };
  return { ok: true, value: Number(text), digits: decimalsOf(text) };
}

/** A signed amount as printed ("-12.50", "▼12.5" is not read: only signs). */
export function parseSigned(v: CellValue | undefined): Read {
  if (typeof v === 'string') v = v.replace(/[−－]/g, '-').replace(/^\+/, '');
  const a = parseAmount(v);
  if (!a.ok) return a;
  if (a.value === null) return { ok: true };
  // A number cell's decimals are its format's, which the file does not give: only printed text says.
  return typeof v === 'string' ? { ok: true, value: a.value, digits: decimalsOf(v) } : { ok: true, value: a.value };
}

export type ChangeRead =
  { ok: true; value?: PublishedChange } | { ok: false; column: number; what: string; reason: string };

/** The 增减额 and 增减% cells of a row, as printed; nothing when both are blank. */
export function parseChangeCell(row: CellValue[], amountCol?: number, percentCol?: number): ChangeRead {
  const change: PublishedChange = {};
  if (amountCol !== undefined) {
    const a = parseSigned(row[amountCol]);
    if (!a.ok) return { ok: false, column: amountCol, what: '增减额', reason: a.reason };
    if (a.value !== undefined)
      Object.assign(change, { amount: a.value, ...(a.digits !== undefined ? { amountDigits: a.digits } : {}) });
  }
  if (percentCol !== undefined) {
    const p = parsePercent(row[percentCol]);
    if (!p.ok) return { ok: false, column: percentCol, what: '增减幅度', reason: p.reason };
    if (p.value !== undefined) Object.assign(change, { percent: p.value, percentDigits: p.digits });
  }
  return { ok: true, ...(Object.keys(change).length ? { value: change } : {}) };
}
