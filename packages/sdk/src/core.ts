/**
 * @gongkai/sdk/core — everything in `@gongkai/sdk` except the bilingual issue-message table,
 * which it loads on the first error (`loadMessages()`), and with only the manifest's rules
 * registered: `registerKinds(feeListRules)` (or `...ALL_KINDS`) before validating a kind. What the
 * widgets' browser bundle uses: each widget registers the kinds it shows.
 * Issues are data (path, code, params); `formatIssue` words them, naming only the code until the
 * table is loaded.
 */
export * from './model/common.js';
export * from './model/published.js';
export * from './model/manifest.js';
export * from './model/budget.js';
export * from './model/three-public.js';
export * from './model/fees.js';
export * from './model/service-guide.js';
export * from './model/process.js';
export * from './model/power-list.js';
export * from './model/results.js';
export * from './model/service-rules.js';
export * from './model/supervision.js';
export * from './model/annual-report.js';
export * from './model/request-guide.js';
export * from './model/disclosure-catalogue.js';
export { SCHEMAS } from './model/schemas.js';
export {
  RECORD_LISTS,
  isSchemaKind,
  isRecordKind,
  recordsOf,
  type SchemaKind,
  type DataOf,
  type Dataset,
  type RecordKind,
  type RecordOf,
} from './model/kinds.js';
export { jsonSchemaFor } from './model/json-schema.js';

export { validate, validateRecord, type ValidateOptions } from './validate/validate.js';
export {
  registerKinds,
  rulesFor,
  defineKind,
  manifestRules,
  type KindRules,
  type AnyKindRules,
} from './validate/kind-rules.js';
export { budgetRules, finalAccountRules } from './validate/kinds/budget.js';
export { threePublicRules } from './validate/kinds/three-public.js';
export { feeListRules } from './validate/kinds/fee-list.js';
export { serviceGuideRules } from './validate/kinds/service-guide.js';
export { processRules } from './validate/kinds/process.js';
export { powerListRules } from './validate/kinds/power-list.js';
export { resultsRules } from './validate/kinds/results.js';
export { serviceRulesRules } from './validate/kinds/service-rules.js';
export { supervisionRules } from './validate/kinds/supervision.js';
export { annualReportRules } from './validate/kinds/annual-report.js';
export { requestGuideRules } from './validate/kinds/request-guide.js';
export { OFFICIAL_CALENDARS, workingCalendar } from './calendar/index.js';
export { replyDeadline, type Deadline, type DeadlineInput } from './helpers/request-deadline.js';
export { perRequestFee, perRequestPrice, perPageFee, PER_PAGE_TIERS } from './helpers/processing-fee.js';
export { rollUpCases, OUTCOME_CODES, type Case, type OutcomeCode } from './helpers/case-rollup.js';
export * from './helpers/annual-report.js';
export * from './helpers/annual-report-text.js';
export { checkReportYears, type FiledReport } from './validate/checks/annual-report-years.js';
export { disclosureCatalogueRules } from './validate/kinds/disclosure-catalogue.js';
export { ALL_KINDS } from './validate/kinds/all.js';
export {
  validateSliced,
  validateRecords,
  validateRecordsSliced,
  LONG_LIST,
  type SlicedOptions,
  type RecordsResult,
} from './validate/validate-sliced.js';
export { validateFeed, type FeedInput, type FeedValidation } from './validate/feed.js';
export { auditCatalogue } from './validate/checks/catalogue-feed.js';
export {
  makeIssue,
  issuesUnder,
  pathStartsWith,
  type IssueRecord,
  type PathSegment,
  type Severity,
  type ValidationIssue,
  type ValidationResult,
} from './validate/issue.js';
export { formatIssue, formatPath, formatRecord, issueMessage } from './validate/format-issue.js';
export { describeRecords } from './validate/describe-record.js';
export { type IssueCode, type MessageParams } from './validate/messages.js';
export { loadMessages, messagesLoaded } from './validate/message-table.js';

