/**
 * An error in one row must not come back as false errors in others: when a row could not be read,
 * the sums above it (its 款, its 类, the 合计) would disagree only because it is missing. Those
 * issues are held back until the row is fixed.
 */
import type { ValidationIssue } from '@gongkai/sdk';

const SUM_CODES = new Set(['sum_mismatch', 'total_mismatch', 'lines_partial', 'parts_mismatch', 'change_mismatch']);

export function cascadeOf(errored: ReadonlySet<string>): (issue: ValidationIssue) => boolean {
  if (errored.size === 0) return () => false;
  const codes = [...errored];
  return (issue) => {
    if (!SUM_CODES.has(issue.code)) return false;
    if (issue.path[0] === 'total' || issue.path[0] === 'revenueTotal') return true;
    const code = issue.record?.code;
    // A row without a readable code could belong anywhere: every sum is in doubt.
    return codes.some((c) => !c || !/^\d+$/.test(c) || (code !== undefined && c.startsWith(code) && c !== code));
  };
}
