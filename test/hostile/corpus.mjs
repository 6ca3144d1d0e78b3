// The hostile corpus: feeds and datasets as hand-edited files and failing servers produce them,
// each with what must happen. Built from the sample feed so every case differs from a valid file
// in exactly the way it names. Runs in Node (validator, client) and in Chromium (every widget).
//
// expect:
//   'reject' — the validator/client refuses it with a clear error (path + message); widgets show an
//              error view, never a blank or broken one
//   'inert'  — it is shown, but nothing in it is executed or becomes a live link
//   'accept' — valid, if odd (e.g. unicode tricks): shown as text

const SCRIPT = '<script>window.__pwned = (window.__pwned || 0) + 1</script>';
const IMG = '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">';
const SVG = '<svg onload="window.__pwned = 1"></svg>';
const BAD_LINKS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:alert(1)',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'javascript&colon;alert(1)',
  '//evil.example/x',
];
const clone = (v) => structuredClone(v);

/** Every string leaf of a value, with a setter. */
function* stringSlots(value, path = []) {
  if (typeof value === 'string') yield path;
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringSlots(value[i], [...path, i]);
  else if (value && typeof value === 'object')
    for (const k of Object.keys(value)) yield* stringSlots(value[k], [...path, k]);
}
function set(obj, path, v) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path.at(-1)] = v;
}
const isUrlField = (path) => /^(url|source|blankForm|example|onlineUrl|flowchartImage)$/.test(String(path.at(-1)));
const isTextField = (path) =>
  !isUrlField(path) &&
  !/^(id|kind|code|type|category|status|phase|unit|form|copy|medium|scheme|scope|fund|caseType|crossRegion|level|fundManagement|updated|date|effectiveFrom|effectiveTo|since|from|to|processRef|regionCode|creditCode|source|sha256|parent|table)$/.test(
    String(path.at(-1)),
  ) &&
  !path.includes('refs');

