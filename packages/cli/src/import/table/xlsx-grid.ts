/**
 * Reads an .xlsx into grids of printed cells. Number formats decide what a number is (0.0% makes
 * −0.052 the percentage −5.2 with one decimal), formulas give their cached result, merged cells
 * repeat their master's text and say so, hidden rows and columns are recorded.
 */
import ExcelJS from 'exceljs';
import { ReadFailure } from '../../safe-files.js';
import { XLSX_LIMITS, checkXlsx } from '../xlsx-guard.js';
import { BLANK, numberCell, textCell, type Cell } from './cell.js';
import type { Grid } from './grid.js';

export async function readXlsxGrids(file: string, bytes: Buffer): Promise<Grid[]> {
  await checkXlsx(file, bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(sheetGrid);
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const width = ws.columnCount;
  // One stray cell at XFD1048576 makes a "sheet" of 17 billion cells: refuse it, say where.
  if (ws.rowCount * width > XLSX_LIMITS.cells) {
    throw new ReadFailure(
      `表「${ws.name}」的范围为 ${ws.rowCount} 行 × ${width} 列，超出上限；请删除远处多余的单元格 / ` +
        `sheet "${ws.name}" spans ${ws.rowCount} rows × ${width} columns: delete the stray cells far out`,
    );
  }
  const grid: Grid = {
    name: ws.name,
    cells: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    uncachedFormulas: [],
  };
  for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) (grid.hiddenColumns as Set<number>).add(c - 1);
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.hidden) (grid.hiddenRows as Set<number>).add(r - 1);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged && cell.master.address !== cell.address ? cell.master : undefined;
      const read = printed(master ?? cell);
      if (read.formula === 'no-cache' && !master) grid.uncachedFormulas.push({ row: r - 1, column: c - 1 });
      cells.push(master ? { ...read, mergedFrom: [Number(master.row) - 1, Number(master.col) - 1] } : read);
    }
    grid.cells.push(cells);
  }
  return grid;
}

function printed(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { ...BLANK, formula: 'no-cache' };
    return { ...valueCell(result as ExcelJS.CellValue, cell.numFmt), formula: 'cached' };
  }
  if (v !== null && typeof v === 'object' && 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellSharedFormulaValue).result;
    if (result === undefined || result === null) return { ...BLANK, formula: 'no-cache' };
    return { ...valueCell(result as ExcelJS.CellValue, cell.numFmt), formula: 'cached' };
  }
  return valueCell(v, cell.numFmt);
}

function valueCell(v: ExcelJS.CellValue, numFmt: string | undefined): Cell {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? numberCell(v, numFmt) : textCell(String(v));
  if (typeof v === 'string') return textCell(v);
  if (typeof v === 'boolean') return textCell(String(v));
  if (v instanceof Date) return textCell(v.toISOString().slice(0, 10));
  if (typeof v === 'object') {
    if ('richText' in v) return textCell((v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join(''));
    if ('text' in v) return textCell(String((v as ExcelJS.CellHyperlinkValue).text));
    if ('error' in v) return { text: String((v as ExcelJS.CellErrorValue).error), kind: 'text' };
  }
  return textCell(String(v));
}
