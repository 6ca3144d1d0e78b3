/**
 * `gongkai validate <feed dir | manifest | dataset file | URL>`: every dataset through the schema
 * and the semantic checks; a report grouped by file; exit 0 (valid; warnings allowed), 1 (invalid)
 * or 2 (could not read). `--json` prints a machine-readable report for CI pipelines.
 */
import { relative } from 'node:path';
import { formatIssue, isSchemaKind, issueMessage, validate, validateFeed, type ValidationIssue } from '@gongkai/sdk';
import { ReadFailure, readFeed, type FeedFiles } from '../feed-reader.js';
import { oneLine, type Output } from '../output.js';

export interface ValidateReport {
  ok: boolean;
  location: string;
  counts: { files: number; errors: number; warnings: number };
  files: { file: string; kind?: string; url?: string; errors: number; warnings: number; issues: ValidationIssue[] }[];
}

/** The report of a feed read from `input`, or of `read` (a feed already read and prepared, as build does). */
export async function buildReport(input: string, read?: FeedFiles, asOf?: string): Promise<ValidateReport> {
  const feed = read ?? (await readFeed(input));
  let issues: ValidationIssue[];
  const files: ValidateReport['files'] = [];
  if (feed.single) {
    const kind = (feed.single.body as { kind?: unknown })?.kind;
    const r =
      typeof kind === 'string' && isSchemaKind(kind) && kind !== 'manifest'
        ? validate(kind, feed.single.body)
        : validate('manifest', feed.single.body);
    issues = r.issues.map((i) => ({ ...i, file: feed.location }));
    files.push({
      file: feed.location,
      kind: typeof kind === 'string' ? kind : undefined,
      errors: 0,
      warnings: 0,
      issues: [],
    });
  } else {
    const r = validateFeed({ manifest: feed.manifest, datasets: feed.datasets, manifestFile: 'manifest.json', asOf });
    // A dataset we could not read is reported once, as unreadable, not again as missing.
    const unreadable = new Set(feed.issues.filter((i) => i.code === 'unreadable').map((i) => i.file));
    const ids = (r.manifest?.datasets ?? []).map((d) => d.id);
    const missingId = (i: ValidationIssue) => (typeof i.path[1] === 'number' ? ids[i.path[1]] : undefined);
    issues = [
      ...feed.issues,
      ...r.issues.filter((i) => !(i.code === 'dataset_missing' && unreadable.has(missingId(i)))),
    ];
    files.push({ file: 'manifest.json', kind: 'manifest', errors: 0, warnings: 0, issues: [] });
    for (const d of r.manifest?.datasets ?? [])
      files.push({ file: d.id, kind: d.kind, url: d.url, errors: 0, warnings: 0, issues: [] });
  }
  for (const issue of issues) {
    let f = files.find((x) => x.file === issue.file);
    if (!f) files.push((f = { file: issue.file ?? '?', errors: 0, warnings: 0, issues: [] }));
    f.issues.push(issue);
    f[issue.severity === 'error' ? 'errors' : 'warnings']++;
  }
  const errors = files.reduce((a, f) => a + f.errors, 0);
  const warnings = files.reduce((a, f) => a + f.warnings, 0);
  return { ok: errors === 0, location: feed.location, counts: { files: files.length, errors, warnings }, files };
}

export async function validateCommand(
  input: string,
  /** asOf: the day a catalogue's lateness is judged on (default: the manifest's own date). */
  opts: { json?: boolean; asOf?: string },
  o: Output,
  read?: FeedFiles,
): Promise<number> {
  let report: ValidateReport;
  try {
    report = await buildReport(input, read, opts.asOf);
  } catch (e) {
    const message = e instanceof ReadFailure ? e.message : (e as Error).message;
    if (opts.json) o.out(JSON.stringify({ ok: false, location: input, error: message }, null, 2));
    else o.err(o.red(o.t(`✖ 无法读取 ${input}：${message}`, `✖ cannot read ${input}: ${message}`)));
    return 2;
  }
  if (opts.json) {
    // Issues are data; the report for pipelines adds their words in both languages.
    const worded = {
      ...report,
      files: report.files.map((f) => ({ ...f, issues: f.issues.map((i) => ({ ...i, message: issueMessage(i) })) })),
    };
    o.out(JSON.stringify(worded, null, 2));
    return report.ok ? 0 : 1;
  }
  const where = /^https?:/.test(report.location)
    ? report.location
    : relative(process.cwd(), report.location) || report.location;
  o.out(o.t(`检查 ${where}`, `Checking ${where}`));
  for (const f of report.files) {
    const mark = f.errors ? o.red('✖') : f.warnings ? o.yellow('⚠') : o.green('✔');
    const counts = [
      f.errors ? o.t(`${f.errors} 个错误`, `${f.errors} errors`) : '',
      f.warnings ? o.t(`${f.warnings} 个提示`, `${f.warnings} warnings`) : '',
    ]
      .filter(Boolean)
      .join('，');
    o.out(`${mark} ${f.file}${f.url ? o.dim(`  ${f.url}`) : ''}${counts ? `  ${counts}` : ''}`);
    for (const i of f.issues) {
      const tag = i.severity === 'error' ? o.red(o.t('错误', 'error')) : o.yellow(o.t('提示', 'warning'));
      o.out(`    ${tag}  ${oneLine(formatIssue({ ...i, file: undefined }, o.lang))}`);
    }
  }
  const { files, errors, warnings } = report.counts;
  o.out(
    o.t(
      `共 ${files} 个文件：${errors} 个错误，${warnings} 个提示`,
      `${files} files: ${errors} errors, ${warnings} warnings`,
    ),
  );
  o.out(
    report.ok
      ? o.green(o.t('✔ 可以发布', '✔ ready to publish'))
      : o.red(o.t('✖ 请修改上述错误后再发布', '✖ fix the errors above before publishing')),
  );
  return report.ok ? 0 : 1;
}
