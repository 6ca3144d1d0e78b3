// <gk-request-guide> at the four viewports (1366×768, 390×844, 1080×1920, 1920×1080), default and
// elderly themes, with the checks of check-layout.ts.
import { describeLayouts } from './describe-layouts.js';

describeLayouts([['gk-request-guide', 'dataset="request-guide-county"']]);
