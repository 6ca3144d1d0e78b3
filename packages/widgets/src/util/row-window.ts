/**
 * Windowing for long tables: which rows to render for a scroll position. Rows may differ in height
 * (wrapped text, card layout), so heights are measured as rows render and unmeasured rows are
 * estimated from the average. Heights are keyed by row key, so they survive filtering and sorting.
 */
export interface WindowRange {
  start: number;
  end: number;
  /** Height of the rows above and below the window, for spacer rows. */
  top: number;
  bottom: number;
}

/** The rows' keys: an array, or a list that names row i when asked (a long list's rows made as rendered). */
export type RowKeys = readonly string[] | { readonly length: number; key(i: number): string };

export class RowWindow {
  private measured = new Map<string, number>();
  private sum = 0;
  private keys: RowKeys = [];
  private keyAt: (i: number) => string = () => '';
  private offsets = new Float64Array(1);
  /**
   * offsets[0..laidOut] are laid out for the current keys; rows below are estimated. A window near
   * the top of 300,000 rows (every new search) lays out a screenful, not the whole list.
   */
  private laidOut = 0;
  /** The row height assumed for unmeasured rows while laying out (the average of measured ones). */
  private est: number;

  constructor(private readonly fallbackHeight = 44) {
    this.est = fallbackHeight;
  }

  setKeys(keys: RowKeys): void {
    if (keys !== this.keys) {
      this.keys = keys;
      this.keyAt = 'key' in keys ? (i) => keys.key(i) : (i) => keys[i]!;
      if (this.offsets.length !== keys.length + 1) this.offsets = new Float64Array(keys.length + 1);
      this.laidOut = 0;
    }
  }

  /** Records a rendered row's height; true if it changed. */
  measure(key: string, height: number): boolean {
    const old = this.measured.get(key);
    if (old === height || height <= 0) return false;
    this.sum += height - (old ?? 0);
    this.measured.set(key, height);
    this.laidOut = 0;
    return true;
  }

  private estimate(): number {
    return this.measured.size ? this.sum / this.measured.size : this.fallbackHeight;
  }

  /** Lays out rows up to `i` (offsets[0..i] exact). */
  private layOutTo(i: number): void {
    const end = Math.max(0, Math.min(i, this.keys.length));
    if (end <= this.laidOut) return;
    if (this.laidOut === 0) this.est = this.estimate();
    const o = this.offsets;
    for (let k = this.laidOut; k < end; k++) o[k + 1] = o[k]! + (this.measured.get(this.keyAt(k)) ?? this.est);
    this.laidOut = end;
  }

  /** Offset of the top of row `i` from the top of the first row. */
  offsetOf(i: number): number {
    const at = Math.max(0, Math.min(i, this.keys.length));
    this.layOutTo(at);
    return this.offsets[at]!;
  }

  heightOf(i: number): number {
    return this.offsetOf(i + 1) - this.offsetOf(i);
  }

  /** Every row's height: laid out as far as needed so far, the rest estimated. */
  totalHeight(): number {
    return this.offsets[this.laidOut]! + (this.keys.length - this.laidOut) * this.est;
  }

  /** Rows that intersect [scrollTop, scrollTop + viewport], plus `overscan` rows each side. */
  range(scrollTop: number, viewport: number, overscan = 6): WindowRange {
    const n = this.keys.length;
    const bottomEdge = scrollTop + viewport;
    // Lay out until past the viewport's bottom edge, 256 rows at a time.
    while (this.laidOut < n && this.offsets[this.laidOut]! <= bottomEdge) this.layOutTo(this.laidOut + 256);
    const o = this.offsets;
    const find = (y: number) => {
      let lo = 0;
      let hi = this.laidOut;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (o[mid + 1]! <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = Math.max(0, find(scrollTop) - overscan);
    const end = Math.min(n, find(bottomEdge) + 1 + overscan);
    this.layOutTo(end);
    return { start, end, top: o[start]!, bottom: this.totalHeight() - o[end]! };
  }
}
