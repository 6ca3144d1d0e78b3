// <gk-annual-report> at the four viewports (1366×768, 390×844, 1080×1920, 1920×1080), default and
// elderly themes: no sideways page scroll (the wide tables scroll in their own region), no clipped
// text, no overlap — the checks of check-layout.ts.
import { describeLayouts } from './describe-layouts.js';

describeLayouts([
  ['gk-annual-report', 'dataset="annual-report-2025-nr"'],
  ['gk-annual-report', 'dataset="annual-report-2025-hrss" lang="en"'],
]);
