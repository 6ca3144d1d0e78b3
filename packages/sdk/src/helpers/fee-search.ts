/**
 * Fee search for the public: a fee's name by text, pinyin and initials ("bdc" finds 不动产登记费),
 * and its department, notes, exemptions, standard ("80" finds 80 元/件) and basis by text.
 */
import type { Fee } from '../model/fees.js';
import { formatFeeStandard } from './fee-standard.js';
import { createTextSearch, type TextMatch, type TextSearchOptions } from './text-search.js';

export interface FeeMatch {
  fee: Fee;
  /** Higher is better: name text > name initials > name pinyin > other fields. */
  score: number;
  /** [start, end) character ranges of `fee.name` to highlight. */
  ranges: [number, number][];
}

export type FeeSearchOptions = TextSearchOptions;

export interface FeeSearch {
  search(query: string): FeeMatch[];
  /** Indexes up to `count` more fees (with `deferred`); true when every fee is indexed. */
  indexMore(count: number): boolean;
  readonly complete: boolean;
}

export function createFeeSearch(fees: readonly Fee[], options: FeeSearchOptions = {}): FeeSearch {
  const index = createTextSearch(
    fees,
    {
      name: (fee) => fee.name,
      rest: (fee) => [
        fee.department,
        fee.notes,
        fee.exemptions,
        formatFeeStandard(fee.standard),
        ...fee.basis.flatMap((b) => [b.title, b.number]),
      ],
    },
    options,
  );
  return {
    search: (query) => index.search(query).map((m) => new FeeHit(m)),
    indexMore: (count) => index.indexMore(count),
    get complete() {
      return index.complete;
    },
  };
}

/** A fee found: its ranges are the text search's, worked out only when a row is shown. */
class FeeHit implements FeeMatch {
  readonly #match: TextMatch<Fee>;
  constructor(match: TextMatch<Fee>) {
    this.#match = match;
  }
  get fee(): Fee {
    return this.#match.record;
  }
  get score(): number {
    return this.#match.score;
  }
  get ranges(): [number, number][] {
    return this.#match.ranges;
  }
}
