/** JSON Schema (2020-12) of each kind, for publishers who validate without TypeScript. */
import { toJSONSchema } from 'zod/v4/mini';
import { describeJsonSchema } from './field-docs.js';
import type { SchemaKind } from './kinds.js';
import { SCHEMAS } from './schemas.js';

export function jsonSchemaFor(kind: SchemaKind): Record<string, unknown> {
  const json = toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  describeJsonSchema(json);
  return { ...json, $id: `https://gongkai.dev/schemas/${kind}.schema.json`, title: `Gongkai ${kind}` };
}
