/** Every dataset kind's rules, for whatever validates any kind (the SDK's main entry, the CLI, a department page). */
import type { AnyKindRules } from '../kind-rules.js';
import { annualReportRules } from './annual-report.js';
import { requestGuideRules } from './request-guide.js';
import { budgetRules, finalAccountRules } from './budget.js';
import { disclosureCatalogueRules } from './disclosure-catalogue.js';
import { feeListRules } from './fee-list.js';
import { powerListRules } from './power-list.js';
import { processRules } from './process.js';
import { resultsRules } from './results.js';
import { serviceGuideRules } from './service-guide.js';
import { serviceRulesRules } from './service-rules.js';
import { supervisionRules } from './supervision.js';
import { threePublicRules } from './three-public.js';

export const ALL_KINDS: readonly AnyKindRules[] = [
  budgetRules,
  finalAccountRules,
  threePublicRules,
  feeListRules,
  serviceGuideRules,
  processRules,
  powerListRules,
  resultsRules,
  serviceRulesRules,
  supervisionRules,
  annualReportRules,
  requestGuideRules,
  disclosureCatalogueRules,
];
