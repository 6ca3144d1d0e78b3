/** Search matches marked in a name. */
import { html, type TemplateResult } from 'lit';

/** Splits `text` into plain and <mark> parts; Lit renders both as text, never as HTML. */
export function highlight(text: string, ranges: readonly [number, number][]): TemplateResult | string {
  if (ranges.length === 0) return text;
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) parts.push(text.slice(at, from));
    parts.push(html`<mark part="mark">${text.slice(from, to)}</mark>`);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`${parts}`;
}
