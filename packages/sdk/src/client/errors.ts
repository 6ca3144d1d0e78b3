/** The one error the client throws: which URL, what went wrong, and the validation issues if any. */
import type { LocalizedText } from '../model/common.js';
import type { ValidationIssue } from '../validate/issue.js';
import { formatIssue } from '../validate/format-issue.js';

export type FeedErrorReason =
  'network' | 'timeout' | 'http' | 'json' | 'too-large' | 'integrity' | 'schema' | 'not-in-feed';

export interface FeedErrorDetails {
  status?: number;
  issues?: ValidationIssue[];
  cause?: unknown;
  /** Detail for the message, e.g. the JSON parser's complaint. */
  detail?: string;
  /** Not in the feed: the kind of the dataset that has the id asked for, when one has it. */
  found?: string;
  /** Not in the feed: the ids the feed does have of the kinds asked for. */
  available?: readonly string[];
}

/** A few ids, then how many more: enough to spot a typo, never a wall of text. */
const someIds = (ids: readonly string[], sep: string, more: (n: number) => string) =>
  ids.slice(0, 8).join(sep) + (ids.length > 8 ? more(ids.length - 8) : '');

const TEXT: Record<FeedErrorReason, (url: string, d: FeedErrorDetails) => LocalizedText> = {
  network: (url) => ({
    'zh-CN': `无法连接到 ${url}，请检查网络或地址`,
    en: `could not reach ${url}: check the network or the address`,
  }),
  timeout: (url) => ({ 'zh-CN': `读取 ${url} 超时`, en: `timed out reading ${url}` }),
  http: (url, d) => {
    // A src that names a web page or a spreadsheet is read as a feed folder: say what it should name.
    const page =
      d.status === 404 ? /\/([^/]+\.(?:s?html?|php|aspx?|jsp|xlsx?|csv|docx?|pdf))\/manifest\.json$/i.exec(url) : null;
    const zh = page
      ? `（src 指向的是文件 ${page[1]}，不是数据源：请填数据源文件夹（含 manifest.json）或一个 .json 数据文件的地址）`
      : '（文件不存在，请检查地址）';
    const en = page
      ? ` (src names the file ${page[1]}, not a feed: give the feed's folder, with its manifest.json, or a .json dataset file)`
      : ' (no such file: check the address)';
    return {
      'zh-CN': `读取 ${url} 失败：服务器返回 HTTP ${d.status}${d.status === 404 ? zh : ''}`,
      en: `reading ${url} failed: the server answered HTTP ${d.status}${d.status === 404 ? en : ''}`,
    };
  },
  json: (url, d) => ({ 'zh-CN': `${url} 不是有效的 JSON：${d.detail}`, en: `${url} is not valid JSON: ${d.detail}` }),
  'too-large': (url, d) => ({ 'zh-CN': `${url} 过大（${d.detail}）`, en: `${url} is too large (${d.detail})` }),
  integrity: (url, d) => ({
    'zh-CN': `${url} 的内容与清单所列 sha256 不符（${d.detail}），可能被篡改或仍在上传，已拒收`,
    en: `${url} does not match the sha256 in the manifest (${d.detail}): tampered or still uploading; refused`,
  }),
  schema: (url, d) => ({
    'zh-CN': `${url} 的数据不符合规范（${d.issues?.length ?? 0} 处问题）：${d.issues
      ?.slice(0, 3)
      .map((i) => formatIssue(i, 'zh-CN'))
      .join('；')}`,
    en: `${url} does not match the data model (${d.issues?.length ?? 0} issues): ${d.issues
      ?.slice(0, 3)
      .map((i) => formatIssue(i, 'en'))
      .join('; ')}`,
  }),
  'not-in-feed': (url, d) => ({
    'zh-CN':
      `数据源 ${url} 中没有 ${d.detail}` +
      (d.found ? `（同名的是 ${d.found} 数据，请换用显示它的组件）` : '') +
      (d.available?.length ? `；现有：${someIds(d.available, '、', (n) => ` 等 ${n} 个`)}` : ''),
    en:
      `the feed ${url} has no ${d.detail}` +
      (d.found ? ` (the dataset of that id is a ${d.found}: use the element that shows it)` : '') +
      (d.available?.length ? `; it has: ${someIds(d.available, ', ', (n) => ` and ${n} more`)}` : ''),
  }),
};

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly reason: FeedErrorReason;
  readonly url: string;
  readonly status?: number;
  readonly issues: ValidationIssue[];
  readonly #details: FeedErrorDetails;

  constructor(reason: FeedErrorReason, url: string, details: FeedErrorDetails = {}) {
    super(TEXT[reason](url, details).en, { cause: details.cause });
    this.reason = reason;
    this.url = url;
    this.status = details.status;
    this.issues = details.issues ?? [];
    this.#details = details;
  }

  /**
   * The same message in zh-CN and en, for people; worded when read, since a schema error's issues
   * may get their messages (`loadMessages()`) after it was thrown.
   */
  get text(): LocalizedText {
    return TEXT[this.reason](this.url, this.#details);
  }
}
