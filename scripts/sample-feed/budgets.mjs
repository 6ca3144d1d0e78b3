// Budget, final-account and 三公 data of the sample county's three departments.
// Amounts are built in 分 (integers) so that every parent equals the sum of its children exactly.

export const DEPARTMENTS = {
  hrss: '示例县人力资源和社会保障局',
  nr: '示例县自然资源局',
  ca: '示例县民政局',
};

const NAMES = {
  201: '一般公共服务支出',
  208: '社会保障和就业支出',
  20801: '人力资源和社会保障管理事务',
  2080101: '行政运行',
  2080102: '一般行政管理事务',
  2080109: '社会保险经办机构',
  2080112: '劳动人事争议调解仲裁',
  2080199: '其他人力资源和社会保障管理事务支出',
  20802: '民政管理事务',
  2080201: '行政运行',
  2080208: '基层政权建设和社区治理',
  2080299: '其他民政管理事务支出',
  20805: '行政事业单位养老支出',
  2080505: '机关事业单位基本养老保险缴费支出',
  2080506: '机关事业单位职业年金缴费支出',
  20807: '就业补助',
  2080701: '就业创业服务补贴',
  2080705: '公益性岗位补贴',
  2080799: '其他就业补助支出',
  20810: '社会福利',
  2081001: '儿童福利',
  2081002: '老年福利',
  2081004: '殡葬',
  20819: '最低生活保障',
  2081901: '城市最低生活保障金支出',
  2081902: '农村最低生活保障金支出',
  20820: '临时救助',
  2082001: '临时救助支出',
  20821: '特困人员救助供养',
  2082101: '城市特困人员救助供养支出',
  2082102: '农村特困人员救助供养支出',
  210: '卫生健康支出',
  21011: '行政事业单位医疗',
  2101101: '行政单位医疗',
  2101102: '事业单位医疗',
  212: '城乡社区支出',
  21208: '国有土地使用权出让收入安排的支出',
  2120801: '征地和拆迁补偿支出',
  2120803: '城市建设支出',
  220: '自然资源海洋气象等支出',
  22001: '自然资源事务',
  2200101: '行政运行',
  2200104: '自然资源规划及管理',
  2200106: '自然资源利用与保护',
  2200109: '自然资源调查与确权登记',
  2200150: '事业运行',
  221: '住房保障支出',
  22102: '住房改革支出',
  2210201: '住房公积金',
  229: '其他支出',
  22960: '彩票公益金安排的支出',
  2296002: '用于社会福利的彩票公益金支出',
};

/** Items (7-digit codes) with their 2025 budget in 万元, whether basic (基本支出), and the funding source. */
const ITEMS = {
  hrss: [
    [2080101, 612.4, 'basic'],
    [2080102, 86.3],
    [2080109, 238.75, 'basic'],
    [2080112, 24.6],
    [2080199, 41.2],
    [2080505, 96.18, 'basic'],
    [2080506, 38.47, 'basic'],
    [2080701, 420.0],
    [2080705, 356.8],
    [2080799, 65.5],
    [2101101, 31.26, 'basic'],
    [2101102, 18.9, 'basic'],
    [2210201, 72.35, 'basic'],
  ],
  nr: [
    [2080505, 121.04, 'basic'],
    [2080506, 48.41, 'basic'],
    [2101101, 39.33, 'basic'],
    [2120801, 2860.0, 'project', 'government-fund'],
    [2120803, 945.5, 'project', 'government-fund'],
    [2200101, 803.6, 'basic'],
    [2200104, 312.8],
    [2200106, 186.25],
    [2200109, 264.9],
    [2200150, 357.12, 'basic'],
    [2210201, 91.08, 'basic'],
  ],
  ca: [
    [2080201, 455.7, 'basic'],
    [2080208, 128.0],
    [2080299, 22.4],
    [2080505, 68.92, 'basic'],
    [2080506, 27.57, 'basic'],
    [2081001, 146.3],
    [2081002, 402.6],
    [2081004, 88.0],
    [2081901, 1236.0],
    [2081902, 2658.4],
    [2082001, 310.0],
    [2082101, 186.9],
    [2082102, 734.2],
    [2101101, 22.41, 'basic'],
    [2210201, 51.66, 'basic'],
    [2296002, 240.0, 'project', 'government-fund'],
  ],
};

