/**
 * Schemas strip fields they do not know. Comparing the input with the parsed output finds them,
 * so a typo such as "promisedDay" is reported instead of silently dropped.
 */
import type { IssueList, PathSegment } from './issue.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function reportUnknownFields(input: unknown, output: unknown, out: IssueList): void {
  // One shared path stack: this walks every value of large files, so it must not allocate per node.
  const path: PathSegment[] = [];
  const walk = (a: unknown, b: unknown): void => {
    if (a === b) return; // given back as it was (the fast path): nothing was dropped
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (v !== null && typeof v === 'object') {
          path.push(i);
          walk(v, b[i]);
          path.pop();
        }
      }
    } else if (isPlainObject(a) && isPlainObject(b)) {
      for (const key in a) {
        if (!Object.hasOwn(a, key)) continue;
        if (!Object.hasOwn(b, key)) {
          out.warn([...path, key], 'unknown_field', { key });
          continue;
        }
        const v = a[key];
        if (v !== null && typeof v === 'object') {
          path.push(key);
          walk(v, b[key]);
          path.pop();
        }
      }
    }
  };
  walk(input, output);
}
