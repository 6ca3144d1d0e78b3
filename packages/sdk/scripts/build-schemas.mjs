// Writes a JSON Schema per kind into dist/schemas/, so publishers who do not use TypeScript can
// validate too (any JSON Schema 2020-12 validator). The semantic checks are only in validate().
import { mkdir, writeFile } from 'node:fs/promises';
import { SCHEMAS, jsonSchemaFor } from '../dist/index.js';

const out = new URL('../dist/schemas/', import.meta.url);
await mkdir(out, { recursive: true });
for (const kind of Object.keys(SCHEMAS)) {
  await writeFile(new URL(`${kind}.schema.json`, out), JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
}
console.log(`schemas: ${Object.keys(SCHEMAS).length} written to dist/schemas/`);