/** A deterministic ±spread factor per (code, salt), so the figures look real but never change. */
function factor(code, salt, spread) {
  let h = 2166136261;
  for (const ch of `${code}:${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return 1 + (((h >>> 0) % 2001) / 1000 - 1) * spread;
}

const toFen = (wan) => Math.round(wan * 100);
const fromFen = (fen) => fen / 100;

/** Amounts in 分 per item for a year/phase. */
function itemAmounts(dept, variant) {
  return ITEMS[dept].map(([code, base2025, type = 'project', source = 'general-budget']) => {
    let wan = base2025;
    if (variant === 'budget-2026') wan = base2025 * factor(code, dept + '26', 0.12) * 1.03;
    if (variant === 'final-2025') wan = base2025 * factor(code, dept + 'f', 0.06) * 0.97;
    return { code: String(code), fen: toFen(wan), basic: type === 'basic', source };
  });
}

function roll(items) {
  // Every item contributes to its 款 and 类; parents are sums in 分, so they add up exactly.
  const lines = new Map();
  const add = (code, it) => {
    const l = lines.get(code) ?? { code, total: 0, basic: 0, project: 0, funding: {} };
    l.total += it.fen;
    l[it.basic ? 'basic' : 'project'] += it.fen;
    l.funding[it.source] = (l.funding[it.source] ?? 0) + it.fen;
    lines.set(code, l);
  };
  for (const it of items) {
    add(it.code.slice(0, 3), it);
    add(it.code.slice(0, 5), it);
    add(it.code, it);
  }
  return [...lines.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function toLine(l, previous, row) {
  const name = NAMES[l.code];
  if (!name) throw new Error(`no name for ${l.code}`);
  const line = {
    code: l.code,
    name,
    basic: fromFen(l.basic),
    project: fromFen(l.project),
    total: fromFen(l.total),
    funding: Object.fromEntries(Object.entries(l.funding).map(([k, v]) => [k, fromFen(v)])),
    row,
  };
  if (previous) line.previous = previous.has(l.code) ? fromFen(previous.get(l.code)) : null;
  return line;
}

const SOURCE_NAMES = {
  'general-budget': '一般公共预算拨款',
  'government-fund': '政府性基金预算拨款',
};

function economicLines(basicFen) {
  // Basic spending split by 部门预算支出经济分类 (301 wages, 302 goods and services, 303 households).
  const parts = [
    ['30101', '基本工资', 0.26],
    ['30102', '津贴补贴', 0.2],
    ['30103', '奖金', 0.08],
    ['30108', '机关事业单位基本养老保险缴费', 0.1],
    ['30110', '职工基本医疗保险缴费', 0.05],
    ['30113', '住房公积金', 0.07],
    ['30201', '办公费', 0.05],
    ['30211', '差旅费', 0.03],
    ['30217', '公务接待费', 0.01],
    ['30231', '公务用车运行维护费', 0.03],
    ['30299', '其他商品和服务支出', 0.08],
    ['30305', '生活补助', 0.04],
  ];
  let left = basicFen;
  const leaves = parts.map(([code, name, share], i) => {
    const fen = i === parts.length - 1 ? left : Math.round(basicFen * share);
    left -= fen;
    return { code, name, fen };
  });
  const classes = { 301: '工资福利支出', 302: '商品和服务支出', 303: '对个人和家庭的补助' };
  const out = [];
  for (const [code, name] of Object.entries(classes)) {
    const kids = leaves.filter((l) => l.code.startsWith(code));
    out.push({ code, scheme: 'department', name, amount: fromFen(kids.reduce((a, k) => a + k.fen, 0)) });
    for (const k of kids) out.push({ code: k.code, scheme: 'department', name: k.name, amount: fromFen(k.fen) });
  }
  return out;
}

const EXPLANATION = {
  budget: (dept, year, total) =>
    `一、部门主要职责\n${DEPARTMENTS[dept]}是县政府工作部门，负责本领域的政策执行、公共服务和监督管理。\n\n二、${year}年部门预算收支情况\n${year}年收支总预算${total}万元，全部为本年收入，无上年结转。\n\n三、名词解释\n基本支出：为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。项目支出：为完成特定行政任务和事业发展目标所发生的支出。`,
  final: (dept, year, total) =>
    `一、部门决算总体情况\n${DEPARTMENTS[dept]}${year}年度支出决算${total}万元。\n\n二、决算与预算对比\n支出决算与年初预算的差异主要由年中追加和项目结余形成，详见各科目说明。`,
};

const round2 = (n) => Math.round(n * 100) / 100;

/** A change as printed: the amount to 2 decimals, the percentage to `digits` (some tables print whole %). */
function printedChange(currentFen, previousFen, digits = 2) {
  if (previousFen === undefined || previousFen === 0) return undefined;
  const pct = ((currentFen - previousFen) / previousFen) * 100;
  return {
    amount: fromFen(currentFen - previousFen),
    amountDigits: 2,
    percent: Number(pct.toFixed(digits)),
    percentDigits: digits,
  };
}

/** 收支总表 as printed: revenue rows (incl. a blank 上年结转) against spending by 类, names without codes. */
function summaryTable(table, revenue, classes, totalFen) {
  return {
    table,
    revenueSide: [
      ...revenue.map((r, i) => ({ name: r.name, row: i + 1, amount: r.amount })),
      { name: '上年结转', row: revenue.length + 1, amount: null },
      { name: '收入总计', row: revenue.length + 2, amount: fromFen(totalFen), isTotal: true },
    ],
    expenditureSide: [
      ...classes.map((c, i) => ({ name: NAMES[c.code], row: i + 1, amount: fromFen(c.total) })),
      { name: '支出总计', row: classes.length + 1, amount: fromFen(totalFen), isTotal: true },
    ],
  };
}

/** The set of nine tables of a 2026 budget; tables with nothing to show are published empty, with a reason. */
function budgetTables(dept, year, rolled, revenue, classes, totalFen) {
  const fundLines = (source) =>
    rolled
      .filter((l) => (l.funding[source] ?? 0) > 0)
      .map((l) => ({ code: l.code, name: NAMES[l.code], total: fromFen(l.funding[source]) }));
  const fund = fundLines('government-fund');
  const empty = (what) => `本部门${year}年没有${what}预算拨款安排的支出，故本表为空表。`;
  return [
    summaryTable('summary', revenue, classes, totalFen),
    { table: 'revenue' },
    { table: 'expenditure' },
    summaryTable('fiscal-summary', revenue, classes, totalFen),
    { table: 'general-budget', lines: fundLines('general-budget') },
    { table: 'general-basic' },
    { table: 'three-public' },
    fund.length
      ? { table: 'government-fund', lines: fund }
      : { table: 'government-fund', emptyReason: empty('政府性基金') },
    { table: 'state-capital', emptyReason: empty('国有资本经营') },
  ];
}

function budgetDataset(dept, variant, previousMap) {
  const [phaseWord, yearStr] = variant.split('-');
  const year = Number(yearStr);
  const final = phaseWord === 'final';
  const rolled = roll(itemAmounts(dept, variant));
  const lines = rolled.map((l, i) => toLine(l, previousMap, i + 1));
  const classes = rolled.filter((l) => l.code.length === 3);
  const totalFen = classes.reduce((a, l) => a + l.total, 0);
  const basicFen = classes.reduce((a, l) => a + l.basic, 0);
  const bySource = {};
  for (const c of classes) for (const [s, v] of Object.entries(c.funding)) bySource[s] = (bySource[s] ?? 0) + v;
  const revenue = Object.entries(bySource).map(([source, fen]) => ({
    source,
    name: SOURCE_NAMES[source],
    amount: fromFen(fen),
  }));
  const previousTotal = previousMap
    ? [...previousMap].filter(([c]) => c.length === 3).reduce((a, [, v]) => a + v, 0)
    : undefined;
  // The printed 合计 row: its figures and, where last year's are printed, its change.
  const total = { total: fromFen(totalFen), basic: fromFen(basicFen), project: fromFen(totalFen - basicFen) };
  if (previousTotal !== undefined) {
    total.previous = fromFen(previousTotal);
    total.change = printedChange(totalFen, previousTotal);
  }
  // One class prints its change as a whole percentage, as some bureaus do: it still agrees.
  if (previousMap) {
    const first = lines.find((l) => l.code.length === 3 && previousMap.get(l.code));
    const change =
      first && printedChange(rolled.find((r) => r.code === first.code).total, previousMap.get(first.code), 0);
    if (change) first.change = { percent: change.percent, percentDigits: 0 };
  }
  return {
    map: new Map(rolled.map((l) => [l.code, l.total])),
    data: {
      kind: final ? 'final-account' : 'budget',
      id: `${final ? 'final' : 'budget'}-${year}-${dept}`,
      title: `${DEPARTMENTS[dept]}${year}年部门${final ? '决算' : '预算'}`,
      updated: final ? `${year + 1}-08-28T10:00:00+08:00` : `${year}-02-18T10:00:00+08:00`,
      source: `https://www.shili.gov.cn/zfxxgk/${dept}/czyjs/${year}${final ? 'js' : 'ys'}.html`,
      department: DEPARTMENTS[dept],
      year,
      phase: final ? 'final' : 'budget',
      unit: '万元',
      lines,
      total,
      revenue,
      revenueTotal: fromFen(totalFen),
      economic: economicLines(basicFen),
      ...(previousMap ? { tables: budgetTables(dept, year, rolled, revenue, classes, totalFen) } : {}),
      explanation: EXPLANATION[final ? 'final' : 'budget'](dept, year, fromFen(totalFen).toFixed(2)),
    },
  };
}

