// <gk-results> (a 发放名单 and the case board), <gk-service-rules> and <gk-supervision> at the four
// viewports in the default and elderly themes: the layout checks of check-layout.ts.
import { describeLayouts } from './describe-layouts.js';

const WIDGETS: [string, string][] = [
  ['gk-results', 'dataset="results-ca" type="payment" today="2026-11-26"'],
  ['gk-results', 'dataset="results-ca" type="case" today="2026-11-26"'],
  ['gk-results', 'dataset="results-mr" today="2026-11-26"'],
  ['gk-service-rules', ''],
  ['gk-supervision', ''],
];

describeLayouts(WIDGETS);
