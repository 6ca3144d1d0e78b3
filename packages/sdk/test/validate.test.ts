import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  formatIssue,
  formatPath,
  issueMessage,
  validate,
  validateFeed,
  type SchemaKind,
  type ValidationIssue,
} from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

const feed = loadSampleFeed();
const byKind = (kind: string) =>
  feed.manifest.datasets.filter((d: any) => d.kind === kind).map((d: any) => feed.datasets[d.id]);
const find = (issues: ValidationIssue[], path: string, code: string) =>
  issues.find((i) => formatPath(i.path) === path && i.code === code);

function expectIssue<K extends SchemaKind>(kind: K, input: unknown, path: string, code: string, severity = 'error') {
  const r = validate(kind, input);
  const hit = find(r.issues, path, code);
  assert.ok(
    hit,
    `expected ${code} at ${path}, got:\n${r.issues.map((i) => `${i.code} ${formatIssue(i, 'en')}`).join('\n')}`,
  );
  assert.equal(hit.severity, severity);
  assert.ok(issueMessage(hit)['zh-CN'].length > 0 && issueMessage(hit).en.length > 0);
  if (severity === 'error') assert.equal(r.ok, false);
  return r;
}

describe('the sample feed of 示例县', () => {
  it('prints every document number with balanced 〔〕 brackets', () => {
    const numbers: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) k === 'number' && typeof x === 'string' ? numbers.push(x) : walk(x);
    };
    walk(feed.datasets);
    assert.ok(numbers.length > 10);
    const unbalanced = numbers.filter((n) => n.split('〔').length !== n.split('〕').length);
    assert.deepEqual(unbalanced, []);
  });

  it('passes the whole-feed validator with at most warnings', () => {
    const r = validateFeed(feed);
    assert.equal(r.ok, true, r.issues.map((i) => formatIssue(i)).join('\n'));
    assert.deepEqual(
      r.issues.filter((i) => i.severity === 'error'),
      [],
    );
  });

  it('is accepted by every kind it holds, and holds what the issue asks for', () => {
    const counts: Record<string, number> = {};
    for (const ref of feed.manifest.datasets) {
      const r = validate(ref.kind, feed.datasets[ref.id]);
      assert.equal(r.ok, true, `${ref.id}: ${r.issues.map((i) => formatIssue(i)).join('; ')}`);
      counts[ref.kind] = (counts[ref.kind] ?? 0) + 1;
    }
    assert.deepEqual(Object.keys(counts).sort(), [
      'annual-report',
      'budget',
      'disclosure-catalogue',
      'fee-list',
      'final-account',
      'power-list',
      'process',
      'request-guide',
      'results',
      'service-guide',
      'service-rules',
      'supervision',
      'three-public',
    ]);
    const departments = new Set(byKind('budget').map((b: any) => b.department));
    assert.ok(departments.size >= 3);
    assert.deepEqual([...new Set(byKind('budget').map((b: any) => b.year))].sort(), [2025, 2026]);
    assert.ok(byKind('fee-list').flatMap((l: any) => l.items).length >= 40);
    assert.ok(byKind('service-guide').flatMap((l: any) => l.guides).length >= 10);
    const processes = byKind('process').flatMap((l: any) => l.processes);
    assert.ok(processes.length >= 5);
    const labels = new Set(processes.flatMap((p: any) => p.edges.map((e: any) => e.label)));
    for (const l of ['受理', '不予受理']) assert.ok(labels.has(l), l);
    assert.ok([...labels].some((l) => String(l).startsWith('补正')));
  });

  it('keeps a published percentage that disagrees with its amounts and flags it as a warning', () => {
    const r = validate('three-public', feed.datasets['three-public-2025-nr']);
    assert.equal(r.ok, true);
    const w = r.issues.find((i) => i.code === 'percent_mismatch');
    assert.ok(w);
    assert.equal(formatPath(w.path), 'lines[3].change');
    assert.equal(r.data?.lines[3]?.change?.percent, -7.81);
  });
});

