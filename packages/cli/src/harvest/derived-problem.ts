/** A problem found while deriving the search index or the Parquet tables, for one publisher's report. */
import type { Problem } from './dataset.js';

export interface DerivedProblem {
  /** 统一社会信用代码 of the publisher whose dataset it is. */
  publisher: string;
  problem: Problem;
}
