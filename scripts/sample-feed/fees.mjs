// Fee lists of the sample county: the county-wide catalogue (行政事业性收费目录清单, often without
// amounts) and the natural-resources bureau's priced list.
const D = {
  ps: '示例县公安局',
  nr: '示例县自然资源局',
  hc: '示例县住房和城乡建设局',
  ca: '示例县民政局',
  hrss: '示例县人力资源和社会保障局',
  edu: '示例县教育局',
  hw: '示例县卫生健康局',
  mr: '示例县市场监督管理局',
  wr: '示例县水利局',
  tr: '示例县交通运输局',
  ct: '示例县文化和旅游局',
  jus: '示例县司法局',
  tax: '国家税务总局示例县税务局',
};

const doc = (title, number, extra = {}) => ({ title, ...(number ? { number } : {}), ...extra });
const PROV = (n) => doc('示例省发展和改革委员会 示例省财政厅关于规范有关行政事业性收费标准的通知', `示发改价费〔${n}〕`);
const COUNTY = (n) => doc('示例县发展和改革局关于公布县级收费项目和标准的通知', `示县发改〔${n}〕`);

const fixed = (amount, per) => ({ type: 'fixed', amount, ...(per ? { per } : {}) });
const range = (min, max, per) => ({ type: 'range', min, max, ...(per ? { per } : {}) });
const perUnit = (rate, per, extra = {}) => ({ type: 'per-unit', rate, per, ...extra });
const tiered = (...tiers) => ({ type: 'tiered', tiers: tiers.map(([label, amount, per]) => ({ label, amount, ...(per ? { per } : {}) })) });

