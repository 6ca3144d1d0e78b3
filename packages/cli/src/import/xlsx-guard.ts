/**
 * Checks an .xlsx before it is opened: a workbook is a zip, and a small file can inflate to
 * gigabytes (a zip bomb) or hold millions of shared strings. The zip's directory gives every entry's
 * sizes without inflating it; entries are refused by size and compression ratio, and the shared
 * strings are counted, before ExcelJS reads a byte of them.
 */
import JSZip from 'jszip';
import { ReadFailure } from '../safe-files.js';
import { zipEntrySizes, type ZipEntrySize } from './zip-directory.js';

/** Limits, chosen so any workbook under them opens in well under 512 MB. */
export const XLSX_LIMITS = {
  /** Inflated size of one entry (a sheet, the shared strings). */
  entryBytes: 40 * 1024 * 1024,
  /** Inflated size of the whole workbook. */
  totalBytes: 120 * 1024 * 1024,
  /** Inflated/compressed ratio beyond which a large entry is a bomb, not a spreadsheet. */
  ratio: 150,
  sharedStrings: 400_000,
  /** Cells in one sheet's used range (rows × columns). */
  cells: 2_000_000,
};

export async function checkXlsx(file: string, bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ReadFailure(`${file} 不是有效的 .xlsx 文件 / is not a valid .xlsx file: ${(e as Error).message}`);
  }
  let sizes: ZipEntrySize[];
  try {
    sizes = zipEntrySizes(bytes);
  } catch (e) {
    throw new ReadFailure(`${file} 不是有效的 .xlsx 文件 / is not a valid .xlsx file: ${(e as Error).message}`);
  }
  let total = 0;
  for (const entry of sizes) {
    const size = entry.uncompressed;
    const packed = entry.compressed;
    total += size;
    const bomb = size > 1024 * 1024 && packed > 0 && size / packed > XLSX_LIMITS.ratio;
    if (size > XLSX_LIMITS.entryBytes || bomb) {
      throw new ReadFailure(
        `${file} 中的 ${entry.name} 解压后 ${size} 字节${bomb ? `（压缩比 ${Math.round(size / packed)}:1）` : ''}，超出上限，已拒绝 / ` +
          `${entry.name} in ${file} inflates to ${size} bytes${bomb ? ` (ratio ${Math.round(size / packed)}:1)` : ''}: refused`,
      );
    }
  }
  if (total > XLSX_LIMITS.totalBytes) {
    throw new ReadFailure(`${file} 解压后共 ${total} 字节，超出上限 / inflates to ${total} bytes in all: refused`);
  }
  const strings = zip.file('xl/sharedStrings.xml');
  if (strings) {
    const count = (await strings.async('string')).split('<si>').length - 1;
    if (count > XLSX_LIMITS.sharedStrings) {
      throw new ReadFailure(
        `${file} 含 ${count} 个不同文本，超出上限 ${XLSX_LIMITS.sharedStrings} / holds ${count} distinct texts: refused`,
      );
    }
  }
}
