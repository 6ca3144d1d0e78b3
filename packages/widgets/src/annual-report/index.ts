import { define } from '../base/define.js';
import { GkAnnualReport } from './annual-report.js';

define('gk-annual-report', GkAnnualReport);

export { GkAnnualReport };
export type { AnnualReportData } from './annual-report.js';
