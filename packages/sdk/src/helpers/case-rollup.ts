/**
 * A unit's 依申请公开 case log rolled up into its annual report's table 3. A case's outcome code is
 * exactly a row of table 3 (`disclosed`, `withheld.thirdParty`, `otherHandling.feeUnpaid`, …), so
 * the table is counted, never typed: 本年新收, 上年结转, the results of cases closed in the year, and
 * 结转下年度 for cases still open at its end. The identities of the format then hold by construction.
 */
import {
  APPLICANT_COLUMNS,
  RESULT_GROUPS,
  type ApplicantColumn,
  type ApplicantRow,
  type ResultGroup,
  type Table3,
} from '../model/annual-report.js';

/** Table 3's result rows as outcome codes. */
export type OutcomeCode =
  'disclosed' | 'partlyDisclosed' | { [G in ResultGroup]: `${G}.${(typeof RESULT_GROUPS)[G][number]}` }[ResultGroup];

export interface Case {
  /** Date of receipt (第三十一条), YYYY-MM-DD. */
  received: string;
  applicant: Exclude<ApplicantColumn, 'total'>;
  /** The reply's date and outcome; absent while the case is open. */
  closed?: { date: string; outcome: OutcomeCode };
}

export const OUTCOME_CODES: readonly OutcomeCode[] = [
  'disclosed',
  'partlyDisclosed',
  ...(Object.keys(RESULT_GROUPS) as ResultGroup[]).flatMap((g) =>
    RESULT_GROUPS[g].map((r) => `${g}.${r}` as OutcomeCode),
  ),
];

const zeros = (): ApplicantRow => [0, 0, 0, 0, 0, 0, 0];

/** Table 3 of `year` from the log (cases of every year; those outside it count only as carried). */
export function rollUpCases(cases: readonly Case[], year: number): Table3 {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const group = (g: ResultGroup) =>
    Object.fromEntries(RESULT_GROUPS[g].map((r) => [r, zeros()])) as unknown as Table3['results'][ResultGroup];
  const t: Table3 = {
    received: zeros(),
    carriedOver: zeros(),
    results: {
      disclosed: zeros(),
      partlyDisclosed: zeros(),
      withheld: group('withheld') as Table3['results']['withheld'],
      unavailable: group('unavailable') as Table3['results']['unavailable'],
      notProcessed: group('notProcessed') as Table3['results']['notProcessed'],
      otherHandling: group('otherHandling') as Table3['results']['otherHandling'],
      total: zeros(),
    },
    carriedForward: zeros(),
  };
  const add = (row: ApplicantRow, col: number) => {
    row[col] = (row[col] as number) + 1;
    row[6] = (row[6] as number) + 1;
  };
  for (const c of cases) {
    const col = APPLICANT_COLUMNS.indexOf(c.applicant);
    if (col < 0 || col > 5) throw new RangeError(`unknown applicant column: ${String(c.applicant)}`);
    if (c.received > end) continue;
    if (c.closed && c.closed.date < start) continue; // closed before the year: not in this report
    if (c.received >= start) add(t.received, col);
    else add(t.carriedOver, col);
    if (!c.closed || c.closed.date > end) {
      add(t.carriedForward, col);
      continue;
    }
    const [g, r] = c.closed.outcome.split('.') as [string, string | undefined];
    const results = t.results as unknown as Record<string, ApplicantRow | Record<string, ApplicantRow>>;
    const row = r === undefined ? (results[g] as ApplicantRow) : (results[g] as Record<string, ApplicantRow>)[r];
    if (!row) throw new RangeError(`unknown outcome code: ${c.closed.outcome}`);
    add(row, col);
    add(t.results.total, col);
  }
  return t;
}
