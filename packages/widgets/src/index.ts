/**
 * @gongkai/widgets — importing this module registers every element (guarded, so two copies of the
 * bundle on one page do not clash). Import `@gongkai/widgets/fee-table` etc. for just one.
 */
// <gk-feed> first: widgets already in the page upgrade in definition order and ask it for the feed.
export * from './feed/index.js';
export * from './kiosk/index.js';
export * from './fee-table/index.js';
export type { GkErrorDetail, GkEventMap } from './base/events.js';
export { GkElement } from './base/gk-element.js';
export { GkDataElement } from './base/data-element.js';
export * from './process-flow/index.js';
export * from './service-guide/index.js';
export * from './budget-viewer/index.js';
export * from './three-public/index.js';
export * from './power-list/index.js';
export * from './department/index.js';
export * from './results/index.js';
export * from './service-rules/index.js';
export * from './catalogue/index.js';
export * from './feed-status/index.js';
export * from './search/index.js';
export * from './supervision/index.js';
export * from './annual-report/index.js';
export * from './request-guide/index.js';
