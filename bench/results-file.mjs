// Each benchmark owns one marked section of bench/RESULTS.md and rewrites only that section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = new URL('./RESULTS.md', import.meta.url);
const HEADER =
  '# Benchmark results\n\nWritten by `npm run bench` (and `npm run size`); each section by its own benchmark.\n';

export function writeSection(name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}

/** Machine facts printed with every figure, so numbers from different machines are not compared blindly. */
export async function machine() {
  const os = await import('node:os');
  return `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Minified + gzip -9 size in bytes of repo files (paths relative to the repo root). */
export function gzSize(...files) {
  return files.reduce(
    (n, f) => n + gzipSync(readFileSync(new URL(`../${f}`, import.meta.url)), { level: 9 }).length,
    0,
  );
}

/**
 * The files a page that uses `element` through the one-tag loader downloads before any data: the
 * loader, the element's module and the chunks it imports statically (lazy parts only when used).
 */
export function pageFiles(element) {
  const dir = 'packages/widgets/dist/browser/elements/';
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(new URL(`../${dir}${file}`, import.meta.url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit(`gongkai-${element}.js`);
  return ['packages/widgets/dist/browser/gongkai.js', ...[...seen].map((f) => dir + f)];
}
