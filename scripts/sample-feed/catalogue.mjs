// 示例县政务公开事项标准目录: entries in the form the real county catalogues print them, linked to the
// sample's datasets. Columns, 公开时限 wording and channel marks follow real catalogues:
// - 德安县 涉农资金领域基层政务公开标准目录, http://www.dean.gov.cn/ztzl/zwgkzl/wszzt/gklw001/snxx/202302/t20230214_5934672.html
//   (columns; "信息形成或者变更之日起20个工作日内"; ■政府网站 ■公开查阅点)
// - 凤屯镇 政府文件信息领域基层政务公开标准目录, https://imortgage.com.cn/info/1475/44091.htm
//   ("信息形成或变更之日起3个工作日内"; ■政府网站 ■单位/村委会公示栏(电子屏); 全社会/主动/镇级 √ columns)
// - 巩留县 基层政务公开标准目录, https://20153.cn/xjgl/c115617/202311/47b1d2cfed304fe6a32cd187ba979422.shtml
//   ("20工作日"; the full □ channel list incl. 12345政务服务热线; 县级 / 乡、村级 columns)
// Two entries are deliberately not in order, for the audit to find (as of the manifest's 2026-12-04):
// 政府采购 is linked to nothing (unpublished), and 行政处罚 changed on 2026-11-16 with 7 working days
// to publish, while results-mr is still dated 2026-11-06 (late).
const REGULATIONS = { title: '中华人民共和国政府信息公开条例', number: '国务院令第711号' };
const BUDGET_LAW = { title: '中华人民共和国预算法' };
const F20 = {
  text: '信息形成或者变更之日起20个工作日内',
  parsed: { from: 'formed-or-changed', days: 20, unit: 'working-days' },
};
const base = {
  openTo: ['public'],
  openHow: ['proactive'],
  openLevels: ['county'],
};

export function catalogue() {
  const entries = [
    {
      ...base,
      id: 'cz-budget',
      no: '1',
      domain: '财政预决算',
      level1: '部门预决算',
      level2: '部门预算',
      content: '部门预算收支总表等公开报表及部门预算说明，“三公”经费预算',
      basis: [BUDGET_LAW, REGULATIONS],
      timeLimit: { text: '预算批复后20日内', parsed: { from: 'approved', days: 20, unit: 'days' } },
      publisher: '各预算部门',
      channels: ['website', 'reading-room'],
      changed: '2026-02-03',
      links: [{ dataset: 'budget-2026-hrss' }, { dataset: 'budget-2026-nr' }, { dataset: 'budget-2026-ca' }],
    },
    {
      ...base,
      id: 'cz-final',
      no: '2',
      domain: '财政预决算',
      level1: '部门预决算',
      level2: '部门决算',
      content: '部门决算报表及说明，“三公”经费决算',
      basis: [BUDGET_LAW, REGULATIONS],
      timeLimit: { text: '决算批复后20日内', parsed: { from: 'approved', days: 20, unit: 'days' } },
      publisher: '各预算部门',
      channels: ['website'],
      changed: '2026-08-14',
      links: [
        { dataset: 'final-2025-hrss' },
        { dataset: 'final-2025-nr' },
        { dataset: 'final-2025-ca' },
        { dataset: 'three-public-2025-hrss' },
        { dataset: 'three-public-2025-nr' },
        { dataset: 'three-public-2025-ca' },
      ],
    },
    {
      ...base,
      id: 'jy-guides',
      no: '1',
      domain: '就业',
      level1: '就业服务',
      level2: '失业登记、就业登记',
      content: '办理事项、申请材料、办理流程、办理时限、咨询电话',
      basis: [REGULATIONS, { title: '就业服务与就业管理规定', number: '劳动和社会保障部令第28号' }],
      timeLimit: F20,
      publisher: '县人力资源和社会保障局',
      channels: ['website', 'service-center', 'service-station'],
      otherChannels: ['12345政务服务热线'],
      openLevels: ['county', 'township'],
      changed: '2026-02-10',
      links: [
        { dataset: 'guides-hrss', records: ['guide-unemployment-registration', 'guide-employment-registration'] },
      ],
    },
    {
      ...base,
      id: 'shjz-dibao',
      no: '1',
      domain: '社会救助',
      level1: '最低生活保障',
      level2: '低保对象认定及资金发放',
      content: '办事指南；低保对象名单（去标识化）、保障金额，按月公示',
      basis: [REGULATIONS, { title: '社会救助暂行办法', number: '国务院令第649号' }],
      timeLimit: F20,
      publisher: '县民政局、乡镇人民政府',
      channels: ['website', 'notice-board', 'door-to-door'],
      openTo: ['public', 'specific'],
      openLevels: ['county', 'township', 'village'],
      changed: '2026-11-20',
      links: [{ dataset: 'guides-ca', records: ['guide-dibao'] }, { dataset: 'results-ca' }],
    },
    {
      ...base,
      id: 'zrzy-property',
      no: '1',
      domain: '自然资源',
      level1: '不动产登记',
      level2: '收费标准及办事指南',
      content: '不动产登记收费项目、标准、依据；登记办事指南',
      basis: [REGULATIONS, { title: '不动产登记暂行条例', number: '国务院令第656号' }],
      timeLimit: F20,
      publisher: '县自然资源局',
      channels: ['website', 'service-center'],
      changed: '2026-02-20',
      links: [{ dataset: 'fees-nr' }, { dataset: 'guides-nr' }],
    },
    {
      ...base,
      id: 'spyp-penalty',
      no: '1',
      domain: '食品药品监管',
      level1: '行政处罚',
      level2: '行政处罚决定',
      content: '行政处罚决定书文号、当事人、违法事实、处罚依据、处罚结果',
      basis: [
        {
          title: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见',
          number: '国办发〔2018〕118号',
        },
      ],
      timeLimit: {
        text: '作出行政执法决定之日起7个工作日内',
        parsed: { from: 'decided', days: 7, unit: 'working-days' },
      },
      publisher: '县市场监督管理局',
      channels: ['website'],
      changed: '2026-11-16',
      links: [{ dataset: 'results-mr' }],
    },
    {
      ...base,
      id: 'ggzy-procurement',
      no: '1',
      domain: '公共资源交易',
      level1: '政府采购信息',
      level2: '采购结果',
      content: '中标（成交）结果公告、采购合同',
      basis: [REGULATIONS, { title: '中华人民共和国政府采购法实施条例', number: '国务院令第658号' }],
      timeLimit: F20,
      publisher: '县财政局、各采购人',
      channels: ['website'],
      changed: '2026-10-09',
    },
  ];
  return [
    {
      kind: 'disclosure-catalogue',
      id: 'catalogue-county',
      title: '示例县政务公开事项标准目录',
      region: '示例县',
      updated: '2026-12-01T09:00:00+08:00',
      entries,
    },
  ];
}