// [id, name, dept, category, level, fundManagement, basis[], standard?, extra?]
const CATALOGUE = [
  ['fee-id-card', '居民身份证工本费', D.ps, 'administrative', 'central', 'treasury', [doc('国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知', '发改价格〔2003〕2322号')], tiered(['居民身份证', 20, '证'], ['临时居民身份证', 10, '证']), { exemptions: '首次申领和到期换领居民身份证免收工本费；城乡低保对象、特困人员换领、补领免收。' }],
  ['fee-plate', '机动车号牌工本费', D.ps, 'administrative', 'central', 'treasury', [doc('国家发展改革委 财政部关于公安交警部门有关收费标准及有关问题的通知', '发改价格〔2004〕2831号')], tiered(['汽车号牌', 100, '副'], ['摩托车号牌', 35, '副'], ['临时号牌', 5, '张'])],
  ['fee-licence', '机动车行驶证、驾驶证工本费', D.ps, 'administrative', 'central', 'treasury', [doc('国家发展改革委 财政部关于公安交警部门有关收费标准及有关问题的通知', '发改价格〔2004〕2831号')], fixed(10, '证'), { exemptions: '驾驶证工本费自2019年起免收。' }],
  ['fee-exit-entry', '出入境证照工本费', D.ps, 'administrative', 'central', 'treasury', [doc('国家发展改革委 财政部关于降低部分行政事业性收费标准的通知')], tiered(['普通护照', 120, '本'], ['往来港澳通行证', 60, '证'], ['签注', 15, '次'])],
  ['fee-land-idle', '土地闲置费', D.nr, 'administrative', 'central', 'treasury', [doc('闲置土地处置办法', '国土资源部令第53号')], undefined, { notes: '按土地出让或划拨价款的 20% 以下计征，具体由决定书确定。' }],
  ['fee-land-reclaim', '土地复垦费', D.nr, 'administrative', 'provincial', 'treasury', [PROV('2019〕31号')], range(15, 45, '平方米')],
  ['fee-cultivated', '耕地开垦费', D.nr, 'administrative', 'provincial', 'treasury', [PROV('2019〕31号')], perUnit(40, '平方米', { minCharge: 1000 })],
  ['fee-garbage', '城市生活垃圾处理费', D.hc, 'administrative', 'provincial', 'treasury', [COUNTY('2023〕8号')], tiered(['居民', 8, '户·月'], ['单位', 45, '吨'])],
  ['fee-sewage', '污水处理费', D.hc, 'administrative', 'provincial', 'treasury', [COUNTY('2023〕9号')], tiered(['居民生活用水', 0.95, '立方米'], ['非居民用水', 1.4, '立方米'])],
  ['fee-infra', '城市基础设施配套费', D.hc, 'fund', 'provincial', 'treasury', [PROV('2020〕12号')], perUnit(60, '平方米'), { exemptions: '保障性住房、中小学校舍建设免征。' }],
  ['fee-air-defence', '防空地下室易地建设费', D.hc, 'administrative', 'provincial', 'treasury', [PROV('2020〕15号')], perUnit(30, '平方米')],
  ['fee-pickup', '遗体接运费', D.ca, 'service', 'county', 'special-account', [COUNTY('2024〕3号')], fixed(200, '次'), { exemptions: '城乡低保对象、特困人员等免除基本殡葬服务费用。' }],
  ['fee-cremation', '遗体火化费', D.ca, 'service', 'county', 'special-account', [COUNTY('2024〕3号')], fixed(300, '具'), { exemptions: '本县户籍居民基本殡葬服务费用由财政承担。' }],
  ['fee-ash-storage', '骨灰寄存费', D.ca, 'service', 'county', 'special-account', [COUNTY('2024〕3号')], perUnit(50, '格·年')],
  ['fee-marriage', '婚姻登记费', D.ca, 'administrative', 'central', 'treasury', [doc('财政部 国家发展改革委关于清理规范一批行政事业性收费有关政策的通知', '财税〔2017〕20号')], { type: 'free', reason: '婚姻登记证工本费已取消' }],
  ['fee-adoption', '收养登记费', D.ca, 'administrative', 'central', 'treasury', [doc('财政部 国家发展改革委关于清理规范一批行政事业性收费有关政策的通知', '财税〔2017〕20号')], { type: 'free' }],
  ['fee-skill-test', '职业技能鉴定费', D.hrss, 'administrative', 'provincial', 'treasury', [doc('关于停征和免征一批行政事业性收费的通知', '财税〔2014〕101号')], { type: 'suspended', since: '2015-01-01', basis: '财税〔2014〕101号' }, { status: 'suspended' }],
  ['fee-exam', '人事考试考务费', D.hrss, 'administrative', 'provincial', 'special-account', [PROV('2021〕7号')], fixed(50, '科'), { exemptions: '城乡低保家庭考生免收。' }],
  ['fee-hs-tuition', '普通高中学费', D.edu, 'administrative', 'provincial', 'special-account', [PROV('2022〕5号')], range(800, 1200, '学期'), { exemptions: '建档立卡家庭学生免收。' }],
  ['fee-hs-board', '普通高中住宿费', D.edu, 'administrative', 'provincial', 'special-account', [PROV('2022〕5号')], range(300, 600, '学期')],
  ['fee-vocational', '中等职业学校学费', D.edu, 'administrative', 'provincial', 'special-account', [doc('关于进一步完善中等职业教育免学费政策的意见')], { type: 'free', reason: '全日制正式学籍学生免学费' }],
  ['fee-med-assess', '医疗事故技术鉴定费', D.hw, 'administrative', 'provincial', 'treasury', [PROV('2019〕22号')], range(2000, 3500, '例')],
  ['fee-occupational', '职业健康检查费', D.hw, 'service', 'county', 'special-account', [COUNTY('2023〕14号')], undefined],
  ['fee-special-equipment', '特种设备检验检测费', D.mr, 'administrative', 'provincial', 'treasury', [PROV('2018〕40号')], undefined, { status: 'abolished', notes: '已转为经营服务性收费，不再列入目录。' }],
  ['fee-metrology', '计量器具强制检定费', D.mr, 'administrative', 'central', 'treasury', [doc('关于停征免征和调整部分行政事业性收费有关政策的通知', '财税〔2017〕20号')], { type: 'suspended', since: '2017-04-01' }, { status: 'suspended' }],
  ['fee-water-soil', '水土保持补偿费', D.wr, 'administrative', 'central', 'treasury', [doc('水土保持补偿费征收使用管理办法', '财综〔2014〕8号')], perUnit(1.4, '平方米')],
  ['fee-water-resource', '水资源费', D.wr, 'administrative', 'central', 'treasury', [doc('水资源税改革试点实施办法')], undefined, { status: 'abolished', notes: '已改征水资源税。' }],
  ['fee-toll', '车辆通行费', D.tr, 'service', 'provincial', 'special-account', [PROV('2021〕3号')], tiered(['一类客车', 10, '车次'], ['二类客车', 15, '车次'], ['货车', 20, '车次'])],
  ['fee-scenic', '示例山风景区门票', D.ct, 'service', 'county', 'special-account', [COUNTY('2024〕11号')], fixed(60, '人次'), { exemptions: '60 周岁以上老人、现役军人、残疾人凭证免票；学生半价。' }],
  ['fee-notary', '公证服务费', D.jus, 'service', 'provincial', 'special-account', [PROV('2017〕28号')], range(100, 400, '件')],
  ['fee-disabled', '残疾人就业保障金', D.tax, 'fund', 'central', 'treasury', [doc('残疾人就业保障金征收使用管理办法', '财税〔2015〕72号')], undefined, { exemptions: '在职职工人数 30 人（含）以下的企业暂免征收。' }],
  ['fee-edu-surcharge', '地方教育附加', D.tax, 'fund', 'provincial', 'treasury', [doc('关于统一地方教育附加政策有关问题的通知', '财综〔2010〕98号')], undefined, { notes: '按实际缴纳增值税、消费税税额的 2% 征收。' }],
  ['fee-culture', '文化事业建设费', D.tax, 'fund', 'central', 'treasury', [doc('文化事业建设费征收管理暂行办法')], undefined],
];

