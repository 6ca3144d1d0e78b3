import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  POWER_TYPES,
  createTextSearch,
  formatIssue,
  formatPath,
  jsonSchemaFor,
  validate,
  validateFeed,
  validateRecord,
  type Power,
} from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const powerIds = feed.manifest.datasets.filter((d: any) => d.kind === 'power-list').map((d: any) => d.id as string);
const allPowers = (): Power[] => powerIds.flatMap((id: string) => feed.datasets[id].powers);

const power = (over: Partial<Power> = {}): Power => ({
  id: 'p1',
  code: '339999020100 1'.replace(' ', ''),
  name: '建设工程规划许可证核发',
  type: 'licensing',
  basis: [{ title: '中华人民共和国城乡规划法', article: '第四十条' }],
  department: '示例县自然资源局',
  responsibilities: ['受理责任'],
  accountability: ['对符合法定条件的申请不予受理的'],
  status: 'active',
  ...over,
});
const list = (powers: unknown[]) => ({ kind: 'power-list', id: 'powers', updated: '2026-01-15', powers });

describe('权责清单 (power-list)', () => {
  it('the sample feed holds four departments of powers, every national type, and validates', () => {
    const powers = allPowers();
    assert.ok(powers.length >= 150, `only ${powers.length} powers`);
    assert.equal(new Set(powers.map((p) => p.department)).size, 4);
    assert.deepEqual(new Set(powers.map((p) => p.type)), new Set(POWER_TYPES));
    const r = validateFeed(feed);
    assert.deepEqual(
      r.issues.filter((i) => i.file?.startsWith('powers')).map((i) => formatIssue(i)),
      [],
    );
  });

  it('keeps 条款, 子项, a power without a code, and status dates as published', () => {
    const r = validate(
      'power-list',
      list([
        power({
          code: undefined,
          subItems: [{ name: '成立登记' }, { code: 'X-2', name: '注销登记' }],
          status: 'cancelled',
          statusDate: '2024-01-01',
        }),
      ]),
    );
    assert.equal(r.ok, true, r.issues.map((i) => formatIssue(i)).join('\n'));
    const p = r.data!.powers[0]!;
    assert.equal(p.code, undefined);
    assert.equal(p.basis[0]!.article, '第四十条');
    assert.deepEqual(
      p.subItems!.map((s) => s.name),
      ['成立登记', '注销登记'],
    );
  });

  it('refuses a type that is not one of the ten, naming the record the way a clerk knows it', () => {
    const r = validate(
      'power-list',
      list([power(), power({ id: 'p2', name: '劳动人事争议仲裁', type: 'arbitration' as never })]),
    );
    assert.equal(r.ok, false);
    const issue = r.issues.find((i) => i.code === 'power_type')!;
    assert.equal(formatPath(issue.path), 'powers[1].type');
    assert.match(formatIssue(issue), /第 2 行/);
    assert.match(formatIssue(issue), /劳动人事争议仲裁/);
    assert.match(formatIssue(issue), /职权类型应为/);
  });

  it('warns about a power with no basis, no duties, or a cancellation without its date; refuses duplicate ids', () => {
    const r = validate('power-list', list([power({ basis: [], responsibilities: [], status: 'suspended' }), power()]));
    const codes = r.issues.map((i) => `${i.severity} ${i.code} ${formatPath(i.path)}`);
    assert.ok(codes.includes('warning power_no_basis powers[0].basis'), codes.join('\n'));
    assert.ok(codes.includes('warning power_no_duties powers[0].responsibilities'), codes.join('\n'));
    assert.ok(codes.includes('warning power_status_date powers[0].statusDate'), codes.join('\n'));
    assert.ok(codes.includes('error duplicate_id powers[1].id'), codes.join('\n'));
  });

  it('validates one power on its own (a widget given one record)', () => {
    assert.equal(validateRecord('power-list', power()).ok, true);
    assert.equal(validateRecord('power-list', power({ status: 'gone' as never })).ok, false);
  });

  it('reports links to a guide, process or fee that the feed does not have, in words', () => {
    const f = clone(feed);
    const id = powerIds[0]!;
    const first = f.datasets[id].powers[0];
    first.guideRefs = ['guide-nowhere'];
    first.processRef = 'proc-nowhere';
    first.feeRefs = ['fee-nowhere'];
    const r = validateFeed(f);
    assert.equal(r.ok, false);
    const broken = r.issues.filter((i) => i.file === id && i.code.startsWith('ref_'));
    assert.deepEqual(
      broken.map((i) => [i.code, formatPath(i.path)]),
      [
        ['ref_guide_missing', 'powers[0].guideRefs[0]'],
        ['ref_process_missing', 'powers[0].processRef'],
        ['ref_fee_missing', 'powers[0].feeRefs[0]'],
      ],
    );
    const text = broken.map((i) => formatIssue(i)).join('\n');
    assert.match(text, /办事指南 "guide-nowhere" 在本数据源中不存在/);
    assert.match(text, new RegExp(first.name));
  });

  it('every link in the sample resolves to a record of the feed', () => {
    const linked = allPowers().filter((p) => p.guideRefs || p.processRef || p.feeRefs);
    assert.ok(linked.length >= 10);
    const r = validateFeed(feed);
    assert.equal(r.issues.filter((i) => i.code.startsWith('ref_')).length, 0);
  });

  it('has a JSON Schema that lists the ten types', () => {
    const s = JSON.stringify(jsonSchemaFor('power-list'));
    for (const t of POWER_TYPES) assert.ok(s.includes(`"${t}"`), t);
    assert.ok(s.includes('"responsibilities"') && s.includes('"accountability"'));
  });

  it('is searched by name, pinyin initials, and other fields through the shared text search', () => {
    const fake = (text: string) => [...text].map((c) => ({ 工: 'gong', 伤: 'shang', 认: 'ren', 定: 'ding' })[c] ?? c);
    const powers = [
      power({ id: 'a', name: '工伤认定' }),
      power({ id: 'b', name: '劳动能力鉴定', office: '社会保险股' }),
    ];
    const s = createTextSearch(powers, { name: (p) => p.name, rest: (p) => [p.office] }, { pinyin: fake });
    assert.deepEqual(
      s.search('gsrd').map((m) => [m.record.id, m.ranges]),
      [['a', [[0, 4]]]],
    );
    assert.deepEqual(
      s.search('社会保险').map((m) => m.record.id),
      ['b'],
    );
  });
});
