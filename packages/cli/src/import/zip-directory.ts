/**
 * The sizes a zip's central directory declares for each entry, read from the bytes without
 * inflating anything (PKWARE APPNOTE 4.3.12, 4.3.16, 4.5.3). Read here rather than from a zip
 * library's private fields, which change without notice between its versions.
 */

export interface ZipEntrySize {
  name: string;
  compressed: number;
  uncompressed: number;
}

const END = 0x06054b50;
const ENTRY = 0x02014b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

/** Every entry's declared sizes; throws when the bytes hold no readable zip directory. */
export function zipEntrySizes(bytes: Uint8Array): ZipEntrySize[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is within the last 22 + 65,535 bytes (its comment may be that long).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no zip end-of-directory record');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END)
      throw new Error('broken zip64 end record');
    count = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  const entries: ZipEntrySize[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY)
      throw new Error(`broken zip directory entry ${n}`);
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Sizes that do not fit 32 bits are in the zip64 extra field, uncompressed first.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = view.getUint16(x, true);
      const size = view.getUint16(x + 2, true);
      if (id === ZIP64_EXTRA) {
        let field = x + 4;
        if (uncompressed === MAX32) {
          uncompressed = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (compressed === MAX32) compressed = Number(view.getBigUint64(field, true));
      }
      x += 4 + size;
    }
    entries.push({ name, compressed, uncompressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
