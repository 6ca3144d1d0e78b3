/**
 * The rows a fee table shows, made as they are rendered. Every fee in published order (the usual
 * first view) is read from the fee list itself, and a search's rows from its matches: 300,000 fees,
 * or a keystroke that matches 25,000 of them, make no row objects beyond the screenful on show.
 * Groups (by department) are made whole, with their headings.
 */
import type { Fee } from '@gongkai/sdk';

export type DisplayRow =
  | { type: 'fee'; key: string; fee: Fee; ranges: [number, number][] }
  | { type: 'group'; key: string; label: string; count: number };

export const NO_RANGES: [number, number][] = [];

/** A fee to show, with the characters of its name to highlight (a search match, or a fee with none). */
export interface ShownFee {
  readonly fee: Fee;
  readonly ranges: [number, number][];
}

export class RowList {
  private constructor(
    readonly length: number,
    /** Row i; i within [0, length). */
    private readonly row: (i: number) => DisplayRow,
    /** Row i's key (what its measured height is kept under). */
    readonly key: (i: number) => string,
  ) {}

  /** Rows made whole (groups with their headings). */
  static of(rows: readonly DisplayRow[]): RowList {
    return new RowList(
      rows.length,
      (i) => rows[i]!,
      (i) => rows[i]!.key,
    );
  }

  /** Every fee, in published order. */
  static allOf(fees: readonly Fee[]): RowList {
    return new RowList(
      fees.length,
      (i) => ({ type: 'fee', key: fees[i]!.id, fee: fees[i]!, ranges: NO_RANGES }),
      (i) => fees[i]!.id,
    );
  }

  /** Fees found, filtered or sorted, in the order given. */
  static shown(found: readonly ShownFee[]): RowList {
    return new RowList(
      found.length,
      (i) => ({ type: 'fee', key: found[i]!.fee.id, fee: found[i]!.fee, ranges: found[i]!.ranges }),
      (i) => found[i]!.fee.id,
    );
  }

  at(i: number): DisplayRow | undefined {
    return i >= 0 && i < this.length ? this.row(i) : undefined;
  }

  slice(start: number, end: number): DisplayRow[] {
    return Array.from({ length: Math.max(0, Math.min(end, this.length) - start) }, (_, k) => this.row(start + k));
  }
}
