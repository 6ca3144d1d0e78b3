/**
 * `gongkai import budget|three-public|fees|guides|powers|results|rules|ratings|catalogue <file>`: spreadsheet → dataset
 * JSON. Every row that cannot be understood is reported with sheet and row; the dataset is
 * validated before it is written, and nothing is written when it has errors.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  MODEL_VERSION,
  validate,
  type AmountUnit,
  type Dataset,
  type SchemaKind,
  type ValidationIssue,
} from '@gongkai/sdk';
import type { Output } from '../output.js';
import { parseBudgetBook, type Locate } from '../import/budget-book.js';
import { cascadeOf } from '../import/cascade.js';
import { parseThreePublicBook } from '../import/three-public-sheet.js';
import { parseFeeGrid } from '../import/fee-table.js';
import { importIssueText, importSeverity } from '../import/published-figures.js';
import { ENCODING_NAME } from '../import/table/csv-encoding.js';
import { readBook, type ReadBook } from '../import/table/read-grids.js';
import { sheetIssue } from '../import/table/sheet-issue.js';
import { parseGuideSheets } from '../import/guide-sheet.js';
import { parsePowerSheet } from '../import/power-sheet.js';
import { parseRatingsSheet, parseRulesSheet } from '../import/hall-sheets.js';
import { parseResultsSheet } from '../import/results-sheet.js';
import { parseCatalogueSheet } from '../import/catalogue-sheet.js';
import { RowProblems, printColumns, printProblems } from '../import/row-problems.js';
import { readSheets, type Sheet } from '../import/sheets.js';

export interface ImportOptions {
  what: 'budget' | 'three-public' | 'fees' | 'guides' | 'powers' | 'results' | 'rules' | 'ratings' | 'catalogue';
  file: string;
  out?: string;
  id?: string;
  title?: string;
  sheet?: string;
  department?: string;
  year?: number;
  phase?: 'budget' | 'adjusted' | 'final';
  unit?: AmountUnit;
  /** Materials sheet as a separate CSV, for `import guides` from CSV. */
  materials?: string;
  /** When the data was last updated, as the publisher says (--updated); a spreadsheet does not say. */
  updated?: string;
}

