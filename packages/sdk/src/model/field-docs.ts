/**
 * What each field means, for the JSON Schemas that publishers without TypeScript read. Kept apart
 * from the schemas themselves so the words never ship in the widgets' bundle.
 */
export const FIELD_DOCS: Record<string, string> = {
  published:
    '发布日期，按印发原样；未注明写 null。年度报告应于次年 1 月 31 日前发布。Publication date as printed; null when none.',
  sections: '正文一至六部分，标题与正文按印发原样。The text sections 一 to 六, as published.',
  table2: '表二 主动公开政府信息情况（第二十条）。Table 2, information disclosed proactively.',
  table3:
    '表三 收到和处理政府信息公开申请情况：每行 7 格（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），' +
    '每格为数字、null（空白）或 "/"（不适用）。Table 3: seven cells a row; a number, null (blank) or "/".',
  table4: '表四 行政复议、行政诉讼情况：结果维持/纠正/其他/尚未审结/总计。Table 4, reconsideration and litigation.',
  carriedOver: '二、上年结转政府信息公开申请数量。Carried over from last year.',
  carriedForward: '四、结转下年度继续办理。Carried forward to next year.',
  timeLimits: '答复期限（工作日）：reply 20、extension 20、thirdParty 15。Time limits in working days.',
  calendars: '本单位采用的放假安排（覆盖 SDK 自带年份）。The holiday calendars used, replacing shipped years.',
  modelVersion:
    '数据模型版本（当前为 2）；缺省为第 1 版。Data model version (2); absent means version 1, which still validates.',
  updated: '数据更新时间；公布材料未注明时写 null（未知），不要编造日期。When last updated; null when not printed.',
  code: '科目编码或事项编码，按印发原样；印发时没有编码则省略（不要编造）。The printed code; left out when none is printed.',
  total:
    '合计。预算数据集上为印发的合计行（total/basic/project/previous/change）；行上为该行合计，空白为 null。' +
    'The printed total (a 合计 row on a dataset, the line total on a line); blank is null.',
  change:
    '比上年增减，按印发原样：amount（增减额）、percent（增减幅度 %）及其小数位数。不是上年数。' +
    'The printed change on last year, with the decimals printed. Not a previous-year figure.',
  amountDigits: '增减额印发的小数位数。Decimals printed in the change amount.',
  percentDigits: '增减幅度印发的小数位数（133% 为 0）。Decimals printed in the percentage (0 for "133%").',
  previous: '上年数（与本年数并列印发的上年金额）。Last year’s figure printed beside this one.',
  revenue: '收入：按资金来源或按印发名称的收入行。The revenue side, by source or by printed name.',
  revenueTotal: '收入合计，按印发原样。The printed revenue total.',
  tables:
    '部门预决算公开的九张表：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、' +
    '“三公”经费支出表、政府性基金预算支出表、国有资本经营预算支出表；空表写 emptyReason。' +
    'The nine published tables; an empty one carries its reason.',
  emptyReason: '空表说明：该表为空表的原因，按印发原样。Why the table was published empty.',
  revenueSide: '双栏表（收入 | 行次 | 金额）的收入栏，逐行照录。The revenue half of a two-sided table, as printed.',
  expenditureSide: '双栏表的支出栏，逐行照录。The spending half of a two-sided table, as printed.',
  isTotal: '此行为印发的合计/总计行。This row is a printed total.',
  scheme:
    '经济分类口径：government（政府预算支出经济分类，501…）或 department（部门预算支出经济分类，301…）。' +
    'Economic classification scheme.',
  personnel: '人员经费。Personnel costs (part of basic spending).',
  public: '公用经费。Running costs (part of basic spending).',
  scope: '“三公”经费范围：own（本级）或 consolidated（汇总）。Scope: own level or consolidated.',
  fund: '“三公”经费口径：general-budget（一般公共预算财政拨款）或 fiscal（财政拨款）。Which appropriations.',
  category:
    '“三公”类别；vehicle（公务用车购置及运行维护费）和 total（合计）为印发的小计行。' +
    'Category; vehicle and total are printed subtotal rows.',
  publishedChangePercent:
    '第 1 版的增减幅度（%）；第 2 版请用 change。Version 1’s printed percent; version 2 writes change.',
  no: '序号，按印发原样：3，或子项 "2(1)"。The printed number: 3, or "2(1)" for a sub-item.',
  parent: '上级收费项目的 id（子项 2(1) 的上级为 2）。The item this one is a sub-item of.',
  fundManagement:
    '资金管理方式：treasury（缴入国库）、central-treasury（缴入中央国库）、local-treasury（缴入地方国库）、' +
    'special-account（财政专户）。Where the money goes.',
  standard: '收费标准；目录未公布标准时省略，显示“未公布标准”。The standard; left out when the catalogue prints none.',
  addOns: '在标准之外另收的费用（如证书工本费）。Charges on top of the standard.',
  firstFree: '“首本免费”一类的规定，按印发原样。"First one free" rules, as printed.',
  audience: '服务对象，按印发原样（自然人、企业法人……）。Who can apply, as printed.',
  levels: '行使层级。The levels of government that exercise it.',
  caseType: '办件类型：immediate（即办件）或 promised（承诺件）。Kind of case.',
  crossRegion: '通办范围：national、provincial、municipal、county、none。Where else it can be handled.',
  jointDepartments: '共同实施部门。Departments that carry it out together.',
  consultPhones: '咨询电话（多个）。Enquiry phones.',
  complaintPhones: '监督投诉电话（多个）。Complaint phones.',
  copy: '材料形式：original（原件）、copy（复印件）、original-and-copy。Original or copy.',
  medium: '材料载体：paper（纸质）、electronic（电子）、paper-and-electronic。Paper or electronic.',
  form: '第 1 版的材料形式（单一字段）；第 2 版写 copy 与 medium。Version 1’s single form field.',
  online: '是否可网上办理（表中只写“是/否”而无网址时）。Whether it can be done online.',
  criteria: '审查标准。What the step checks.',
  result: '办理结果。What the step or item produces.',
  days: '时限（工作日）；未注明时省略，显示“未注明”，不按即办计。Working days; left out when not stated.',
  creditCode: '统一社会信用代码（18 位）。The 18-character unified social credit code.',
  regionCode: '行政区划代码；部委和部分乡镇没有，可省略。Region code; optional.',
  domain:
    '目录事项的领域（26 个基层政务公开标准指引之一，如 财政预决算）；在 site 中为网站域名（如 www.shili.gov.cn）。' +
    'The 领域 of a catalogue entry; in `site`, the website’s domain name.',
  level1: '一级事项。First-level item.',
  level2: '二级事项；只有一级时省略。Second-level item.',
  timeLimit:
    '公开时限：text 按印发原样；能解析时 parsed 为 {from, days, unit}（如 信息形成或变更之日起20个工作日内）。' +
    'The printed time limit, and its parsed form where it parses.',
  channels:
    '依申请公开指南中：申请渠道（当面、邮寄、网络、传真，及地址、时间和收到申请日期的确定方式）。' +
    '目录中：公开渠道和载体（表中 ■/√ 的项）：website 政府网站、gazette 政府公报、social-media 两微一端、briefing 发布会/听证会、' +
    'broadcast 广播电视、print 纸质媒体、reading-room 公开查阅点、service-center 政务服务中心、service-station 便民服务站、' +
    'door-to-door 入户/现场、notice-board 社区/村公示栏、targeted-push 精准推送、other 其他。In a request guide, how to apply; in a catalogue, the ticked channels.',
  otherChannels: '表外的渠道，按印发原样（如 12345政务服务热线）。Channels printed outside the fixed list.',
  openTo: '公开对象：public（全社会）、specific（特定群体）。Audience.',
  openHow: '公开方式：proactive（主动）、on-request（依申请）。How it is published.',
  openLevels: '公开层级：county（县级）、township（乡级）、village（村级）。Level.',
  changed: '信息形成或变更日期：公开时限从此日起算。When the information last changed; the time limit runs from it.',
  links:
    '发布该事项的本数据源数据集（可细到记录 id）；为空表示尚未公开。Datasets (and records) that publish the entry.',
  site:
    '本数据源页面所属的政府网站：name（网站名称）、domain（域名）、idCode（政府网站标识码），写入页面元数据。' +
    'The government website its pages belong to, for page metadata.',
  idCode: '政府网站标识码（10 位）。The 10-character government website ID code.',
};

/** Adds `description` to every property the table knows, wherever it appears in a JSON Schema. */
export function describeJsonSchema(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describeJsonSchema);
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const props = o.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) {
    for (const [key, schema] of Object.entries(props)) {
      const doc = FIELD_DOCS[key];
      if (doc && schema && typeof schema === 'object' && !schema.description) schema.description = doc;
    }
  }
  for (const v of Object.values(o)) describeJsonSchema(v);
}
