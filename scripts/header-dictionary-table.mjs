// Writes the header dictionary's table into README.md, between its markers.
// Run: node --conditions=source --import tsx scripts/header-dictionary-table.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dictionaryMarkdown } from '../packages/cli/src/import/table/dictionary-markdown.ts';

const file = new URL('../README.md', import.meta.url);
const START = '<!-- header-dictionary:start -->';
const END = '<!-- header-dictionary:end -->';
const readme = readFileSync(file, 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} markers`);
writeFileSync(file, `${readme.slice(0, a + START.length)}\n${dictionaryMarkdown()}\n${readme.slice(b)}`);
