/** Turns zod's issues into ours: a precise code and message for each, with the path. */
import type * as z from 'zod/v4/mini';
import { makeIssue, type PathSegment, type ValidationIssue } from './issue.js';
import type { IssueCode } from './messages.js';

type ZodIssue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return { found: false };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { found: true, value: cur };
}

/** The model's own checks put one of our issue codes in the message; zod's own messages are sentences. */
function isCatalogued(key: string): key is IssueCode {
  return /^[a-z][a-z0-9_]*$/.test(key);
}

export function fromZodIssue(issue: ZodIssue, input: unknown): ValidationIssue[] {
  // zod's paths may hold symbols in theory; ours are keys and indexes.
  const path = issue.path.map((seg) => (typeof seg === 'symbol' ? String(seg) : seg)) as PathSegment[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => makeIssue([...path, key], 'unknown_field', { key }, 'warning'));
  }
  // A missing key shows up as a type error on `undefined`: say "missing", not "wrong type".
  const at = valueAt(input, path);
  if (issue.code === 'invalid_type' && !at.found) return [makeIssue(path, 'required')];
  // A blank code exported as null: say "缺少科目编码", not "wrong type".
  if (issue.code === 'invalid_type' && at.value === null && path.at(-1) === 'code') {
    return [makeIssue(path, 'null_value', { key: String(path.at(-1) ?? '') })];
  }
  if (isCatalogued(issue.message)) return [makeIssue(path, issue.message)];
  switch (issue.code) {
    case 'invalid_type':
      return [makeIssue(path, issue.expected === 'object' ? 'not_object' : 'type', { expected: issue.expected })];
    case 'too_big':
      return [makeIssue(path, 'too_big', { limit: String(issue.maximum) })];
    case 'too_small':
      return [makeIssue(path, 'too_small', { limit: String(issue.minimum) })];
    case 'invalid_value':
      return [makeIssue(path, 'invalid', { detail: issue.values.map((v) => JSON.stringify(v)).join(' / ') })];
    default:
      return [makeIssue(path, 'invalid', { detail: issue.code })];
  }
}