export function buildCorpus(feed) {
  const d = (id) => clone(feed.datasets[id]);
  const cases = [];
  const add = (name, kind, body, expect, widget) => cases.push({ name, kind, body, expect, widget });

  // --- HTML and script in every text field: shown as text, never executed ------------------
  for (const [id, kind, widget] of [
    ['fees-nr', 'fee-list', 'gk-fee-table'],
    ['guides-nr', 'service-guide', 'gk-service-guide'],
    ['processes-county', 'process', 'gk-process-flow'],
    ['budget-2026-ca', 'budget', 'gk-budget-viewer'],
    ['three-public-2025-nr', 'three-public', 'gk-three-public'],
  ]) {
    for (const [label, payload] of [
      ['script', SCRIPT],
      ['img onerror', IMG],
      ['svg onload', SVG],
    ]) {
      const body = d(id);
      for (const p of stringSlots(body)) if (isTextField(p)) set(body, p, `${payload}${String(p.at(-1))}`);
      add(`${kind}: ${label} in every text field`, kind, body, 'inert', widget);
    }
  }

  // --- dangerous links in every URL field: dropped (shown inert) or rejected ------------------
  for (const [id, kind, widget] of [
    ['fees-catalogue', 'fee-list', 'gk-fee-table'],
    ['guides-hrss', 'service-guide', 'gk-service-guide'],
  ]) {
    for (const link of BAD_LINKS) {
      const body = d(id);
      const first = kind === 'fee-list' ? body.items[0] : body.guides[0];
      if (kind === 'fee-list') first.basis[0].url = link;
      else {
        first.onlineUrl = link;
        first.legalBasis[0].url = link;
        first.materials[0].blankForm = link;
      }
      body.source = link;
      add(`${kind}: link ${JSON.stringify(link)}`, kind, body, 'inert', widget);
    }
  }
  for (const link of BAD_LINKS.slice(0, 5)) {
    const m = clone(feed.manifest);
    m.datasets[0].url = link;
    add(`manifest: dataset url ${JSON.stringify(link)}`, 'manifest', m, 'reject');
  }

  // --- unicode tricks: accepted, rendered as text ---------------------------------------------
  const uni = {
    'bidi override': '\u202Eevil.exe\u202C不动产登记费',
    'zero-width joiners': '不\u200B动\u200D产\uFEFF登记费',
    'very long word': 'W'.repeat(5000),
    'combining marks': 'Z̶̢̛͔a̷l̸g̵o̴ 收费',
    'astral characters': '𠀀𠀁𪚥 收费 🏛️',
  };
  for (const [label, text] of Object.entries(uni)) {
    const body = d('fees-nr');
    body.items[0].name = text;
    body.items[0].notes = text;
    add(`fee-list: ${label}`, 'fee-list', body, 'accept', 'gk-fee-table');
  }
  const control = d('fees-nr');
  control.items[0].name = '   ';
  add('fee-list: a name of only spaces', 'fee-list', control, 'reject', 'gk-fee-table');

  // --- numbers ------------------------------------------------------------------------------
  const numbers = {
    'NaN as a string': 'NaN',
    'Infinity as a string': 'Infinity',
    'a number as a string': '80',
    'a negative amount': -80,
    'a boolean amount': true,
    'an object amount': { value: 80 },
  };
  for (const [label, v] of Object.entries(numbers)) {
    const body = d('fees-nr');
    body.items[0].standard.amount = v;
    add(`fee-list: ${label}`, 'fee-list', body, 'reject', 'gk-fee-table');
  }
  const huge = d('budget-2026-ca');
  huge.lines[0].total = 1e308;
  add('budget: a huge total (parents no longer add up)', 'budget', huge, 'reject', 'gk-budget-viewer');
  const negBudget = d('budget-2026-ca');
  negBudget.lines[2].basic = -100;
  add('budget: a negative amount', 'budget', negBudget, 'reject', 'gk-budget-viewer');
  const badCode = d('budget-2026-ca');
  badCode.lines[3].code = '208<b>01</b>';
  add('budget: HTML in a classification code', 'budget', badCode, 'reject', 'gk-budget-viewer');
  const tp = d('three-public-2025-ca');
  tp.lines[0].publishedChangePercent = 'Infinity';
  add('three-public: Infinity as a printed percentage', 'three-public', tp, 'reject', 'gk-three-public');

  // --- structure ------------------------------------------------------------------------------
  const dup = d('fees-nr');
  dup.items[1].id = dup.items[0].id;
  add('fee-list: duplicate ids', 'fee-list', dup, 'reject');
  const dupNodes = d('processes-county');
  dupNodes.processes[0].nodes[2].id = dupNodes.processes[0].nodes[1].id;
  add('process: duplicate node ids', 'process', dupNodes, 'reject', 'gk-process-flow');
  const cyc = d('processes-county');
  cyc.processes[0].edges.push({ from: 'done', to: 'apply', label: '循环' });
  cyc.processes[0].edges.push({ from: 'review', to: 'review', label: '自环' });
  add('process: cycles and a self-loop', 'process', cyc, 'accept', 'gk-process-flow');
  const dangling = d('processes-county');
  dangling.processes[0].edges[0].to = '<img src=x onerror=alert(1)>';
  add('process: edge to a node that does not exist', 'process', dangling, 'reject', 'gk-process-flow');
  const proto = JSON.parse(
    JSON.stringify(d('fees-nr')).replace(
      '"items":',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "items":',
    ),
  );
  add('fee-list: __proto__ and constructor keys', 'fee-list', proto, 'accept', 'gk-fee-table');
  let deep = { name: '深' };
  for (let i = 0; i < 2000; i++) deep = { next: deep };
  const deepFees = d('fees-nr');
  deepFees.items[0].notes = deep;
  add('fee-list: 2,000-level deep nesting in a field', 'fee-list', deepFees, 'reject', 'gk-fee-table');
  add('fee-list: not an object (an array)', 'fee-list', [d('fees-nr')], 'reject', 'gk-fee-table');
  add('fee-list: null', 'fee-list', null, 'reject', 'gk-fee-table');
  add('fee-list: a string', 'fee-list', '<html>', 'reject', 'gk-fee-table');
  const wrongKind = d('budget-2026-ca');
  add('fee-list: a budget file given as a fee list', 'fee-list', wrongKind, 'reject', 'gk-fee-table');
  const big = d('fees-nr');
  big.items = Array.from({ length: 100_000 }, (_, i) => ({
    ...big.items[i % big.items.length],
    id: `fee-${i}`,
    name: `${SCRIPT}收费${i}`,
  }));
  add('fee-list: 100,000 items with script in every name', 'fee-list', big, 'inert', 'gk-fee-table');

  // --- cross references (whole feed) -----------------------------------------------------------
  const loop = clone(feed);
  loop.datasets['guides-nr'].guides[0].processRef = 'guide-property-first';
  loop.datasets['guides-nr'].guides[1].fees = { refs: ['guide-property-transfer'] };
  add('feed: a guide referring to a guide as its process and its fees', 'feed', loop, 'reject');
  const missing = clone(feed);
  delete missing.datasets['fees-nr'];
  add('feed: a dataset listed in the manifest but missing', 'feed', missing, 'reject');

  // --- transport (bytes on the wire; run through the client against a local server) -----------
  const feesText = JSON.stringify(feed.datasets['fees-nr']);
  add('wire: truncated JSON', 'wire', feesText.slice(0, 700), 'reject', 'gk-fee-table');
  add(
    'wire: an HTML error page served as JSON',
    'wire',
    '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><script>window.__pwned=1</script></body></html>',
    'reject',
    'gk-fee-table',
  );
  add('wire: a BOM before the JSON', 'wire', '\uFEFF' + feesText, 'accept', 'gk-fee-table');
  add('wire: GBK bytes served as UTF-8', 'wire', { gbk: feesText }, 'reject', 'gk-fee-table');
  add('wire: an empty body', 'wire', '', 'reject', 'gk-fee-table');
  add('wire: JSON with a trailing comma', 'wire', feesText.replace(/}$/, ',}'), 'reject', 'gk-fee-table');
  add('wire: a 50 MB body', 'wire', { size: 50 * 1024 * 1024 }, 'reject', 'gk-fee-table');
  add('wire: NaN literal in JSON', 'wire', feesText.replace('"amount":80', '"amount":NaN'), 'reject', 'gk-fee-table');
  return cases;
}

/** Encodes a string as GBK-like double-byte garbage (what a GBK file looks like read as UTF-8). */
export function gbkLikeBytes(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else out.push(0xb0 + (c % 0x40), 0xa1 + (c % 0x5e)); // two bytes in the GBK lead/trail ranges
  }
  return Buffer.from(out);
}
