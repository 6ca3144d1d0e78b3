/** The header dictionary as the README's table (scripts/header-dictionary-table.mjs writes it). */
import { CITED, DICTIONARY, SOURCES } from './header-dictionary.js';

const KIND = { fee: '收费 fees', budget: '预算 budget', 'three-public': '三公 three-public' } as const;

export function dictionaryMarkdown(): string {
  const word = (w: string) => (CITED[w] ? `${w} [${CITED[w].join(',')}]` : w);
  const rows = DICTIONARY.map((e) => `| ${KIND[e.kind]} | ${e.zh} (${e.en}) | ${e.words.map(word).join('、')} |`);
  const sources = SOURCES.map((url, i) => `${i + 1}. <${url}>`);
  return [
    '| table | field | headings read as this field |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'A number after a word is the source below where it was seen printed. Words without a number',
    "are the documented layout's, the earlier fixtures', or common variants not yet found in the",
    'reference corpus: to be confirmed against real publications, or removed.',
    '',
    ...sources,
  ].join('\n');
}
