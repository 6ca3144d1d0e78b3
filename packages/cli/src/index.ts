/** @gongkai/cli as a library: the same commands the `gongkai` binary runs. */
export { run } from './cli.js';
export { buildReport, type ValidateReport } from './commands/validate.js';
export { parseBudgetSheet, type BudgetTable } from './import/budget-table.js';
export { parseFeeSheet, parseStandard, parseBasis, FEE_HEADERS } from './import/fee-sheet.js';
export { parseGuideSheets } from './import/guide-sheet.js';
export { readSheets, type Sheet, type CellValue } from './import/sheets.js';
export { createPreviewServer } from './commands/preview.js';
export { createStaticServer, listen, type StaticServerOptions } from './static-server.js';
