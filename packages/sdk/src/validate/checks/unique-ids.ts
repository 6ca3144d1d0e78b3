import type { IssueList } from '../issue.js';

/** Records referred to by id must not share one: a reference would be ambiguous. */
export function checkUniqueIds(records: readonly { id: string }[], at: string, out: IssueList): void {
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const prev = first.get(r.id);
    if (prev !== undefined) out.error([at, i, 'id'], 'duplicate_id', { id: r.id, first: prev });
    else first.set(r.id, i + 1);
  });
}