describe('manifest', () => {
  it('names a publisher by its 统一社会信用代码; a ministry without a 行政区划代码 is not made to invent one', () => {
    const m = clone(feed.manifest);
    delete m.publisher.regionCode;
    assert.equal(validate('manifest', m).ok, true, 'no region code is fine');
    m.publisher.creditCode = '1133999MB00000001';
    expectIssue('manifest', m, 'publisher.creditCode', 'credit_code');
  });

  const good = () => clone(feed.manifest);
  it('rejects a javascript: dataset url with a message a webmaster can act on', () => {
    const m = good();
    m.datasets[3].url = 'javascript:alert(1)';
    const r = expectIssue('manifest', m, 'datasets[3].url', 'feed_url');
    const text = formatIssue(r.issues[0]!);
    assert.match(text, /^第 4 行 budget-2025-nr [^·]+ · datasets\[3\]\.url：应为 http\(s\) 地址/);
  });
  it('says a missing field is missing, not of the wrong type', () => {
    const m = good();
    delete m.publisher.name;
    expectIssue('manifest', m, 'publisher.name', 'required');
  });
  it('rejects a malformed region code and an impossible date', () => {
    const m = good();
    m.publisher.regionCode = '33';
    m.updated = '2026-02-30';
    const r = expectIssue('manifest', m, 'publisher.regionCode', 'region_code');
    assert.ok(find(r.issues, 'updated', 'datetime'));
  });
  it('keeps an unknown kind with a warning, not an error', () => {
    const m = good();
    m.datasets.push({ kind: 'news', id: 'news-1', title: '工作动态', url: 'data/news.json', updated: '2026-03-01' });
    const r = expectIssue('manifest', m, `datasets[${m.datasets.length - 1}].kind`, 'unknown_kind', 'warning');
    assert.equal(r.ok, true);
    assert.equal(r.data?.datasets.at(-1)?.kind, 'news');
  });
  it('reports duplicate dataset ids and a bad sha256', () => {
    const m = good();
    m.datasets[1].id = m.datasets[0].id;
    expectIssue('manifest', m, 'datasets[1].id', 'duplicate_id');
    const m2 = good();
    m2.datasets[0].sha256 = 'XYZ';
    expectIssue('manifest', m2, 'datasets[0].sha256', 'sha256');
  });
  it('warns about unknown fields instead of silently dropping them', () => {
    const m = good();
    m.publisher.nmae = '示例县';
    expectIssue('manifest', m, 'publisher.nmae', 'unknown_field', 'warning');
  });
  it('never throws on input that is not an object', () => {
    for (const bad of [null, 42, 'x', [], undefined]) {
      const r = validate('manifest', bad);
      assert.equal(r.ok, false);
      assert.ok(r.issues.length > 0);
    }
  });
});

