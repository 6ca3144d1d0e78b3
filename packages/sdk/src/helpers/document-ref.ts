/** How a cited document reads in a list: 《标题》（文号）第二十四条. */
import type { DocumentRef } from '../model/common.js';

export function documentLabel(d: DocumentRef): string {
  const title = `《${d.title.replace(/^《|》$/g, '')}》`;
  return `${title}${d.number ? `（${d.number}）` : ''}${d.article ?? ''}`;
}