export async function importCommand(opts: ImportOptions, o: Output): Promise<number> {
  let sheets: Sheet[];
  // Fees are read by the table reader (printed cells, encodings); the other kinds move to it next.
  let book: ReadBook | undefined;
  try {
    if (opts.what === 'fees') {
      book = await readBook(opts.file);
      sheets = book.grids.map((g) => ({ name: g.name, rows: [] }));
    } else sheets = await readSheets(opts.file);
    if (opts.materials) sheets.push(...(await readSheets(opts.materials)).map((s) => ({ ...s, name: '材料' })));
  } catch (e) {
    o.err(o.t(`无法读取 ${opts.file}：${(e as Error).message}`, `cannot read ${opts.file}: ${(e as Error).message}`));
    return 2;
  }
  // The sheet --sheet names, else the first: what every layout but budgets and guides reads from.
  const chosen = opts.sheet ? sheets.find((s) => s.name === opts.sheet) : sheets[0];
  if (!chosen && opts.what !== 'budget' && opts.what !== 'three-public' && opts.what !== 'guides') {
    o.err(o.t(`${opts.file} 中没有名为“${opts.sheet}”的工作表`, `${opts.file} has no sheet named "${opts.sheet}"`));
    return 2;
  }
  const problems = new RowProblems();
  if (opts.what !== 'fees') reportReading(sheets, problems);
  const stem =
    basename(opts.file, extname(opts.file))
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-|-$/g, '') || opts.what;
  let dataset: Record<string, unknown>;
  let kind: SchemaKind;
  let rowOf: number[] = [];
  let sheetName: string;
  let listKey: string;

  let locate: Locate | undefined;
  /** Rows read, when more than the records of the list (a budget's other tables). */
  let rowsRead: number | undefined;
  let suppress: (issue: ValidationIssue) => boolean = () => false;

  if (opts.what === 'budget' || opts.what === 'three-public') {
    const sheet = opts.sheet ? sheets.find((s) => s.name === opts.sheet) : undefined;
    if (opts.sheet && !sheet) {
      o.err(o.t(`${opts.file} 中没有名为“${opts.sheet}”的工作表`, `${opts.file} has no sheet named "${opts.sheet}"`));
      return 2;
    }
    const read = sheet ? [sheet] : sheets;
    const progress = (row: number, of: number) =>
      o.progress(o.t(`读取第 ${row}/${of} 行…`, `reading row ${row}/${of}…`));
    if (opts.what === 'three-public') {
      const t = parseThreePublicBook(read, problems, { unit: opts.unit });
      sheetName = t.sheet;
      kind = 'three-public';
      rowOf = t.rowOf;
      listKey = 'lines';
      const year = opts.year ?? t.year;
      const department = opts.department ?? t.department;
      requireTitleFacts(problems, t.sheet, year, department);
      dataset = {
        kind,
        id: opts.id ?? `three-public-${year ?? 'year'}-${stem}`,
        ...(opts.title || t.title ? { title: opts.title ?? t.title } : {}),
        updated: opts.updated ?? null,
        department,
        year,
        unit: t.unit,
        ...(t.scope ? { scope: t.scope } : {}),
        ...(t.fund ? { fund: t.fund } : {}),
        lines: t.lines,
      };
    } else {
      const book = parseBudgetBook(read, problems, { unit: opts.unit, onRow: progress });
      sheetName = book.mainSheet;
      locate = book.locate;
      suppress = cascadeOf(book.errored);
      const phase = opts.phase ?? book.phase ?? 'budget';
      const year = opts.year ?? book.year;
      const department = opts.department ?? book.department;
      requireTitleFacts(problems, book.mainSheet, year, department);
      kind = phase === 'final' ? 'final-account' : 'budget';
      dataset = {
        kind,
        id: opts.id ?? `${phase === 'final' ? 'final' : 'budget'}-${year ?? 'year'}-${stem}`,
        // A book of several tables is the department's 预算/决算, not its first sheet.
        title:
          opts.title ??
          (book.tables && department && year
            ? `${department}${year}年部门${phase === 'final' ? '决算' : '预算'}`
            : book.title),
        // A spreadsheet does not say when it was approved or published: unknown (never today), unless
        // the publisher says so with --updated.
        updated: opts.updated ?? null,
        department,
        year,
        phase,
        unit: book.unit,
        lines: book.lines,
        ...(book.total ? { total: book.total } : {}),
        ...(book.revenue ? { revenue: book.revenue } : {}),
        ...(book.revenueTotal !== undefined ? { revenueTotal: book.revenueTotal } : {}),
        ...(book.economic ? { economic: book.economic } : {}),
        ...(book.tables ? { tables: book.tables } : {}),
      };
      listKey = 'lines';
      rowsRead = book.rowsRead;
    }
  } else if (opts.what === 'fees') {
    const grid = book!.grids.find((g) => g.name === chosen!.name)!;
    sheetName = grid.name;
    const encoding = book!.encoding && ENCODING_NAME[book!.encoding];
    if (encoding)
      problems.facts.push(
        sheetIssue(
          { sheet: grid.name },
          'import_encoding',
          { encoding_zh: encoding[0], encoding_en: encoding[1] },
          'warning',
        ),
      );
    const r = parseFeeGrid(
      grid,
      problems,
      { department: opts.department, title: opts.title },
      encoding ? { encoding: encoding[1] } : {},
    );
    kind = 'fee-list';
    rowOf = r.rowOf;
    listKey = 'items';
    dataset = {
      kind,
      id: opts.id ?? `fees-${stem}`,
      ...(opts.title ? { title: opts.title } : {}),
      updated: opts.updated ?? null,
      ...(opts.department ? { department: opts.department } : {}),
      items: r.items,
    };
  } else if (opts.what === 'results' || opts.what === 'rules' || opts.what === 'ratings') {
    const sheet = chosen!;
    sheetName = sheet.name;
    const head = {
      updated: opts.updated ?? null,
      ...(opts.department ? { department: opts.department } : {}),
    };
    if (opts.what === 'results') {
      const r = parseResultsSheet(sheet, problems);
      kind = 'results';
      rowOf = r.rowOf;
      listKey = 'results';
      dataset = {
        kind,
        id: opts.id ?? `results-${stem}`,
        ...(opts.title || r.title ? { title: opts.title ?? r.title } : {}),
        ...head,
        ...(r.publicity ? { publicity: r.publicity } : {}),
        results: r.results,
      };
    } else if (opts.what === 'rules') {
      const r = parseRulesSheet(sheet, problems);
      kind = 'service-rules';
      rowOf = r.rowOf;
      listKey = 'rules';
      dataset = {
        kind,
        id: opts.id ?? `rules-${stem}`,
        ...(opts.title ? { title: opts.title } : {}),
        ...head,
        rules: r.rules,
      };
    } else {
      const r = parseRatingsSheet(sheet, problems);
      kind = 'supervision';
      rowOf = r.rowOf;
      listKey = 'ratings';
      // The channels (phones, addresses) are not in a ratings table: the file says so, to be filled in.
      problems.warn(
        sheet.name,
        0,
        '投诉渠道（channels）不在评价表中，请在生成的文件中补充',
        'add the complaint channels to the file written',
      );
      dataset = {
        kind,
        id: opts.id ?? `supervision-${stem}`,
        ...(opts.title ? { title: opts.title } : {}),
        ...head,
        channels: [],
        ratings: r.ratings,
      };
    }
  } else if (opts.what === 'catalogue') {
    const sheet = chosen!;
    sheetName = sheet.name;
    // --department names the 领域 when the sheet's title rows do not.
    const r = parseCatalogueSheet(sheet, problems, { domain: opts.department });
    kind = 'disclosure-catalogue';
    rowOf = r.rowOf;
    listKey = 'entries';
    dataset = {
      kind,
      id: opts.id ?? `catalogue-${stem}`,
      ...(opts.title ? { title: opts.title } : {}),
      updated: opts.updated ?? null,
      entries: r.entries,
    };
  } else if (opts.what === 'powers') {
    const sheet = chosen!;
    sheetName = sheet.name;
    const r = parsePowerSheet(sheet, problems, { department: opts.department });
    kind = 'power-list';
    rowOf = r.rowOf;
    listKey = 'powers';
    const department = opts.department ?? r.department;
    dataset = {
      kind,
      id: opts.id ?? `powers-${stem}`,
      ...(opts.title ? { title: opts.title } : department ? { title: `${department}权责清单` } : {}),
      updated: opts.updated ?? null,
      ...(department ? { department } : {}),
      powers: r.powers,
    };
  } else {
    const items = sheets.find((s) => s.name === (opts.sheet ?? '事项')) ?? sheets[0]!;
    const materials = sheets.find((s) => s.name === '材料' && s !== items);
    sheetName = items.name;
    const r = parseGuideSheets(items, materials, problems);
    kind = 'service-guide';
    rowOf = r.rowOf;
    listKey = 'guides';
    dataset = {
      kind,
      id: opts.id ?? `guides-${stem}`,
      ...(opts.title ? { title: opts.title } : {}),
      updated: opts.updated ?? null,
      guides: r.guides,
    };
  }

  // Everything written says which model it was written for.
  dataset = { modelVersion: MODEL_VERSION, ...dataset };
  // Validate what would be written; report its issues against spreadsheet rows where possible.
  const v = validate(kind, dataset);
  for (const issue of v.issues) {
    if (suppress(issue)) continue;
    const { sheet, row } = locate?.(issue.path) ?? rowOfIssue(issue, listKey, rowOf, sheetName);
    // A printed total that differs from its lines is kept as published and warned (importSeverity).
    const add = importSeverity(issue) === 'error' ? problems.error.bind(problems) : problems.warn.bind(problems);
    // The sheet and row already say which record: name the field inside it.
    const inRecord = {
      ...issue,
      record: undefined,
      path: row ? issue.path.slice(issue.path[0] === 'tables' ? 4 : 2) : issue.path,
    };
    const text = importIssueText(inRecord, inRecord.path);
    add(sheet, row, text.zh, text.en);
  }
  printColumns(problems, o);
  printProblems(problems.items, o);
  const count = rowsRead ?? (dataset[listKey] as unknown[]).length;
  if (problems.errors > 0 || !v.data) {
    o.err(
      o.t(
        `✖ 有 ${problems.errors} 个错误，未写出文件。请修改表格后重新导入。`,
        `✖ ${problems.errors} errors: nothing written. Fix the spreadsheet and import again.`,
      ),
    );
    return 1;
  }
  const out = opts.out ?? `${dataset.id as string}.json`;
  await writeFile(out, JSON.stringify(v.data as Dataset, null, 2) + '\n');
  o.out(o.green(o.t(`✔ 已导入 ${count} 条 → ${out}`, `✔ imported ${count} records → ${out}`)));
  return 0;
}

