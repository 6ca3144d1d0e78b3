/**
 * Schemas strip fields they do not know. Comparing the input with the parsed output finds them,
 * so a typo such as "promisedDay" is reported instead of silently dropped.
 */
import type { IssueList, PathSegment } from './issue.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function reportUnknownFields(input: unknown, output: unknown, out: IssueList, path: PathSegment[] = []): void {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) reportUnknownFields(input[i], output[i], out, [...path, i]);
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(output, key)) out.warn([...path, key], 'unknown_field', { key });
      else reportUnknownFields(input[key], output[key], out, [...path, key]);
    }
  }
}