describe('budget and final account', () => {
  const good = () => clone(feed.datasets['budget-2026-hrss']);
  const lineIndex = (b: any, code: string) => b.lines.findIndex((l: any) => l.code === code);
  it('rejects a classification code that is not 3, 5 or 7 digits', () => {
    const b = good();
    b.lines[2].code = '20801011';
    expectIssue('budget', b, 'lines[2].code', 'function_code');
  });
  it('reports a line whose parent line is missing', () => {
    const b = good();
    b.lines.push({ code: '2089901', name: '其他', total: 0 });
    expectIssue('budget', b, `lines[${b.lines.length - 1}].code`, 'parent_missing');
  });
  it('reports a parent whose total is not the sum of its children, naming both figures', () => {
    const b = good();
    const i = lineIndex(b, '20801');
    b.lines[i].total += 10;
    b.lines[i].project += 10;
    const r = expectIssue('budget', b, `lines[${i}].total`, 'sum_mismatch');
    assert.ok(r.data, 'data is still returned so a viewer can show the mismatch');
    assert.match(issueMessage(find(r.issues, `lines[${i}].total`, 'sum_mismatch')!)['zh-CN'], /下级科目合计/);
  });
  it('tolerates rounding to the cent in parent sums', () => {
    const b = good();
    const i = lineIndex(b, '20801');
    b.lines[i].total = Math.round((b.lines[i].total + 0.01) * 100) / 100;
    b.lines[i].project = Math.round((b.lines[i].project + 0.01) * 100) / 100;
    assert.equal(validate('budget', b).issues.filter((x) => x.code === 'sum_mismatch').length, 0);
  });
  it('keeps null (not reported) apart from zero', () => {
    const b = good();
    const i = lineIndex(b, '2080101');
    b.lines[i].previous = null;
    const r = validate('budget', b);
    assert.equal(r.ok, true);
    assert.equal(r.data?.lines[i]?.previous, null);
  });
  it('rejects negative amounts, a wrong unit and a final account filed as a budget', () => {
    const b = good();
    b.lines[0].basic = -1;
    b.unit = '千元';
    const r = expectIssue('budget', b, 'lines[0].basic', 'amount_negative');
    assert.ok(find(r.issues, 'unit', 'unit'));
    const f = clone(feed.datasets['final-2025-hrss']);
    expectIssue('budget', f, 'kind', 'kind_mismatch');
    f.phase = 'budget';
    expectIssue('final-account', f, 'phase', 'phase_mismatch');
  });
  it('reports a total that is not basic + project', () => {
    const b = good();
    const i = lineIndex(b, '2080101');
    b.lines[i].basic += 1;
    expectIssue('budget', b, `lines[${i}].total`, 'parts_mismatch');
  });
});

describe('three-public', () => {
  it('rejects an unknown category and a duplicated one', () => {
    const t = clone(feed.datasets['three-public-2025-ca']);
    t.lines[0].category = 'meals';
    expectIssue('three-public', t, 'lines[0].category', 'three_public_category');
    const t2 = clone(feed.datasets['three-public-2025-ca']);
    t2.lines[1].category = t2.lines[0].category;
    expectIssue('three-public', t2, 'lines[1].category', 'category_duplicate');
  });
});

describe('fee list', () => {
  const good = () => clone(feed.datasets['fees-catalogue']);
  it('rejects an unknown standard type', () => {
    const f = good();
    f.items[0].standard = { type: 'monthly', amount: 3 };
    expectIssue('fee-list', f, 'items[0].standard.type', 'fee_standard');
  });
  it('rejects an inverted range and a basis link that is not http(s)', () => {
    const f = good();
    const i = f.items.findIndex((x: any) => x.standard?.type === 'range');
    f.items[i].standard.min = 5000;
    expectIssue('fee-list', f, `items[${i}].standard.min`, 'range_inverted');
    const g = good();
    g.items[0].basis[0].url = 'javascript:alert(document.cookie)';
    const r = expectIssue('fee-list', g, 'items[0].basis[0].url', 'http_url');
    assert.equal(r.data, undefined, 'a file with a dangerous link yields no data to render');
  });
  it('for display, drops a javascript: link with a warning instead of rejecting the whole list', () => {
    const f = good();
    f.items[0].basis[0].url = 'javascript:alert(1)';
    f.items[2].source = 'data:text/html,<script>alert(1)</script>';
    const r = validate('fee-list', f, { dropUnsafeLinks: true });
    assert.equal(r.ok, true);
    assert.equal(r.data?.items[0]?.basis[0]?.url, undefined);
    assert.equal(r.data?.items[0]?.basis[0]?.title, f.items[0].basis[0].title);
    assert.equal(r.data?.items[2]?.source, undefined);
    assert.deepEqual(
      r.issues.filter((i) => i.code === 'unsafe_link_dropped').map((i) => [formatPath(i.path), i.severity]),
      [
        ['items[0].basis[0].url', 'warning'],
        ['items[2].source', 'warning'],
      ],
    );
    assert.equal(f.items[0].basis[0].url, 'javascript:alert(1)', 'the input is not modified');
  });
  it('rejects effective dates in the wrong order', () => {
    const f = good();
    f.items[0].effectiveTo = '2025-12-31';
    expectIssue('fee-list', f, 'items[0].effectiveTo', 'date_order');
  });
  it('accepts a catalogue item without a structured standard', () => {
    const f = good();
    delete f.items[0].standard;
    assert.equal(validate('fee-list', f).ok, true);
  });
});