/** The year and department come from the title, or from --year and --department. */
function requireTitleFacts(problems: RowProblems, sheet: string, year?: number, department?: string): void {
  if (!year) problems.error(sheet, 0, '无法从标题得出年度，请用 --year 指定', 'no year in the title: pass --year');
  if (!department)
    problems.error(
      sheet,
      0,
      '无法从标题得出部门名称，请用 --department 指定',
      'no department in the title: pass --department',
    );
}

/** The spreadsheet row an issue inside `listKey[i]` came from (0 when it is about the file as a whole). */
function rowOfIssue(
  issue: ValidationIssue,
  listKey: string,
  rowOf: number[],
  sheet: string,
): { sheet: string; row: number } {
  const [key, index] = issue.path;
  const row = listKey && key === listKey && typeof index === 'number' ? (rowOf[index] ?? 0) : 0;
  return { sheet, row };
}

/** What the reader left out or had to decide, for the importers not yet on table regions. */
function reportReading(sheets: Sheet[], problems: RowProblems): void {
  const encoding = sheets[0]?.encoding && ENCODING_NAME[sheets[0].encoding];
  if (encoding)
    problems.facts.push(
      sheetIssue(
        { sheet: sheets[0]!.name },
        'import_encoding',
        { encoding_zh: encoding[0], encoding_en: encoding[1] },
        'warning',
      ),
    );
  for (const s of sheets) {
    if (s.hidden?.columns.length)
      problems.add(
        sheetIssue({ sheet: s.name }, 'import_hidden_columns', { columns: s.hidden.columns.join('、') }, 'warning'),
      );
    for (const f of s.uncached ?? [])
      problems.add(
        sheetIssue({ sheet: s.name, row: f.row, column: f.column }, 'import_formula_no_cache', {}, 'warning'),
      );
    if (s.hidden?.rows.length)
      problems.add(sheetIssue({ sheet: s.name }, 'import_hidden_rows', { rows: s.hidden.rows.join('、') }, 'warning'));
  }
}
