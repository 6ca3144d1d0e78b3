// Generated inputs shared by the benchmarks: the same data for every contender.

const NAMES = [
  '不动产登记费',
  '居民身份证工本费',
  '机动车号牌工本费',
  '遗体火化费',
  '污水处理费',
  '城市基础设施配套费',
  '普通高中学费',
  '公证服务费',
  '土地复垦费',
  '车辆通行费',
  '人事考试考务费',
  '水土保持补偿费',
];

export function feeList(count) {
  const standards = [
    { type: 'fixed', amount: 80, per: '件' },
    { type: 'range', min: 50, max: 200, per: '次' },
    { type: 'per-unit', rate: 1.5, per: '平方米', minCharge: 300 },
    {
      type: 'tiered',
      tiers: [
        { label: '住宅', amount: 80, per: '件' },
        { label: '非住宅', amount: 550, per: '件' },
      ],
    },
    { type: 'free', reason: '免征' },
    { type: 'suspended', since: '2017-04-01' },
  ];
  return {
    kind: 'fee-list',
    id: 'bench-fees',
    updated: '2026-03-01T09:00:00+08:00',
    items: Array.from({ length: count }, (_, i) => ({
      id: `fee-${i}`,
      no: i + 1,
      name: `${NAMES[i % NAMES.length]}（第${i}项）`,
      department: `示例县第${i % 40}局`,
      category: ['administrative', 'fund', 'service'][i % 3],
      level: 'provincial',
      fundManagement: 'treasury',
      basis: [
        {
          title: '国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知',
          number: `发改价格规〔2016〕${i}号`,
          url: `https://www.example.gov.cn/doc/${i}.html`,
        },
      ],
      standard: standards[i % standards.length],
      exemptions: '城乡低保对象、特困人员免收。',
      effectiveFrom: '2026-01-01',
      status: i % 6 === 5 ? 'suspended' : 'active',
    })),
  };
}

export function budgetLines(count) {
  const lines = [];
  const classes = Math.ceil(count / 250);
  for (let c = 0; c < classes; c++) {
    const cls = String(201 + c);
    for (let k = 1; k <= 10; k++)
      for (let x = 1; x <= 25 && lines.length < count; x++) {
        lines.push({
          code: `${cls}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`,
          name: `项目${x}`,
          basic: x,
          project: 1,
          total: x + 1,
        });
      }
  }
  return lines;
}

/** A 30-node approval process with decisions, 不予受理 exits and 补正 loops back (same for every contender). */
/**
 * A process of `count` nodes: a start, steps with their owners, a decision every sixth node with a
 * 补正 loop back, a 不予受理 exit from the first decision, and an end.
 */
export function processOf(count) {
  const last = count - 1;
  const nodes = [{ id: 'n0', kind: 'start', label: '申请人提交申请', owner: '申请人' }];
  const edges = [];
  for (let i = 1; i < last; i++) {
    const decision = i % 6 === 1;
    nodes.push({
      id: `n${i}`,
      kind: decision ? 'decision' : 'step',
      label: decision ? `第${i}环节审查` : `第${i}环节办理`,
      owner: ['综合窗口', '业务科室', '分管领导'][i % 3],
      days: i % 4 === 0 ? 2 : 1,
    });
    edges.push({ from: `n${i - 1}`, to: `n${i}`, label: nodes[i - 1].kind === 'decision' ? '受理' : undefined });
    if (decision && i > 2) edges.push({ from: `n${i}`, to: `n${i - 2}`, label: '补正材料' });
  }
  nodes.push({ id: `n${last}`, kind: 'end', label: '办结', owner: '出件窗口' });
  edges.push({ from: `n${last - 1}`, to: `n${last}` });
  edges.push({ from: 'n1', to: `n${last}`, label: '不予受理' });
  return { id: `bench-${count}`, name: `${count}节点流程`, nodes, edges };
}

export const process30 = () => processOf(30);

/** The same process in Mermaid's flowchart syntax. */
export function toMermaid(p) {
  const shape = (n) =>
    n.kind === 'decision'
      ? `{"${n.label}"}`
      : n.kind === 'step'
        ? `["${n.label}<br/>${n.owner ?? ''}"]`
        : `(["${n.label}"])`;
  return [
    'flowchart LR',
    ...p.nodes.map((n) => `  ${n.id}${shape(n)}`),
    ...p.edges.map((e) => `  ${e.from} -->${e.label ? `|${e.label}|` : ''} ${e.to}`),
  ].join('\n');
}

