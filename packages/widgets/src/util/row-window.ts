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

export class RowWindow {
  private measured = new Map<string, number>();
  private sum = 0;
  private keys: readonly string[] = [];
  private offsets = new Float64Array(1);
  private dirty = true;

  constructor(private readonly fallbackHeight = 44) {}

  setKeys(keys: readonly string[]): void {
    if (keys !== this.keys) {
      this.keys = keys;
      this.dirty = true;
    }
  }

  /** Records a rendered row's height; true if it changed. */
  measure(key: string, height: number): boolean {
    const old = this.measured.get(key);
    if (old === height || height <= 0) return false;
    this.sum += height - (old ?? 0);
    this.measured.set(key, height);
    this.dirty = true;
    return true;
  }

  private estimate(): number {
    return this.measured.size ? this.sum / this.measured.size : this.fallbackHeight;
  }

  private layout(): Float64Array {
    if (this.dirty) {
      const est = this.estimate();
      const n = this.keys.length;
      if (this.offsets.length !== n + 1) this.offsets = new Float64Array(n + 1);
      for (let i = 0; i < n; i++) this.offsets[i + 1] = this.offsets[i]! + (this.measured.get(this.keys[i]!) ?? est);
      this.dirty = false;
    }
    return this.offsets;
  }

  /** Offset of the top of row `i` from the top of the first row. */
  offsetOf(i: number): number {
    return this.layout()[Math.max(0, Math.min(i, this.keys.length))]!;
  }

  heightOf(i: number): number {
    const o = this.layout();
    return o[i + 1]! - o[i]!;
  }

  totalHeight(): number {
    return this.offsetOf(this.keys.length);
  }

  /** Rows that intersect [scrollTop, scrollTop + viewport], plus `overscan` rows each side. */
  range(scrollTop: number, viewport: number, overscan = 6): WindowRange {
    const o = this.layout();
    const n = this.keys.length;
    const find = (y: number) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (o[mid + 1]! <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const start = Math.max(0, find(scrollTop) - overscan);
    const end = Math.min(n, find(scrollTop + viewport) + 1 + overscan);
    return { start, end, top: o[start]!, bottom: o[n]! - o[end]! };
  }
}
