/**
 * The aggregate as Parquet for analysts: one table per kind of record, each row with its
 * publisher's columns added (统一社会信用代码, name, region, dataset, year), the figures as numbers
 * (a blank stays NULL) and the whole record as JSON beside them. Written by DuckDB, which reads
 * them back too (`SELECT … FROM 'parquet/fees.parquet'`).
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFeeStandard, type CatalogueEntry } from '@gongkai/sdk';
import type { DerivedProblem } from './derived-problem.js';
import { noNotes, notesInWords, wellFormed, type TextNotes } from './derived-text.js';

type Value = string | number | null;
type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BIGINT';
type Row = Record<string, Value>;

interface Table {
  name: string;
  /** Column → DuckDB type, after the common publisher columns. */
  columns: Record<string, ColumnType>;
  rows: (data: Record<string, unknown>) => Row[];
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : []);

const COMMON = {
  publisher: 'VARCHAR',
  publisher_name: 'VARCHAR',
  region: 'VARCHAR',
  dataset: 'VARCHAR',
  year: 'INTEGER',
  updated: 'VARCHAR',
} as const;

/** Kind → its table. Kinds without one land in `other` with their JSON. */
const TABLES: Record<string, Table> = {
  budget: {
    name: 'budget_lines',
    columns: {
      department: 'VARCHAR',
      phase: 'VARCHAR',
      unit: 'VARCHAR',
      code: 'VARCHAR',
      name: 'VARCHAR',
      total: 'DOUBLE',
      basic: 'DOUBLE',
      project: 'DOUBLE',
      previous: 'DOUBLE',
    },
    rows: (d) =>
      list(d.lines).map((l) => ({
        department: str(d.department),
        phase: str(d.phase),
        unit: str(d.unit),
        code: str(l.code),
        name: str(l.name),
        total: num(l.total),
        basic: num(l.basic),
        project: num(l.project),
        previous: num(l.previous),
      })),
  },
  'three-public': {
    name: 'three_public',
    columns: {
      department: 'VARCHAR',
      unit: 'VARCHAR',
      category: 'VARCHAR',
      budget: 'DOUBLE',
      actual: 'DOUBLE',
      previous: 'DOUBLE',
      change_percent: 'DOUBLE',
    },
    rows: (d) =>
      list(d.lines).map((l) => ({
        department: str(d.department),
        unit: str(d.unit),
        category: str(l.category),
        budget: num(l.budget),
        actual: num(l.actual),
        previous: num(l.previous),
        change_percent: num((l.change as { percent?: unknown } | undefined)?.percent ?? l.publishedChangePercent),
      })),
  },
  'fee-list': {
    name: 'fees',
    columns: {
      id: 'VARCHAR',
      name: 'VARCHAR',
      department: 'VARCHAR',
      category: 'VARCHAR',
      level: 'VARCHAR',
      fund_management: 'VARCHAR',
      standard_type: 'VARCHAR',
      standard: 'VARCHAR',
      status: 'VARCHAR',
    },
    rows: (d) =>
      list(d.items).map((f) => {
        const standard = f.standard as Parameters<typeof formatFeeStandard>[0];
        return {
          id: str(f.id),
          name: str(f.name),
          department: str(f.department),
          category: str(f.category),
          level: str(f.level),
          fund_management: str(f.fundManagement),
          standard_type: str(standard?.type),
          standard: formatFeeStandard(standard),
          status: str(f.status),
        };
      }),
  },
  'power-list': {
    name: 'powers',
    columns: {
      id: 'VARCHAR',
      code: 'VARCHAR',
      name: 'VARCHAR',
      type: 'VARCHAR',
      department: 'VARCHAR',
      office: 'VARCHAR',
      status: 'VARCHAR',
    },
    rows: (d) =>
      list(d.powers).map((p) => ({
        id: str(p.id),
        code: str(p.code),
        name: str(p.name),
        type: str(p.type),
        department: str(p.department),
        office: str(p.office),
        status: str(p.status),
      })),
  },
  'service-guide': {
    name: 'guides',
    columns: {
      id: 'VARCHAR',
      code: 'VARCHAR',
      name: 'VARCHAR',
      type: 'VARCHAR',
      department: 'VARCHAR',
      legal_days: 'DOUBLE',
      promised_days: 'DOUBLE',
      // The model bounds it below only: a valid guide may say 3,000,000,000, past INTEGER's 2³¹.
      visits: 'BIGINT',
    },
    rows: (d) =>
      list(d.guides).map((g) => ({
        id: str(g.id),
        code: str(g.code),
        name: str(g.name),
        type: str(g.type),
        department: str(g.department),
        legal_days: num(g.legalDays),
        promised_days: num(g.promisedDays),
        visits: num(g.visits),
      })),
  },
};
TABLES['final-account'] = TABLES.budget!;

const OTHER: Table = { name: 'other', columns: { kind: 'VARCHAR' }, rows: () => [{}] };

