/**
 * Page breaks for a hall screen. A panel taller than the screen is shown page by page, never
 * scrolled and never cut: each page ends after the last row (table row, list item, paragraph,
 * heading, chart…) that fits whole, and the next page starts with the first row that did not. What
 * lies below a page's end is masked, so a row is never seen half on one page and again on the next.
 */

import { headAcross, tableHeads, type TableHead } from './table-heads.js';

/** The smallest things a page must not cut through, in any widget's shadow tree. */
const LEAVES =
  'tr, li, p, h1, h2, h3, h4, dt, dd, summary, caption, figure, figcaption, svg, svg [data-page-unit], img, button, input, select, label, blockquote, q';
/** Leaves that name what follows them: not left at the foot of a page without it. */
const HEADINGS = 'h1, h2, h3, h4, summary, caption';
/** A heading at a page's foot moves to the next page when less than this share of the page follows it. */
const ORPHAN_SHARE = 0.25;

interface Span {
  top: number;
  bottom: number;
  heading: boolean;
}

export interface Page {
  /** Offset of the page's top within the content, in px. */
  start: number;
  /** Height of the page's visible part (≤ the screen's): below it is masked. */
  height: number;
  /** The column head drawn at the page's top: it starts inside a table the page before cut between rows. */
  head?: TableHead;
}

/** Every leaf in `root`, through open shadow roots, that is on screen (has a box). */
function leaves(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      // A chart drawn in units (a flowchart's steps, a bar chart's items: [data-page-unit]) is split
      // between them, never through one: a page is filled with the units that fit rather than
      // ended over a blank before the chart.
      if (el.matches(LEAVES) && !(el.matches('svg, figure') && el.querySelector('[data-page-unit]'))) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.matches(LEAVES)) out.push(root);
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * The pages of `content` (scrolled at `scrollTop` inside a box of `height` px whose top is at
 * `top` on screen): each page's start and visible height.
 */
export function paginate(content: Element, box: { top: number; height: number; scrollTop: number }): Page[] {
  const base = box.top - box.scrollTop; // where content offset 0 is on screen
  const spans: Span[] = [];
  for (const el of leaves(content)) {
    const r = el.getBoundingClientRect();
    if (r.height <= 0 || r.width <= 0) continue;
    spans.push({ top: r.top - base, bottom: r.bottom - base, heading: el.matches(HEADINGS) });
  }
  const total = Math.max(content.getBoundingClientRect().height, ...spans.map((s) => s.bottom), 0);
  if (total <= box.height + 1) return [{ start: 0, height: box.height }];
  spans.sort((a, b) => a.top - b.top);
  const heads = tableHeads(content, base);
  const pages: Page[] = [];
  let head: TableHead | undefined;
  for (let start = 0, guard = 0; start < total - 1 && guard < 500; guard++) {
    const limit = start + box.height;
    // The page ends where the first leaf that does not fit whole begins.
    let end = limit;
    for (const { top, bottom } of spans) {
      // A leaf taller than the screen cannot fit whole anyway: the leaves inside it decide.
      if (bottom - top > box.height) continue;
      if (bottom > limit + 0.5 && top >= start - 0.5 && top < end) end = top;
    }
    // A leaf taller than the whole screen (a big chart) cannot fit: it is shown a screen at a time.
    if (end <= start + 1) end = limit;
    else if (end < total - 1) end = keepHeadingWithNext(spans, start, end, box.height);
    pages.push({ start, height: Math.min(box.height, end - start), ...(head ? { head } : {}) });
    // The next page starts inside a table: a head's height above its first row, for the head to repeat.
    head = end < total - 1 ? headAcross(heads, end) : undefined;
    const next = head ? end - (head.bottom - head.top) : end;
    if (next <= start + 1) head = undefined;
    start = head ? next : end;
  }
  return pages;
}

/**
 * A page's end moved up to a heading when little follows it on the page (its section's chart went on
 * to the next page, say): the heading starts the next page with what it names, rather than closing
 * this one over a blank. The first such heading, so a section heading goes with the headings under
 * it. Not when that would leave the page half empty.
 */
function keepHeadingWithNext(spans: Span[], start: number, end: number, height: number): number {
  const foot = spans.find(
    (s) => s.heading && s.top > start + 1 && s.bottom <= end + 0.5 && end - s.top < height * ORPHAN_SHARE,
  );
  return foot && foot.top - start >= height / 2 ? foot.top : end;
}
