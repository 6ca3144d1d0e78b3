import { define } from '../base/define.js';
import { GkFeeTable } from './fee-table.js';

define('gk-fee-table', GkFeeTable);

export { GkFeeTable };
export type { FeeTableData, GkFeeSelectDetail } from './fee-table.js';
