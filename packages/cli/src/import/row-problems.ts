/** Problems an import found, each with the sheet and spreadsheet row it belongs to. */
import { oneLine, type Output } from '../output.js';

export interface RowProblem {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it; 0 for the sheet as a whole. */
  row: number;
  severity: 'error' | 'warning';
  zh: string;
  en: string;
}

export class RowProblems {
  readonly items: RowProblem[] = [];
  error(sheet: string, row: number, zh: string, en: string): void {
    this.items.push({ sheet, row, severity: 'error', zh, en });
  }
  warn(sheet: string, row: number, zh: string, en: string): void {
    this.items.push({ sheet, row, severity: 'warning', zh, en });
  }
  get errors(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }
}

export function printProblems(problems: readonly RowProblem[], o: Output): void {
  for (const p of problems) {
    const where = p.row
      ? o.t(`表「${p.sheet}」第 ${p.row} 行`, `sheet "${p.sheet}" row ${p.row}`)
      : o.t(`表「${p.sheet}」`, `sheet "${p.sheet}"`);
    const tag = p.severity === 'error' ? o.red(o.t('错误', 'error')) : o.yellow(o.t('提示', 'warning'));
    o.out(`  ${tag}  ${oneLine(where)}：${oneLine(o.t(p.zh, p.en))}`);
  }
}
