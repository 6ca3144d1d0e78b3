/**
 * How a cited document reads in a list: 《标题》（文号）第二十四条 — or, cited by its 文号 alone,
 * the 文号 as printed, never wrapped in 《》 as if it were a title.
 */
import type { DocumentRef } from '../model/common.js';

export function documentLabel(d: DocumentRef): string {
  if (d.title === undefined) return `${d.number ?? ''}${d.article ?? ''}`;
  const title = `《${d.title.replace(/^《|》$/g, '')}》`;
  return `${title}${d.number ? `（${d.number}）` : ''}${d.article ?? ''}`;
}
