// The widgets' entry (`@gongkai/sdk/core`) knows only the kinds registered with it: this file
// imports nothing else, so nothing has registered fee lists before the test does.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { feeListRules, registerKinds, validate, validateRecord } from '../src/core.js';

const file = new URL('../../../examples/feeds/shili-county/data/fees-nr.json', import.meta.url);
const fees = JSON.parse(readFileSync(file, 'utf8')) as { items: { id: string }[] };

describe('kinds registered with @gongkai/sdk/core', () => {
  it('a kind nobody registered is refused with a reason, never passed unchecked', () => {
    const r = validate('fee-list', fees);
    assert.equal(r.ok, false);
    assert.equal(r.data, undefined);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.params]),
      [['kind_not_loaded', { kind: 'fee-list' }]],
    );
    assert.equal(validateRecord('fee-list', fees.items[0]).issues[0]?.code, 'kind_not_loaded');
  });

  it('the manifest is always known, and a registered kind is checked by its own rules', () => {
    assert.notEqual(validate('manifest', {}).issues[0]?.code, 'kind_not_loaded');
    registerKinds(feeListRules);
    const good = validate('fee-list', fees);
    assert.equal(good.ok, true, JSON.stringify(good.issues));
    assert.equal(good.data?.items.length, fees.items.length);
    const bad = validate('fee-list', { ...fees, items: [...fees.items, fees.items[0]] });
    assert.ok(bad.issues.some((i) => i.code === 'duplicate_id' && i.severity === 'error'));
    // Another kind is still unknown to it.
    assert.equal(validate('power-list', { kind: 'power-list' }).issues[0]?.code, 'kind_not_loaded');
  });
});