const NR = [
  ['fee-bdc-house', '不动产登记费（住宅）', 'fixed', fixed(80, '件')],
  ['fee-bdc-nonhouse', '不动产登记费（非住宅）', 'fixed', fixed(550, '件')],
  ['fee-bdc-cert', '不动产权属证书工本费', 'fixed', fixed(10, '本'), { exemptions: '向一个以上不动产权利人核发权属证书的，每增加一本证书加收 10 元；第一本免收。' }],
  ['fee-bdc-small', '不动产登记费（小微企业）', 'free', { type: 'free', reason: '小微企业申请不动产登记免征登记费' }],
  ['fee-bdc-mortgage', '不动产抵押登记费', 'tiered', tiered(['住宅', 80, '件'], ['非住宅', 550, '件']), { exemptions: '申请办理小微企业贷款抵押登记的免收。' }],
  ['fee-bdc-correction', '不动产更正登记费', 'free', { type: 'free', reason: '更正登记、异议登记不收费' }],
  ['fee-bdc-info', '不动产登记资料查询费', 'free', { type: 'free' }],
  ['fee-survey', '地籍测绘费', 'per-unit', perUnit(1.5, '平方米', { minCharge: 300, maxCharge: 5000 })],
  ['fee-planning-license', '建设工程规划许可证工本费', 'free', { type: 'free', reason: '已取消' }],
  ['fee-mining', '采矿权出让收益', 'none', undefined, { category: 'fund', notes: '按出让合同约定的价款缴纳。' }],
];

export function feeLists() {
  const catalogue = {
    kind: 'fee-list',
    id: 'fees-catalogue',
    title: '示例县行政事业性收费和政府性基金目录清单（2026年）',
    updated: '2026-01-15T09:00:00+08:00',
    source: 'https://www.shili.gov.cn/zfxxgk/czj/sfml/2026.html',
    department: '示例县财政局',
    items: CATALOGUE.map(([id, name, department, category, level, fundManagement, basis, standard, extra = {}], i) => ({
      id,
      no: i + 1,
      name,
      department,
      category,
      level,
      fundManagement,
      basis,
      ...(standard ? { standard } : {}),
      status: 'active',
      effectiveFrom: '2026-01-01',
      ...extra,
    })),
  };
  const bdcBasis = [
    doc('国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知', '发改价格规〔2016〕2559号'),
    doc('财政部 国家发展改革委关于减免部分行政事业性收费有关政策的通知', '财税〔2019〕45号'),
  ];
  const nr = {
    kind: 'fee-list',
    id: 'fees-nr',
    title: '示例县自然资源局收费项目及标准',
    updated: '2026-03-02T09:00:00+08:00',
    source: 'https://www.shili.gov.cn/zfxxgk/nr/sfbz.html',
    department: D.nr,
    items: NR.map(([id, name, , standard, extra = {}], i) => ({
      id,
      no: i + 1,
      name,
      department: D.nr,
      category: 'administrative',
      level: 'central',
      fundManagement: 'treasury',
      basis: id.startsWith('fee-bdc') ? bdcBasis : [COUNTY('2022〕6号')],
      ...(standard ? { standard } : {}),
      status: 'active',
      effectiveFrom: '2026-01-01',
      ...extra,
    })),
  };
  return [catalogue, nr];
}