export {
  createClient,
  type Client,
  type ClientOptions,
  type Loaded,
  type Listener,
  type Update,
} from './client/client.js';
export { FeedError, type FeedErrorReason } from './client/errors.js';
export { memoryCache, indexedDbCache, defaultCache, type FeedCache, type CacheEntry } from './client/cache.js';
export { parseJson, readBytesUpTo } from './client/fetch-json.js';
export { locate, manifestUrlOf, type Located } from './client/locate.js';
export { combineSources, type ReadRequest, type ReadResult, type Source } from './client/read-types.js';

export { parentCode, codeLevel, ancestorCodes, economicSchemeOf, type CodeLevel } from './rules/classification.js';
export { change, changePercent, type Change } from './rules/change.js';
export { sumTolerance, percentDisagrees, printedDisagrees } from './rules/tolerance.js';
export { publishedChangeDisagrees } from './rules/change.js';
export {
  endsStep,
  runSteps,
  runStepsSoon,
  CANCELLED,
  type Steps,
  type StepsOptions,
  type Cancelled,
} from './helpers/steps.js';
export {
  buildBudgetTree,
  budgetTreeSteps,
  budgetPath,
  walkBudgetTree,
  type BudgetNode,
  type BudgetTree,
} from './helpers/budget-tree.js';
export {
  compareBudgets,
  compareWithPublishedPrevious,
  type Comparison,
  type LineComparison,
  type CompareOptions,
} from './helpers/compare.js';
export {
  threePublicChanges,
  type ThreePublicChange,
  type ThreePublicSubtotalRow,
  type ThreePublicSummary,
} from './helpers/three-public.js';
export {
  convertAmount,
  formatAmount,
  formatPercent,
  bestUnit,
  unitLabel,
  UNIT_FACTORS,
  NOT_REPORTED,
  type FormatAmountOptions,
} from './helpers/amount.js';
export { formatFeeStandard, feeSortAmount } from './helpers/fee-standard.js';
export { createFeeSearch, type FeeMatch, type FeeSearch, type FeeSearchOptions } from './helpers/fee-search.js';
export {
  createTextSearch,
  type TextMatch,
  type TextSearch,
  type TextSearchOptions,
  type SearchFields,
} from './helpers/text-search.js';
export { documentLabel } from './helpers/document-ref.js';
export { materialForm, type MaterialForm } from './helpers/material-form.js';
export {
  maskName,
  maskNumbers,
  cutAddress,
  deidentifyRecord,
  deidentifyResult,
  deidentifyResults,
  personalDataIn,
  type PersonalData,
  type PersonalKind,
} from './helpers/deidentify.js';
export { isCreditCode, type NumberKind } from './helpers/personal-numbers.js';
export { resultSummary } from './helpers/result-summary.js';
export { resultDate, resultParty, resultPartyField } from './helpers/result-fields.js';
export { loadPinyin, type PinyinConverter } from './helpers/pinyin.js';
export { foldText } from './helpers/text-normalize.js';
export { formatDate, formatUpdated, formatWorkingDays, addWorkingDays, type WorkingCalendar } from './helpers/dates.js';
export { formatPeriod } from './helpers/period.js';
export { longestPathDays, MAX_CHART_NODES, type CriticalPath } from './helpers/process-path.js';
export { processGraph, type ProcessGraph, type NextStep } from './helpers/process-graph.js';
export { datasetChanges, CHANGE_KINDS, type ChangeKind, type RecordChange } from './helpers/record-changes.js';
export { parseTimeLimit, timeLimitDeadline } from './helpers/catalogue-time-limit.js';
export {
  catalogueStatus,
  catalogueEntryStatus,
  type CatalogueDatasetFacts,
  type CatalogueEntryStatus,
  type CatalogueLate,
  type CatalogueMissing,
  type CatalogueState,
} from './rules/catalogue-status.js';
export { publishedTimesFor, stepsExceedPublished, timeLimitText, type PublishedTimes } from './helpers/time-limits.js';
export {
  DEFAULT_EXPECTED,
  DEFAULT_MAX_AGE,
  missingKinds,
  publisherStatus,
  staleAge,
  staleDatasets,
  type DatasetFacts,
  type Stale,
} from './rules/freshness.js';
