/**
 * Which field each column of a table is, through the header dictionary — and, for every column
 * that is none, why, so that nothing printed is dropped without a line in the report.
 */
import type { AmountUnit } from '@gongkai/sdk';
import { matchHeading, normalHeading, type FieldWords, type TableKind } from './header-dictionary.js';
import type { Column, TableRegion } from './regions.js';
import { sheetIssue, type SheetIssue } from './sheet-issue.js';

export interface MappedColumn extends Column {
  entry: FieldWords;
}

export interface ColumnMap {
  /** field → its column (the first one printed, when two say the same). */
  fields: Map<string, MappedColumn>;
  /** One line per column, hidden ones included, in sheet order. */
  accounts: SheetIssue[];
}

/** Fields whose column is read into the notes rather than a field of its own. */
const INTO_NOTES = new Set(['target']);

export function mapColumns(table: TableRegion, kind: TableKind): ColumnMap {
  const fields = new Map<string, MappedColumn>();
  const lines: { index: number; issue: SheetIssue }[] = [];
  const place = (c: Column) => ({
    sheet: table.sheet,
    ...(table.number > 1 ? { table: table.number } : {}),
    column: c.letter,
    ...(c.path.length ? { header: c.path.join('/') } : {}),
  });
  for (const c of table.columns) {
    const words = normalHeading(c.path.at(-1) ?? '');
    if (/^(栏次|行次|栏号)$/.test(words)) {
      lines.push({ index: c.index, issue: sheetIssue(place(c), 'import_column_numbering', {}, 'warning') });
      continue;
    }
    const hasContent = table.rows.some((r) => (r.cells[c.index]?.kind ?? 'blank') !== 'blank');
    if (!c.path.length && !hasContent) {
      lines.push({ index: c.index, issue: sheetIssue(place(c), 'import_column_empty', {}, 'warning') });
      continue;
    }
    const match = c.path.length ? matchHeading(c.path, kind) : undefined;
    if (!match) {
      lines.push({
        index: c.index,
        issue: sheetIssue(place(c), 'import_column_unknown', { header: c.path.join('/') || '（无表头）' }, 'warning'),
      });
      continue;
    }
    const names = { field_zh: match.entry.zh, field_en: match.entry.en };
    const taken = fields.get(match.entry.field);
    if (taken) {
      lines.push({
        index: c.index,
        issue: sheetIssue(place(c), 'import_column_duplicate', { ...names, other: taken.letter }, 'warning'),
      });
      continue;
    }
    const unit: AmountUnit | undefined = match.unit ?? c.unit;
    fields.set(match.entry.field, { ...c, entry: match.entry, ...(unit ? { unit } : {}) });
    const into = INTO_NOTES.has(match.entry.field)
      ? { field_zh: `备注（${match.entry.zh}）`, field_en: `notes (${match.entry.en})` }
      : names;
    lines.push({ index: c.index, issue: sheetIssue(place(c), 'import_column_read', into, 'warning') });
  }
  for (const c of table.hiddenColumns)
    lines.push({ index: c.index, issue: sheetIssue(place(c), 'import_column_hidden', {}, 'warning') });
  lines.sort((a, b) => a.index - b.index);
  return { fields, accounts: lines.map((l) => l.issue) };
}
