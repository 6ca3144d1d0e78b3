/**
 * A province or city platform (集约化平台) harvests many departments' feeds: the registry says who
 * publishes where; the harvest writes a catalogue of every dataset and a freshness and quality
 * report per publisher. These files are read by people, scripts and the platform's dashboard.
 */
import * as z from 'zod/v4/mini';
import { DateString, HttpUrl, Id, ModelVersion, Text, Updated, Year } from './common.js';
import { CreditCode, GovSite, RegionCode } from './manifest.js';

const Days = z.int({ error: 'count' }).check(z.gte(1, { error: 'count' }), z.lte(3650, { error: 'count' }));
const Kind = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'kind' }));

export const RegistryPublisher = z.object({
  creditCode: CreditCode,
  name: Text,
  /** 所属区划, as people say it ("示例县"), and its code where it has one. */
  region: z.optional(Text),
  regionCode: z.optional(RegionCode),
  /** The feed: its manifest.json, or the folder that holds it. */
  feed: HttpUrl,
  /** Kinds this publisher must publish; default the registry's `expect`. */
  expect: z.optional(z.array(Kind)),
  /** Origins (https://cdn.example.gov.cn) this publisher's datasets may also be fetched from, beside its feed's own. */
  allowOrigins: z.optional(z.array(HttpUrl)),
  /** Lets this publisher's feed resolve to loopback or private addresses (a platform's intranet, a test). */
  allowPrivateAddresses: z.optional(z.boolean()),
});

export const FreshnessRules = z.object({
  /** How old a dataset of a kind may get before it is stale, e.g. { "service-guide": 365 }. */
  maxAgeDays: z.optional(z.record(Kind, Days)),
  /** A 预算 must be public within this many days of its approval (default 20). */
  budgetDays: z.optional(Days),
  /** When each year's budgets were approved (人大批复), e.g. { "2026": "2026-01-25" }. */
  budgetApproved: z.optional(z.record(z.string().check(z.regex(/^\d{4}$/, { error: 'year' })), DateString)),
});

export const Registry = z.object({
  modelVersion: z.optional(ModelVersion),
  /** The platform's name (示例省政府网站集约化平台). */
  name: Text,
  /** The platform's website (its pages' SiteName, SiteDomain, SiteIDCode). */
  site: z.optional(GovSite),
  expect: z.optional(z.array(Kind)),
  rules: z.optional(FreshnessRules),
  /**
   * Origins every publisher's datasets may also be fetched from. Without them a dataset, and every
   * redirect on the way to it, must stay on the origin of the publisher's own feed.
   */
  allowOrigins: z.optional(z.array(HttpUrl)),
  /**
   * Loopback, link-local, private, CGNAT and unspecified addresses are refused after DNS unless this
   * is true (a platform harvesting its own intranet; the tests, on 127.0.0.1).
   */
  allowPrivateAddresses: z.optional(z.boolean()),
  publishers: z.array(RegistryPublisher),
});

/** One dataset in the aggregate's catalogue. */
export const CatalogueEntry = z.object({
  publisher: CreditCode,
  publisherName: Text,
  region: z.optional(Text),
  kind: Kind,
  id: Id,
  title: z.optional(Text),
  year: z.optional(Year),
  updated: Updated,
  /** Where it is served in the aggregate, relative to the catalogue. */
  path: z.string(),
  /** Where it was harvested from. */
  source: HttpUrl,
  sha256: z.string(),
  harvested: z.string(),
  /** `last-good`: the new copy failed, the previous good one is served (see the report). */
  state: z.enum(['current', 'last-good', 'removed'], { error: 'invalid' }),
  /** When the publisher took it out of its feed (kept, not silently deleted). */
  removed: z.optional(z.string()),
});

export const Catalogue = z.object({
  modelVersion: z.optional(ModelVersion),
  name: Text,
  harvested: z.string(),
  datasets: z.array(CatalogueEntry),
});

export const REPORT_STATUSES = ['green', 'amber', 'red'] as const;

export const PublisherReport = z.object({
  creditCode: CreditCode,
  name: Text,
  region: z.optional(Text),
  feed: HttpUrl,
  status: z.enum(REPORT_STATUSES, { error: 'invalid' }),
  /** The manifest's own date; null when unknown or never read. */
  lastUpdated: Updated,
  lastHarvested: z.string(),
  datasets: z.int(),
  errors: z.int(),
  warnings: z.int(),
  /** What went wrong, in words, per dataset (or the feed as a whole). */
  problems: z.array(
    z.object({
      dataset: z.optional(Id),
      severity: z.enum(['error', 'warning'], { error: 'invalid' }),
      code: z.string(),
      message: z.string(),
    }),
  ),
  missingKinds: z.array(Kind),
  stale: z.array(
    z.object({ dataset: z.optional(Id), kind: Kind, updated: Updated, ageDays: z.nullable(z.int()), rule: z.string() }),
  ),
  /** Datasets served from their last good copy because the new one failed. */
  lastGood: z.array(Id),
  removed: z.array(Id),
  /**
   * The publisher's 政务公开事项标准目录 against what it publishes, when its feed has one: entries
   * published, linked to nothing, and late (as of the harvest).
   */
  catalogue: z.optional(z.object({ published: z.int(), unlinked: z.int(), late: z.int() })),
  /** Requests answered 304 Not Modified / fetched anew / failed. */
  requests: z.object({ notModified: z.int(), fetched: z.int(), failed: z.int() }),
});

export const HarvestReport = z.object({
  modelVersion: z.optional(ModelVersion),
  name: Text,
  harvested: z.string(),
  publishers: z.array(PublisherReport),
});

export type RegistryPublisher = z.infer<typeof RegistryPublisher>;
export type FreshnessRules = z.infer<typeof FreshnessRules>;
export type Registry = z.infer<typeof Registry>;
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;
export type Catalogue = z.infer<typeof Catalogue>;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type PublisherReport = z.infer<typeof PublisherReport>;
export type HarvestReport = z.infer<typeof HarvestReport>;
