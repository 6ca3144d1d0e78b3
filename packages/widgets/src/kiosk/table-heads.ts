/**
 * Column heads on every page of a paged table. A page that starts inside a table (the page before
 * ended between two of its rows) starts a head's height above its first row, and the table's own
 * <thead> is drawn there, over the end of the row above it that the page before showed whole. The
 * head is the real one (shifted, not a copy), so it keeps its widget's styles and column widths.
 */

export interface TableHead {
  el: HTMLElement;
  /** Offsets of the head's top and bottom, and of the table's bottom, within the paged content. */
  top: number;
  bottom: number;
  tableBottom: number;
}

/** False for a head kept only for screen readers (a table shown as cards, each value under its label). */
export function drawn(head: HTMLElement): boolean {
  const s = getComputedStyle(head);
  return s.clipPath === 'none' && s.display !== 'none' && head.getBoundingClientRect().height > 1;
}

/** The drawn <thead> of every table in `root` (through open shadow roots), in content offsets. */
export function tableHeads(root: Element, base: number): TableHead[] {
  const out: TableHead[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'thead' && el instanceof HTMLElement && drawn(el)) {
        const r = el.getBoundingClientRect();
        const table = el.closest('table')?.getBoundingClientRect();
        if (r.height > 0 && table)
          out.push({ el, top: r.top - base, bottom: r.bottom - base, tableBottom: table.bottom - base });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The head to repeat on a page that follows a page ending at `end`, if `end` falls between a table's rows. */
export function headAcross(heads: TableHead[], end: number): TableHead | undefined {
  return heads.find((h) => h.bottom <= end + 0.5 && end < h.tableBottom - 0.5);
}

const shifted = new WeakMap<HTMLElement, HTMLElement>();

/** Puts back the head a viewport had shifted (before a page count, which measures where things are). */
export function clearHead(viewport: HTMLElement): void {
  const el = shifted.get(viewport);
  if (!el) return;
  el.style.removeProperty('transform');
  el.style.removeProperty('position');
  el.style.removeProperty('z-index');
  el.style.removeProperty('background');
  shifted.delete(viewport);
}

/** Scrolls `viewport` to a page and draws its repeated head, if it has one, at the page's top. */
export function showPage(viewport: HTMLElement, page: { start: number; head?: TableHead }): void {
  clearHead(viewport);
  viewport.scrollTop = page.start;
  const head = page.head;
  if (!head) return;
  head.el.style.setProperty('transform', `translateY(${page.start - head.top}px)`);
  head.el.style.setProperty('position', 'relative');
  head.el.style.setProperty('z-index', '1');
  // Opaque: it covers the foot of the row the page before showed whole.
  head.el.style.setProperty('background', 'var(--_bg, #fff)');
  shifted.set(viewport, head.el);
}
