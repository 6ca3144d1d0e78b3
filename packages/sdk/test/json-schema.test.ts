import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMAS, jsonSchemaFor, type SchemaKind } from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
// Formats are also expressed as patterns, so a validator without format support still checks them.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const compiled = new Map<SchemaKind, ReturnType<typeof ajv.compile>>();
const validatorFor = (kind: SchemaKind) => {
  if (!compiled.has(kind)) compiled.set(kind, ajv.compile(jsonSchemaFor(kind)));
  return compiled.get(kind)!;
};

describe('JSON Schema for publishers without TypeScript', () => {
  it('exists for every kind and accepts every sample dataset', () => {
    for (const kind of Object.keys(SCHEMAS) as SchemaKind[]) {
      const check = validatorFor(kind);
      const docs =
        kind === 'manifest'
          ? [feed.manifest]
          : feed.manifest.datasets.filter((d: any) => d.kind === kind).map((d: any) => feed.datasets[d.id]);
      assert.ok(docs.length > 0, kind);
      for (const doc of docs) assert.equal(check(doc), true, `${kind}: ${ajv.errorsText(check.errors)}`);
    }
  });

  it('rejects what the validator rejects by shape: bad codes, javascript: links, negative amounts', () => {
    const budget = validatorFor('budget');
    const b = clone(feed.datasets['budget-2026-hrss']);
    b.lines[0].code = '20';
    assert.equal(budget(b), false);
    assert.ok(budget.errors?.some((e) => e.instancePath === '/lines/0/code'));
    const fees = validatorFor('fee-list');
    const f = clone(feed.datasets['fees-catalogue']);
    f.items[0].basis[0].url = 'javascript:alert(1)';
    assert.equal(fees(f), false);
    const g = clone(feed.datasets['fees-catalogue']);
    g.items[1].standard.tiers[0].amount = -1;
    assert.equal(fees(g), false);
  });
});