/** A 5,000-项 budget dataset (类 → 款 → 项, parents equal the sum of their children). */
/**
 * A budget of `total` 项 lines under 20 类, each with its 款 and 项 (codes 201…, 20101…, 2010101…),
 * every parent's total the sum of its items; 5,000 lines give 10 款 of 25 项 per 类.
 */
export function budgetOf(total) {
  const CLASSES = 20;
  const sections = Math.max(10, Math.ceil(total / (CLASSES * 99)));
  const perSection = Math.ceil(total / (CLASSES * sections));
  const lines = [];
  let n = 0;
  for (let c = 0; n < total; c++) {
    const cls = String(201 + c);
    const kids = [];
    for (let k = 1; k <= sections; k++) {
      const sec = cls + String(k).padStart(2, '0');
      const items = [];
      for (let x = 1; x <= perSection && n < total; x++, n++) {
        const amount = Math.round(((x * 37 + k * 13 + c * 7) % 97) * 100 + 100) / 100;
        items.push({
          code: sec + String(x).padStart(2, '0'),
          name: `项目${x}`,
          basic: 0,
          project: amount,
          total: amount,
        });
      }
      if (!items.length) break;
      const t = Math.round(items.reduce((a, i) => a + i.total * 100, 0)) / 100;
      kids.push({ code: sec, name: `第${k}款`, basic: 0, project: t, total: t }, ...items);
    }
    const t = Math.round(kids.filter((l) => l.code.length === 5).reduce((a, i) => a + i.total * 100, 0)) / 100;
    lines.push({ code: cls, name: `第${c + 1}类支出`, basic: 0, project: t, total: t }, ...kids);
  }
  return {
    kind: 'budget',
    id: `bench-${total}`,
    updated: '2026-02-18',
    department: '示例县综合部门',
    year: 2026,
    phase: 'budget',
    unit: '万元',
    lines,
  };
}

export const budget5000 = () => budgetOf(5000);

/** The same budget as ECharts treemap data (nested children). */
export function toEchartsTree(b) {
  const byCode = new Map();
  const roots = [];
  for (const l of b.lines) {
    const node = { name: `${l.code} ${l.name}`, value: l.total, children: [] };
    byCode.set(l.code, node);
    const parent = byCode.get(l.code.slice(0, l.code.length - 2));
    if (l.code.length > 3 && parent) parent.children.push(node);
    else if (l.code.length === 3) roots.push(node);
  }
  for (const n of byCode.values()) if (!n.children.length) delete n.children;
  return roots;
}

const POWER_NAMES = [
  ['licensing', '建设工程规划许可证核发'],
  ['penalty', '对非法占用土地的处罚'],
  ['enforcement', '查封、扣押不符合食品安全标准的食品'],
  ['levy', '土地复垦费征收'],
  ['payment', '最低生活保障金给付'],
  ['inspection', '特种设备安全监督检查'],
  ['confirmation', '不动产首次登记'],
  ['reward', '对举报食品安全违法行为的奖励'],
  ['ruling', '土地权属争议调处'],
  ['other', '消费者投诉举报处理'],
];

/** A 权责清单 of `count` powers over ten offices, every type, with the multi-part cells real lists have. */
export function powerList(count) {
  return {
    kind: 'power-list',
    id: 'bench-powers',
    updated: '2026-01-15T10:00:00+08:00',
    department: '示例县综合局',
    powers: Array.from({ length: count }, (_, i) => {
      const [type, name] = POWER_NAMES[i % POWER_NAMES.length];
      return {
        id: `power-${i}`,
        code: `33999900${String(i).padStart(6, '0')}`,
        name: `${name}（第${i}项）`,
        type,
        basis: [{ title: '中华人民共和国行政许可法', article: `第${(i % 80) + 1}条`, excerpt: '依法应当取得许可的。' }],
        department: '示例县综合局',
        office: `第${i % 10}股`,
        responsibilities: ['受理责任：一次性告知补正材料', '审查责任：提出审查意见', '决定责任：作出决定'],
        accountability: ['对符合法定条件的申请不予受理的', '玩忽职守、滥用职权的'],
        supervision: { phone: '0999-12345' },
        levels: ['county'],
        status: i % 50 === 49 ? 'suspended' : 'active',
        ...(i % 50 === 49 ? { statusDate: '2025-07-01' } : {}),
      };
    }),
  };
}
