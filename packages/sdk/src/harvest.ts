/**
 * @gongkai/sdk/harvest — the platform's files (registry, catalogue, report) on their own, for the
 * dashboard widget: a page that shows the report does not load the validator's message table.
 */
export * from './model/harvest.js';
