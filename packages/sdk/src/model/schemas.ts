/** Every kind's schema in one table, for what needs them all: the JSON Schema build and its tests. */
import { AnnualReport } from './annual-report.js';
import { Budget } from './budget.js';
import { RequestGuide } from './request-guide.js';
import { DisclosureCatalogue } from './disclosure-catalogue.js';
import { FeeList } from './fees.js';
import type { SchemaKind } from './kinds.js';
import { Manifest } from './manifest.js';
import { PowerList } from './power-list.js';
import { ProcessList } from './process.js';
import { ResultList } from './results.js';
import { ServiceRules } from './service-rules.js';
import { Supervision } from './supervision.js';
import { ServiceGuideList } from './service-guide.js';
import { ThreePublic } from './three-public.js';

export const SCHEMAS = {
  manifest: Manifest,
  budget: Budget,
  'final-account': Budget,
  'three-public': ThreePublic,
  'fee-list': FeeList,
  'service-guide': ServiceGuideList,
  process: ProcessList,
  'power-list': PowerList,
  results: ResultList,
  'service-rules': ServiceRules,
  supervision: Supervision,
  'annual-report': AnnualReport,
  'request-guide': RequestGuide,
  'disclosure-catalogue': DisclosureCatalogue,
} as const satisfies Record<SchemaKind, unknown>;
