/**
 * A cell that cites documents, as real tables print it: several documents separated by newlines,
 * semicolons or commas; each 《标题》（文号）第N条：内容, or a bare 文号 with no title (kept as a
 * 文号, never passed off as a title).
 */
import type { DocumentRef } from '@gongkai/sdk';

/** A 文号: 发改价格〔2003〕2322号, 财税[2019]45号, 国务院令第258号, 劳动和社会保障部令第28号. */
const DOC_NUMBER = /^[^《》\s]{0,30}(?:[〔[［(（]\d{4}[〕\]］)）]\s*\d+\s*号|令?第\s*\d+\s*号)$/;

export function isDocumentNumber(text: string): boolean {
  return DOC_NUMBER.test(text.trim());
}

/** One citation: 《标题》（文号）第N条[第N款]：内容; or a bare 文号; anything else is a title. */
export function parseBasisLine(line: string): DocumentRef {
  const text = line.trim();
  if (isDocumentNumber(text)) return { number: text };
  const m = text.match(/^《(.+?)》\s*(?:[（(]([^）)]*)[）)])?\s*(第[^：:，,。\s]*?[条款项])?\s*[：:]?\s*(.*)$/s);
  if (!m) return { title: text };
  const [, title, number, article, excerpt] = m;
  return {
    title: title!,
    ...(number ? { number } : {}),
    ...(article ? { article } : {}),
    ...(excerpt?.trim() ? { excerpt: excerpt.trim() } : {}),
  };
}

/**
 * Splits a cell into its citations: at newlines and semicolons, and at a comma or 、 that is followed
 * by the next 《title》 or 文号 (a comma inside one citation's text stays).
 */
export function splitDocuments(text: string): string[] {
  return text
    .split(/[\n；;]+|[，,、](?=\s*(?:《|[^\s，,、《》]{0,30}[〔[［]\d{4}[〕\]］]))/)
    .map((p) => p.trim().replace(/^(?:\d+[.、．)）]|[（(]\d+[)）])\s*/, ''))
    .filter(Boolean);
}

export const parseDocuments = (text: string): DocumentRef[] => splitDocuments(text).map(parseBasisLine);
