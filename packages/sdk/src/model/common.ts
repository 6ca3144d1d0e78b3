/**
 * Building blocks shared by every dataset kind.
 *
 * Checks carry an `error` key (see validate/messages.ts) instead of prose, so the validator can
 * give every problem one precise zh-CN and en message.
 */
import './zod-config.js';
import * as z from 'zod/v4/mini';

/** An identifier a publisher chooses: letters, digits, `-`, `_`, `.`; used in URLs and references. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, { error: 'id' }));

/**
 * Bidirectional controls (embeddings, overrides, isolates). Chinese disclosure text has no use for
 * them, and one left open reverses what is printed after it ("550 元/件" read as 055).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Trimmed, without bidi controls; one pass of checks per string (this runs for every text of a feed).
 * What `Text` keeps of a string: also for text shown before its dataset is validated.
 */
export const cleanText = (s: string) => {
  const t = s.trim();
  return BIDI_CONTROL.test(t) ? t.replace(BIDI_CONTROLS, '').trim() : t;
};

/** Human text: never empty, without bidi controls. Rendered as text, never as HTML. */
export const Text = z.string().check(z.overwrite(cleanText), z.minLength(1, { error: 'text_empty' }));

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
/** A link shown to the public: only http(s), so `javascript:` and `data:` can never become live links. */
export const HttpUrl = z.string().check(z.regex(HTTP_URL, { error: 'http_url' }));

/**
 * Where a dataset file lives: an absolute http(s) URL or a path relative to the manifest
 * (static feeds are moved between servers). Any other scheme is rejected.
 */
export const FeedUrl = z
  .string()
  .check(z.regex(/^(?:https?:\/\/[^\s/?#]+[^\s]*|(?!\/\/)[^\s:?#]+(?:\?[^\s#]*)?)$/i, { error: 'feed_url' }));

/** A calendar date, YYYY-MM-DD, that exists (no 2月30日). */
export const DateString = z.iso.date({ error: 'date' });

/** A point in time with its offset, e.g. 2026-03-01T09:00:00+08:00; a plain date is accepted too. */
export const DateTimeString = z.union([z.iso.datetime({ offset: true, error: 'datetime' }), DateString], {
  error: 'datetime',
});

export const Year = z.int({ error: 'year' }).check(z.gte(1949, { error: 'year' }), z.lte(2100, { error: 'year' }));

/**
 * The largest figure a table may print: beyond 10¹⁵ (a thousand trillion 元) a figure is a typing or
 * encoding error, and sums of such figures would leave the range of numbers.
 */
export const FIGURE_LIMIT = 1e15;

/**
 * A published amount. `null` means the cell was left blank (not reported), which is a different
 * fact from `0` (nothing spent): the two are kept apart everywhere.
 */
export const Amount = z.nullable(
  z
    .number({ error: 'amount' })
    // Beyond FIGURE_LIMIT: refused with a reason.
    .check(z.gte(0, { error: 'amount_negative' }), z.lte(FIGURE_LIMIT, { error: 'amount_too_big' })),
);

/** Units in which Chinese public finance tables state their amounts. */
export const AMOUNT_UNITS = ['元', '万元', '亿元'] as const;
export const AmountUnit = z.enum(AMOUNT_UNITS, { error: 'unit' });

/** Working days (工作日); half days occur in promised deadlines. */
export const WorkingDays = z
  .number({ error: 'days' })
  .check(z.gte(0, { error: 'days' }), z.lte(3650, { error: 'days' }));

/**
 * A legal or policy document: title, 文号, issuer, optional link, and the 条款 cited with its text.
 * Catalogues often cite a bare 文号 without its title: then `number` alone (no title is made up).
 */
export const DocumentRef = z
  .object({
    title: z.optional(Text),
    number: z.optional(Text),
    issuer: z.optional(Text),
    date: z.optional(DateString),
    url: z.optional(HttpUrl),
    /** 条款: the article cited, as printed ("第二十四条", "第三十条第一款"). */
    article: z.optional(Text),
    /** 内容: the cited article's text, as printed. */
    excerpt: z.optional(Text),
  })
  .check(z.refine((d) => d.title !== undefined || d.number !== undefined, { error: 'document_unnamed' }));

/** Every published record says where it was published. */
export const sourceField = { source: z.optional(HttpUrl) };

/**
 * The data model's version. Version 1 files (written before the field existed) carry none and still
 * validate; a file from a newer model is refused with a message that says to upgrade.
 */
export const MODEL_VERSION = 2;
export const ModelVersion = z
  .int({ error: 'model_version' })
  .check(z.gte(1, { error: 'model_version' }), z.lte(MODEL_VERSION, { error: 'model_version_newer' }));

/**
 * When the publisher last changed the data. `null` when the publication prints no date: the date is
 * then unknown, and none is made up.
 */
export const Updated = z.nullable(DateTimeString);

/** Fields every dataset file starts with. */
export const datasetHeader = {
  modelVersion: z.optional(ModelVersion),
  id: Id,
  title: z.optional(Text),
  updated: Updated,
  ...sourceField,
};

/** The languages every message and widget speaks: Chinese first, English available. */
export type Lang = 'zh-CN' | 'en';
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export type DocumentRef = z.infer<typeof DocumentRef>;
export type AmountUnit = z.infer<typeof AmountUnit>;
