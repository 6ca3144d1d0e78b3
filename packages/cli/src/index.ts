/** @gongkai/cli as a library: the same commands the `gongkai` binary runs. */
export { run } from './cli.js';
export { buildReport, type ValidateReport } from './commands/validate.js';
export { parseBudgetSheet, type BudgetTable } from './import/budget-table.js';
export { parseFeeSheet, parseStandard, parseBasis, FEE_HEADERS } from './import/fee-sheet.js';
export { parseGuideSheets } from './import/guide-sheet.js';
export { readSheets, type Sheet, type CellValue } from './import/sheets.js';
export { readBook, readBookBytes, type ReadBook } from './import/table/read-grids.js';
export { readRegions, type TableRegion, type Column, type BodyRow } from './import/table/regions.js';
export { matchHeading, DICTIONARY, type FieldWords, type TableKind } from './import/table/header-dictionary.js';
export type { Cell, CellKind } from './import/table/cell.js';
export type { Grid } from './import/table/grid.js';
export { createPreviewServer } from './commands/preview.js';
export { createStaticServer, listen, type StaticServerOptions } from './static-server.js';
