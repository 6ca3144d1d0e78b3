/**
 * Which encoding a CSV is in. Excel and WPS on Chinese Windows save "CSV" in GBK (GB18030 is its
 * superset), Excel's "Unicode text" in UTF-16 LE with a BOM, others in UTF-8 with or without a BOM.
 * A BOM decides; without one, zero bytes on every other position mean UTF-16, text that is valid
 * UTF-8 is UTF-8, and anything else is read as GB18030.
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How the report names an encoding, in each language. */
export const ENCODING_NAME: Record<CsvEncoding, [zh: string, en: string]> = {
  'utf-8': ['UTF-8', 'UTF-8'],
  'utf-8-bom': ['UTF-8（带 BOM）', 'UTF-8 with BOM'],
  'utf-16le': ['UTF-16 LE', 'UTF-16 LE'],
  'utf-16be': ['UTF-16 BE', 'UTF-16 BE'],
  gb18030: [
    'GBK/GB18030（中文 Windows 下 Excel、WPS 保存的 CSV）',
    'GBK/GB18030 (CSV saved by Excel or WPS on Chinese Windows)',
  ],
};

export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < oddZeros / 4) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < evenZeros / 4) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The text of a CSV file, without its BOM, and the encoding it was in. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectEncoding(bytes);
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a BOM of its own encoding; "ignoreBOM: false" is the default.
  const text = new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '');
  return { text, encoding };
}
