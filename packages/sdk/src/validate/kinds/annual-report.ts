import { AnnualReport } from '../../model/annual-report.js';
import { checkAnnualReport } from '../checks/annual-report.js';
import { defineKind } from '../kind-rules.js';

export const annualReportRules = defineKind({ kind: 'annual-report', schema: AnnualReport, check: checkAnnualReport });