describe('service guide', () => {
  it('rejects a material with an unknown form and a missing required flag', () => {
    const g = clone(feed.datasets['guides-nr']);
    g.guides[0].materials[0].form = 'scan';
    delete g.guides[0].materials[1].required;
    const r = expectIssue('service-guide', g, 'guides[0].materials[0].form', 'material_form');
    assert.ok(find(r.issues, 'guides[0].materials[1].required', 'required'));
  });
  it('reports fee and process references that do not resolve inside the feed', () => {
    const f = clone(feed);
    f.datasets['guides-nr'].guides[0].fees.refs[0] = 'fee-nonexistent';
    f.datasets['guides-nr'].guides[1].processRef = 'proc-nonexistent';
    const r = validateFeed(f);
    assert.equal(r.ok, false);
    const fee = r.issues.find((i) => i.code === 'ref_fee_missing');
    assert.equal(fee?.file, 'guides-nr');
    assert.deepEqual(fee?.path, ['guides', 0, 'fees', 'refs', 0]);
    assert.deepEqual(r.issues.find((i) => i.code === 'ref_process_missing')?.path, ['guides', 1, 'processRef']);
  });
});

describe('process', () => {
  const good = () => clone(feed.datasets['processes-county']);
  it('reports an edge to a node that does not exist', () => {
    const p = good();
    p.processes[0].edges[0].to = 'nowhere';
    expectIssue('process', p, 'processes[0].edges[0].to', 'edge_unknown_node');
  });
  it('reports a process with no end and one with no start', () => {
    const p = good();
    p.processes[4].nodes = p.processes[4].nodes.map((n: any) => (n.kind === 'end' ? { ...n, kind: 'step' } : n));
    expectIssue('process', p, 'processes[4].nodes', 'no_end');
    const q = good();
    q.processes[4].nodes[0].kind = 'step';
    expectIssue('process', q, 'processes[4].nodes', 'no_start');
  });
  it('reports a node that cannot be reached from the start', () => {
    const p = good();
    p.processes[0].nodes.push({ id: 'orphan', kind: 'step', label: '孤立步骤' });
    p.processes[0].edges.push({ from: 'orphan', to: 'done' });
    expectIssue('process', p, `processes[0].nodes[${p.processes[0].nodes.length - 1}]`, 'unreachable');
  });
  it('rejects an unknown node kind', () => {
    const p = good();
    p.processes[0].nodes[1].kind = 'gateway';
    expectIssue('process', p, 'processes[0].nodes[1].kind', 'node_kind');
  });
});

describe('a basis cited by its 文号 alone', () => {
  it('is a document without a made-up title, shown as the 文号; one with neither is refused in words', async () => {
    const { documentLabel } = await import('../src/index.js');
    const fee = (basis: unknown[]) => ({
      kind: 'fee-list',
      id: 'f',
      updated: '2026-03-01',
      items: [{ id: 'a', name: '不动产登记费', department: '示例县自然资源局', category: 'administrative', basis }],
    });
    const ok = validate('fee-list', fee([{ number: '发改价格规〔2016〕2559号' }]));
    assert.equal(ok.ok, true, ok.issues.map((i) => formatIssue(i)).join('\n'));
    assert.equal(documentLabel(ok.data!.items[0]!.basis[0]!), '发改价格规〔2016〕2559号');
    assert.equal(
      documentLabel({ title: '不动产登记暂行条例', number: '国务院令第656号' }),
      '《不动产登记暂行条例》（国务院令第656号）',
    );
    const bad = validate('fee-list', fee([{ issuer: '国家发展改革委' }]));
    assert.equal(bad.ok, false);
    assert.match(formatIssue(bad.issues.find((i) => i.code === 'document_unnamed')!), /标题（title）或文号（number）/);
  });
});
