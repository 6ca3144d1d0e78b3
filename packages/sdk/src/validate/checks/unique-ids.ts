import type { IssueList, PathSegment } from '../issue.js';

/**
 * Records referred to by id must not share one: a reference would be ambiguous. Fed one record at a
 * time (a long list is checked a slice at a time), it reports each repeat with the first one's place.
 */
export class UniqueIds {
  /** id → 1 + index of the first record with it */
  private readonly first = new Map<string, number>();

  constructor(
    private readonly at: readonly PathSegment[],
    private readonly out: IssueList,
  ) {}

  add(id: string, index: number): void {
    const prev = this.first.get(id);
    if (prev !== undefined) this.out.error([...this.at, index, 'id'], 'duplicate_id', { id, first: prev });
    else this.first.set(id, index + 1);
  }
}

/** Every record of a list, at once. */
export function checkUniqueIds(records: readonly { id: string }[], at: string, out: IssueList): void {
  const ids = new UniqueIds([at], out);
  records.forEach((r, i) => ids.add(r.id, i));
}
