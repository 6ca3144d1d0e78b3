/** The feed manifest: who publishes, when, and which dataset files make up the feed. */
import * as z from 'zod/v4/mini';
import { FeedUrl, HttpUrl, Id, ModelVersion, Text, Updated, Year } from './common.js';

/** Dataset kinds this version understands. A manifest may list others; they are kept and warned about. */
export const DATASET_KINDS = [
  'budget',
  'final-account',
  'three-public',
  'fee-list',
  'service-guide',
  'process',
  'power-list',
  'results',
  'service-rules',
  'supervision',
  'annual-report',
  'request-guide',
  'disclosure-catalogue',
] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, Z, S, V. */
export const CreditCode = z
  .string()
  .check(z.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, { error: 'credit_code' }));
/** 行政区划代码: 6 digits (county and up), 9 or 12 for townships and villages. */
export const RegionCode = z.string().check(z.regex(/^(?:\d{6}|\d{9}|\d{12})$/, { error: 'region_code' }));

/**
 * The government website (政府网站) pages made from the feed belong to: 网站名称, 域名 and 网站标识码,
 * written into those pages as the government website page metadata (SiteName, SiteDomain, SiteIDCode).
 */
export const GovSite = z.object({
  name: Text,
  domain: z.string().check(z.regex(/^(?=.{4,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i, { error: 'site_domain' })),
  /** 政府网站标识码: 10 letters and digits, as issued with the site's registration. */
  idCode: z.optional(z.string().check(z.regex(/^[A-Za-z0-9]{10}$/, { error: 'site_id_code' }))),
});
export type GovSite = z.infer<typeof GovSite>;

export const Publisher = z.object({
  name: Text,
  /**
   * 统一社会信用代码 (18 characters): how a platform tells publishers apart. Optional, as a feed
   * written before it was in the model has none.
   */
  creditCode: z.optional(CreditCode),
  /**
   * 行政区划代码: 6 digits (county and up), 9 or 12 for townships and villages. Optional: ministries
   * and some townships have none, and none is made up.
   */
  regionCode: z.optional(RegionCode),
  department: z.optional(Text),
  /** The website its pages are published on (for page metadata); none is made up. */
  site: z.optional(GovSite),
  contact: z.optional(
    z.object({
      phone: z.optional(Text),
      email: z.optional(z.email({ error: 'email' })),
      address: z.optional(Text),
      url: z.optional(HttpUrl),
    }),
  ),
});

export const DatasetRef = z.object({
  /** A string rather than an enum so that newer kinds survive in older readers. */
  kind: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'kind' })),
  id: Id,
  title: Text,
  year: z.optional(Year),
  url: FeedUrl,
  updated: Updated,
  sha256: z.optional(z.string().check(z.regex(/^[a-f0-9]{64}$/, { error: 'sha256' }))),
});

export const Manifest = z.object({
  $schema: z.optional(z.string()),
  modelVersion: z.optional(ModelVersion),
  publisher: Publisher,
  updated: Updated,
  datasets: z.array(DatasetRef),
});

export type Publisher = z.infer<typeof Publisher>;
export type DatasetRef = z.infer<typeof DatasetRef>;
export type Manifest = z.infer<typeof Manifest>;
