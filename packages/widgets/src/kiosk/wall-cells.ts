/**
 * A split wall (幕墙: LED walls, several TVs side by side): `layout="2x1|1x2|2x2"` shows as many
 * panels at once, each cell with its own panels (panel i goes to cell i mod cells), each paging and
 * rotating on its own clock. The kiosk keeps one of these per cell.
 */
import { paginate, type Page } from './pages.js';
import { clearHead, showPage } from './table-heads.js';

export type WallLayout = '' | '2x1' | '1x2' | '2x2';

/** How many cells a layout has: columns × rows. */
export function cellCount(layout: WallLayout): number {
  if (!layout) return 1;
  const [c, r] = layout.split('x').map(Number);
  return (c ?? 1) * (r ?? 1);
}

export class WallCell {
  /** Position in this cell's own list of panels. */
  at = 0;
  page = 0;
  pages: Page[] = [{ start: 0, height: 0 }];
  private onPage = 0;

  constructor(
    readonly index: number,
    /** The indices (in the kiosk's children) of the panels this cell shows in turn. */
    public panels: number[],
  ) {}

  /** The kiosk child index of the panel on screen in this cell. */
  get panel(): number | undefined {
    return this.panels.length ? this.panels[this.at % this.panels.length] : undefined;
  }

  /** Counts the pages of `panel` in `viewport` again, staying on the page that held the top. */
  repaginate(panel: Element, viewport: HTMLElement): void {
    const keep = this.pages[this.page]?.start ?? 0;
    clearHead(viewport);
    viewport.scrollTop = 0;
    const rect = viewport.getBoundingClientRect();
    this.pages = paginate(panel, { top: rect.top, height: viewport.clientHeight, scrollTop: 0 });
    let at = 0;
    this.pages.forEach((p, i) => (p.start <= keep + 0.5 ? (at = i) : undefined));
    this.page = at;
    showPage(viewport, this.pages[at]!);
  }

  goToPage(i: number, viewport?: HTMLElement): void {
    this.page = Math.max(0, Math.min(i, this.pages.length - 1));
    this.onPage = 0;
    if (viewport) showPage(viewport, this.pages[this.page]!);
  }

  /**
   * Moves this cell's clock on by `ms`: the next page after its share of the dwell (`minPage`
   * seconds at least), the next panel after the last page. Returns true when the panel changed.
   */
  advance(ms: number, dwell: number, minPage: number, viewport?: HTMLElement): boolean {
    this.onPage += ms;
    const n = this.pages.length;
    const pageTime = (n > 1 ? Math.max(minPage, dwell / n) : dwell) * 1000;
    if (this.onPage < pageTime) return false;
    if (this.page < n - 1) {
      this.goToPage(this.page + 1, viewport);
      return false;
    }
    this.at = (this.at + 1) % Math.max(1, this.panels.length);
    this.pages = [{ start: 0, height: viewport?.clientHeight ?? 0 }];
    this.goToPage(0, viewport);
    return true;
  }
}
