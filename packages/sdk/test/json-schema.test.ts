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

  it('describes the model-2 fields, in Chinese first and in English', () => {
    const budget = jsonSchemaFor('budget') as any;
    const props = budget.properties;
    for (const key of ['modelVersion', 'total', 'revenueTotal', 'tables', 'updated']) {
      assert.match(props[key].description ?? '', /[\u4e00-\u9fff].*[A-Za-z]/, key);
    }
    const line = JSON.stringify(budget);
    assert.match(line, /比上年增减，按印发原样/);
    assert.match(line, /空表说明/);
    const guide = JSON.stringify(jsonSchemaFor('service-guide'));
    for (const word of ['服务对象', '办件类型', '通办范围', '共同实施部门', '纸质'])
      assert.match(guide, new RegExp(word));
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