/** Why `v` does not fit a column of `type` (one such value makes DuckDB refuse the whole table). */
function misfit(v: Value, type: ColumnType): string | undefined {
  if (v === null || typeof v === 'string') return type === 'VARCHAR' || v === null ? undefined : '不是数字';
  if (!Number.isFinite(v)) return '不是有限的数';
  if (type === 'INTEGER' && !(Number.isInteger(v) && Math.abs(v) < 2 ** 31)) return '超出 INTEGER 范围（±2³¹）';
  if (type === 'BIGINT' && !Number.isSafeInteger(v)) return '超出整数的安全范围（±2⁵³）';
  return undefined;
}

/** A row as its table takes it: text well-formed; throws with the column and value that do not fit. */
function fitted(row: Row, types: Record<string, ColumnType>, notes: TextNotes): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    const why = misfit(v, types[k] ?? 'VARCHAR');
    if (why) throw new Error(`字段 ${k} 的值 ${String(v).slice(0, 40)} ${why}`);
    out[k] = typeof v === 'string' ? wellFormed(v, notes) : v;
  }
  return out;
}

/**
 * Writes parquet/<table>.parquet into `dir` from the datasets the catalogue serves. The rows go to
 * newline-delimited JSON on disk first, a dataset at a time, so memory does not grow with the
 * province; DuckDB then converts each file within a set memory limit.
 */
export async function writeParquet(
  dir: string,
  entries: readonly CatalogueEntry[],
  readDataset: (e: CatalogueEntry) => Promise<Record<string, unknown>>,
): Promise<{ written: string[]; problems: DerivedProblem[] }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const sources = new Map<Table, FileHandle>();
  /** Publishers with rows in each table: told when their table cannot be written. */
  const publishers = new Map<Table, Set<string>>();
  const problems: DerivedProblem[] = [];
  const report = (e: CatalogueEntry, severity: 'error' | 'warning', message: string) =>
    problems.push({ publisher: e.publisher, problem: { dataset: e.id, severity, code: 'parquet', message } });
  try {
    for (const e of entries) {
      if (e.state === 'removed') continue;
      const table = TABLES[e.kind] ?? OTHER;
      const types = { ...COMMON, ...table.columns } as Record<string, ColumnType>;
      const notes = noNotes();
      let rows: string[];
      // A dataset whose rows do not fit is left out of its table alone, and reported.
      try {
        const data = await readDataset(e);
        const common: Row = {
          publisher: e.publisher,
          publisher_name: e.publisherName,
          region: e.region ?? null,
          dataset: e.id,
          year: e.year ?? num(data.year),
          updated: e.updated,
        };
        rows = table
          .rows(data)
          .map((row) =>
            JSON.stringify(fitted({ ...common, ...(table === OTHER ? { kind: e.kind } : row) }, types, notes)),
          );
      } catch (err) {
        report(e, 'error', `未导出到 Parquet 表 ${table.name}：${(err as Error).message}`);
        continue;
      }
      for (const message of notesInWords(notes, `Parquet 表 ${table.name} 中`)) report(e, 'warning', message);
      if (!rows.length) continue;
      if (!publishers.has(table)) publishers.set(table, new Set());
      publishers.get(table)!.add(e.publisher);
      let file = sources.get(table);
      if (!file) sources.set(table, (file = await open(join(dir, `${table.name}.ndjson`), 'w')));
      await file.write(rows.join('\n') + '\n');
    }
  } finally {
    for (const file of sources.values()) await file.close();
  }
  const db = await DuckDBInstance.create(':memory:', { memory_limit: '256MB', threads: '2' });
  const connection = await db.connect();
  const written: string[] = [];
  try {
    for (const table of sources.keys()) {
      const source = join(dir, `${table.name}.ndjson`);
      const target = join(dir, `${table.name}.parquet`);
      const columns = Object.entries({ ...COMMON, ...table.columns })
        .map(([k, t]) => `'${k}': '${t}'`)
        .join(', ');
      // Paths are ours (the release folder), never from a feed; quotes are doubled all the same.
      const q = (p: string) => `'${p.replace(/'/g, "''")}'`;
      try {
        await connection.run(
          `COPY (SELECT * FROM read_json(${q(source)}, format = 'newline_delimited', columns = {${columns}})) ` +
            `TO ${q(target)} (FORMAT parquet, COMPRESSION zstd)`,
        );
        written.push(`${table.name}.parquet`);
      } catch (err) {
        // Rows are checked above, so this is not expected; the other tables are still written.
        const message = `Parquet 表 ${table.name} 未能写出：${(err as Error).message.slice(0, 300)}`;
        for (const publisher of publishers.get(table) ?? [])
          problems.push({ publisher, problem: { severity: 'warning', code: 'parquet', message } });
      }
      await rm(source, { force: true });
    }
  } finally {
    connection.closeSync();
    db.closeSync();
  }
  return { written, problems };
}
