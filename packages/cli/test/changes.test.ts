import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { datasetChanges } from '@gongkai/sdk';
import { buildCommand } from '../src/commands/build.js';
import { createOutput } from '../src/output.js';
import { tempDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/feeds/shili-county/', import.meta.url));
const read = (dir: string, rel: string) => JSON.parse(readFileSync(join(dir, rel), 'utf8'));
const write = (dir: string, rel: string, v: unknown) => writeFileSync(join(dir, rel), JSON.stringify(v, null, 2));
const quiet = createOutput('zh-CN', { stdout: { write: () => true }, stderr: { write: () => true } });

describe('record-level change list', () => {
  const fees = read(SAMPLE, 'data/fees-nr.json');

  it('names a fee added, with the fee as published', () => {
    const after = structuredClone(fees);
    after.items.push({ ...structuredClone(after.items[0]), id: 'fee-new', name: '不动产登记资料复制费' });
    const [c, ...rest] = datasetChanges('fee-list', fees, after);
    assert.equal(rest.length, 0);
    assert.deepEqual([c!.kind, c!.record, c!.name], ['record-added', 'fee-new', '不动产登记资料复制费']);
    assert.equal((c!.after as any).standard.amount, 80);
  });

  it('names a fee 停征, whether printed as its status or as its standard', () => {
    const byStatus = structuredClone(fees);
    byStatus.items[1].status = 'suspended';
    assert.deepEqual(
      datasetChanges('fee-list', fees, byStatus).map((c) => [c.kind, c.record, c.before, c.after]),
      [['fee-suspended', 'fee-bdc-nonhouse', 'active', 'suspended']],
    );
    const byStandard = structuredClone(fees);
    byStandard.items[1].standard = { type: 'suspended', since: '2026-07-01' };
    const [c] = datasetChanges('fee-list', fees, byStandard);
    assert.equal(c!.kind, 'fee-suspended');
    assert.deepEqual(c!.before, fees.items[1].standard);
  });

  it('names a standard changed from 80 to 50, before and after as published', () => {
    const after = structuredClone(fees);
    after.items[0].standard.amount = 50;
    const changes = datasetChanges('fee-list', fees, after);
    assert.deepEqual(
      changes.map((c) => [c.kind, c.record, c.field, (c.before as any).amount, (c.after as any).amount]),
      [['fee-standard-changed', 'fee-bdc-house', 'standard', 80, 50]],
    );
  });

  const guides = read(SAMPLE, 'data/guides-nr.json');
  it('names a guide’s material added and its promised time shortened', () => {
    const after = structuredClone(guides);
    const g = after.guides[3];
    g.materials.push({
      name: '人防工程设计审查意见',
      copy: 'original',
      medium: 'paper',
      copies: 1,
      required: true,
    });
    const was = g.promisedDays;
    g.promisedDays = was - 2;
    const changes = datasetChanges('service-guide', guides, after);
    assert.deepEqual(
      changes.map((c) => [c.kind, c.record, c.field]),
      [
        ['guide-material-added', g.id, 'materials'],
        ['time-limit-shortened', g.id, 'promisedDays'],
      ],
    );
    assert.equal((changes[0]!.after as any).name, '人防工程设计审查意见');
    assert.deepEqual([changes[1]!.before, changes[1]!.after], [was, was - 2]);
  });

  it('names a power cancelled', () => {
    const powers = read(SAMPLE, 'data/powers-nr.json');
    const after = structuredClone(powers);
    after.powers[0].status = 'cancelled';
    after.powers[0].statusDate = '2026-06-01';
    const changes = datasetChanges('power-list', powers, after);
    assert.deepEqual(changes[0]!.kind, 'power-cancelled');
    assert.deepEqual([changes[0]!.before, changes[0]!.after], ['active', 'cancelled']);
    // The date that came with it is a change too, and is not lost.
    assert.deepEqual([changes[1]!.kind, changes[1]!.fields], ['record-changed', ['statusDate']]);
  });

  it('names a budget line revised, by its 科目编码, with the line before and after', () => {
    const budget = read(SAMPLE, 'data/budget-2026-nr.json');
    const after = structuredClone(budget);
    after.lines[3].basic = 60.5;
    after.lines[3].total = 60.5;
    const changes = datasetChanges('budget', budget, after);
    assert.deepEqual(
      changes.map((c) => [c.kind, c.record, c.name]),
      [['budget-line-revised', '2080506', '机关事业单位职业年金缴费支出']],
    );
    assert.equal((changes[0]!.before as any).total, 54.97);
    assert.equal((changes[0]!.after as any).total, 60.5);
  });

  it('finds nothing when only the date moved on a dataset without records', () => {
    const tp = read(SAMPLE, 'data/three-public-2025-nr.json');
    assert.deepEqual(datasetChanges('three-public', tp, { ...tp, updated: '2026-12-01' }), []);
  });
});

describe('gongkai build: change history and Atom feeds', () => {
  const ids = (atom: string) => [...atom.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);

  it('writes the changes against the archived version, with Atom ids stable across rebuilds', async () => {
    const src = tempDir();
    cpSync(SAMPLE, src, { recursive: true });
    const out = join(tempDir(), 'public');
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-05T01:00:00Z')), 0);
    assert.deepEqual(read(out, 'changes.json'), { versions: [] }, 'a first build has nothing to compare with');

    const fees = read(src, 'data/fees-nr.json');
    fees.items[0].standard.amount = 50;
    fees.updated = '2026-12-05T09:00:00+08:00';
    write(src, 'data/fees-nr.json', fees);
    const manifest = read(src, 'manifest.json');
    manifest.datasets.find((d: any) => d.id === 'fees-nr').updated = fees.updated;
    manifest.updated = fees.updated;
    write(src, 'manifest.json', manifest);
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-06T01:00:00Z')), 0);

    const history = read(out, 'changes.json');
    assert.equal(history.versions.length, 1);
    const v = history.versions[0];
    const published = read(out, 'manifest.json').datasets.find((d: any) => d.id === 'fees-nr');
    assert.equal(v.version, published.sha256.slice(0, 12), 'the version is the content hash');
    assert.deepEqual(
      v.changes.map((c: any) => [c.kind, c.record, c.before.amount, c.after.amount]),
      [['fee-standard-changed', 'fee-bdc-house', 80, 50]],
    );
    const atom = readFileSync(join(out, 'changes.atom'), 'utf8');
    const first = ids(atom);
    assert.deepEqual(first, [`urn:gongkai:change:11339999MB0000001X:fees-nr:fee-bdc-house:${v.version}`]);
    assert.match(atom, /收费标准调整：80 元\/件 → 50 元\/件/);
    assert.match(atom, /<updated>2026-12-05T09:00:00\+08:00<\/updated>/, 'dated by the data, not the build');
    assert.doesNotMatch(atom, /2026-12-06/, 'nothing from the build time');
    assert.deepEqual(ids(readFileSync(join(out, 'changes/fees-nr.atom'), 'utf8')), first);
    assert.deepEqual(ids(readFileSync(join(out, 'changes/guides-nr.atom'), 'utf8')), []);

    // Rebuilt later with nothing changed: the same history, the same Atom file.
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-07T01:00:00Z')), 0);
    assert.equal(readFileSync(join(out, 'changes.atom'), 'utf8'), atom);
    assert.deepEqual(read(out, 'changes.json'), history);

    // Another change: a new entry on top, the old one keeps its id.
    const guides = read(src, 'data/guides-nr.json');
    guides.guides[3].promisedDays -= 2;
    write(src, 'data/guides-nr.json', guides);
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-08T01:00:00Z')), 0);
    const again = ids(readFileSync(join(out, 'changes.atom'), 'utf8'));
    assert.equal(again.length, 2);
    assert.equal(again[1], first[0]);
    assert.match(again[0]!, /^urn:gongkai:change:11339999MB0000001X:guides-nr:guide-planning-permit:[0-9a-f]{12}$/);
  });

  it('escapes feed text in the Atom feed', async () => {
    const src = tempDir();
    cpSync(SAMPLE, src, { recursive: true });
    const out = join(tempDir(), 'public');
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-05T01:00:00Z')), 0);
    const fees = read(src, 'data/fees-nr.json');
    fees.items[0].name = '登记费</title><script>alert(1)</script>';
    write(src, 'data/fees-nr.json', fees);
    assert.equal(await buildCommand(src, out, quiet, new Date('2026-12-06T01:00:00Z')), 0);
    const atom = readFileSync(join(out, 'changes.atom'), 'utf8');
    assert.doesNotMatch(atom, /<script>/);
    assert.match(atom, /&lt;script&gt;/);
  });
});