export function budgets() {
  const out = [];
  for (const dept of Object.keys(DEPARTMENTS)) {
    const b25 = budgetDataset(dept, 'budget-2025');
    const b26 = budgetDataset(dept, 'budget-2026', b25.map);
    const f25 = budgetDataset(dept, 'final-2025');
    out.push(b25.data, b26.data, f25.data);
  }
  return out;
}

/** 三公 for the 2025 final accounts: budget, actual, 2024 actual and the published reason. */
const THREE_PUBLIC = {
  hrss: {
    lines: [
      ['abroad', 0, 0, 0, null, '本年度无因公出国(境)任务。'],
      ['vehicle-purchase', 0, 0, 0, null, '本年度未购置公务用车。'],
      ['vehicle-operation', 6.5, 5.82, 6.31, -7.77, '严格执行公务用车管理规定，减少车辆使用频次。'],
      ['reception', 3.2, 2.46, 2.28, 7.89, '承接省级就业工作现场会，接待批次增加。'],
    ],
    related: { runningCosts: 96.4, procurement: 58.2, vehicles: 2 },
  },
  nr: {
    lines: [
      ['abroad', 0, 0, 0, null, '本年度无因公出国(境)任务。'],
      ['vehicle-purchase', 18, 17.6, 0, null, '按规定更新一辆执法执勤用车（原车已达报废年限）。'],
      ['vehicle-operation', 14, 12.93, 14.02, -7.77, '压减车辆运行维护支出。'],
      // The printed −7.81% disagrees with the amounts (+7.80%), as in a real published table.
      ['reception', 4, 3.18, 2.95, -7.81, '国土空间规划评审接待增加。'],
    ],
    related: { runningCosts: 128.7, procurement: 412.5, vehicles: 5 },
  },
  ca: {
    lines: [
      ['abroad', 0, 0, 0, null, '本年度无因公出国(境)任务。'],
      ['vehicle-purchase', 0, 0, 0, null, '本年度未购置公务用车。'],
      ['vehicle-operation', 5, 4.4, 5.12, -14.06, '落实过紧日子要求，公务出行优先使用公共交通。'],
      ['reception', 1.5, 0.86, 1.02, -15.69, '严控接待标准和陪同人数。'],
    ],
    related: { runningCosts: 71.9, procurement: 36.0, vehicles: 1 },
  },
};

