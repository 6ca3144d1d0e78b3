/** How the annual-report checks name a printed cell and a place in the tables in their messages. */
import type { ReportCell } from '../../model/annual-report.js';
import { COLUMN_LABELS, TABLE_LABELS, type Label } from '../../helpers/annual-report.js';
import { APPLICANT_COLUMNS } from '../../model/annual-report.js';

/** A printed figure for a message: the number, "/" or 空白 (blank). */
export const printed = (cell: ReportCell, key = 'printed') => ({
  [key]: cell === null ? '空白' : String(cell),
  [`${key}En`]: cell === null ? 'blank' : String(cell),
});

/** `name` / `nameEn` params from a label. */
export const named = (key: string, label: Label) => ({ [key]: label[0], [`${key}En`]: label[1] });

export const table3Named = () => named('table', TABLE_LABELS.table3);
export const columnNamed = (col: number) => named('column', COLUMN_LABELS[APPLICANT_COLUMNS[col]!]);
