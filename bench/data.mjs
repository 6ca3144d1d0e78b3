// Generated inputs shared by the benchmarks: the same data for every contender.

const NAMES = ['不动产登记费', '居民身份证工本费', '机动车号牌工本费', '遗体火化费', '污水处理费', '城市基础设施配套费', '普通高中学费', '公证服务费', '土地复垦费', '车辆通行费', '人事考试考务费', '水土保持补偿费'];

export function feeList(count) {
  const standards = [
    { type: 'fixed', amount: 80, per: '件' },
    { type: 'range', min: 50, max: 200, per: '次' },
    { type: 'per-unit', rate: 1.5, per: '平方米', minCharge: 300 },
    { type: 'tiered', tiers: [{ label: '住宅', amount: 80, per: '件' }, { label: '非住宅', amount: 550, per: '件' }] },
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
        { title: '国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知', number: `发改价格规〔2016〕${i}号`, url: `https://www.example.gov.cn/doc/${i}.html` },
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
    for (let k = 1; k <= 10; k++) for (let x = 1; x <= 25 && lines.length < count; x++) {
      lines.push({ code: `${cls}${String(k).padStart(2, '0')}${String(x).padStart(2, '0')}`, name: `项目${x}`, basic: x, project: 1, total: x + 1 });
    }
  }
  return lines;
}