const sumOf = (lines, i) => round2(lines.reduce((a, l) => a + l[i], 0));

/** The printed subtotal rows: 公务用车购置及运行维护费 and 合计, as the table prints them. */
function threePublicSubtotals(lines) {
  const vehicle = lines.filter(([c]) => c.startsWith('vehicle-'));
  const row = (category, parts) => ({
    category,
    budget: sumOf(parts, 1),
    actual: sumOf(parts, 2),
    previous: sumOf(parts, 3),
  });
  return [row('vehicle', vehicle), row('total', lines)];
}

export function threePublic() {
  return Object.entries(THREE_PUBLIC).map(([dept, t]) => ({
    kind: 'three-public',
    id: `three-public-2025-${dept}`,
    title: `${DEPARTMENTS[dept]}2025年度“三公”经费决算`,
    updated: '2026-08-28T10:00:00+08:00',
    source: `https://www.shili.gov.cn/zfxxgk/${dept}/sgjf/2025.html`,
    department: DEPARTMENTS[dept],
    year: 2025,
    unit: '万元',
    scope: 'own',
    fund: 'general-budget',
    lines: [
      ...t.lines.map(([category, budget, actual, previous, pct, reason]) => ({
        category,
        budget,
        actual,
        previous,
        ...(pct === null ? {} : { change: { percent: pct, percentDigits: 2 } }),
        reason,
      })),
      ...threePublicSubtotals(t.lines),
    ],
    related: t.related,
    explanation: '“三公”经费是指用财政拨款安排的因公出国(境)费、公务用车购置及运行维护费和公务接待费。',
  }));
}
