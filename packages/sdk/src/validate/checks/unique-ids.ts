import type { IssueList } from '../issue.js';

/** Records referred to by id must not share one: a reference would be ambiguous. */
export function checkUniqueIds(
  records: readonly { id: string }[],
  at: string,
  out: IssueList,
  first = new Map<string, string>(),
): void {
  records.forEach((r, i) => {
    const where = `${at}[${i}]`;
    const prev = first.get(r.id);
    if (prev !== undefined) out.error([at, i, 'id'], 'duplicate_id', { id: r.id, first: prev });
    else first.set(r.id, where);
  });
}
