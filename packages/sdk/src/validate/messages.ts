/**
 * Every message the validator can give, in zh-CN and en. Each says what was expected, so a
 * webmaster who is not a developer knows what to change in the file.
 */
export type MessageParams = Record<string, string | number | undefined>;
type Message = (p: MessageParams) => [zh: string, en: string];

const q = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));

export const MESSAGES = {
  // --- shape (from the schemas) ---
  required: () => ['缺少必填字段', 'required field is missing'],
  type: (p) => [`类型错误：应为${TYPE_ZH[String(p.expected)] ?? p.expected}`, `wrong type: expected ${p.expected}`],
  invalid: (p) => [`取值无效${p.detail ? `（${p.detail}）` : ''}`, `invalid value${p.detail ? ` (${p.detail})` : ''}`],
  not_object: () => ['应为对象 {…}', 'expected an object {…}'],
  id: () => [
    '标识应由字母、数字、“-”“_”“.”组成，不超过 128 个字符',
    'an id may contain letters, digits, "-", "_" and "." (at most 128 characters)',
  ],
  text_empty: () => ['不能为空', 'must not be empty'],
  http_url: () => [
    '应为 http(s) 地址，例如 https://www.example.gov.cn/…',
    'expected an http(s) address, e.g. https://www.example.gov.cn/…',
  ],
  feed_url: () => [
    '应为 http(s) 地址或相对路径（如 data/fees.json）',
    'expected an http(s) address or a relative path (e.g. data/fees.json)',
  ],
  date: () => ['应为有效日期，格式 YYYY-MM-DD，例如 2026-03-01', 'expected a real date as YYYY-MM-DD, e.g. 2026-03-01'],
  datetime: () => [
    '应为日期或带时区的时间，例如 2026-03-01 或 2026-03-01T09:00:00+08:00',
    'expected a date or a time with offset, e.g. 2026-03-01 or 2026-03-01T09:00:00+08:00',
  ],
  year: () => ['应为四位年份（整数），例如 2026', 'expected a four-digit year (integer), e.g. 2026'],
  amount: () => ['应为数字金额（未填报请写 null）', 'expected a number (use null when not reported)'],
  amount_negative: () => ['金额不能为负数', 'amount must not be negative'],
  amount_too_big: () => ['金额超过 10¹⁵，应为输入或编码错误', 'amount above 10¹⁵: a typing or encoding error'],
  number: () => ['应为数字', 'expected a number'],
  count: () => ['应为非负整数', 'expected a whole number ≥ 0'],
  boolean: () => ['应为 true 或 false', 'expected true or false'],
  unit: () => ['金额单位应为“元”“万元”或“亿元”', 'unit must be "元", "万元" or "亿元"'],
  days: () => ['应为工作日天数（0–3650 的数字）', 'expected a number of working days (0–3650)'],
  credit_code: () => [
    '统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、Z、S、V），例如 11330999MB0000000X',
    'credit code (统一社会信用代码) must be 18 digits and capital letters (no I, O, Z, S, V), e.g. 11330999MB0000000X',
  ],
  region_code: () => ['行政区划代码应为 6、9 或 12 位数字', 'region code (行政区划代码) must be 6, 9 or 12 digits'],
  email: () => ['应为有效的电子邮箱地址', 'expected a valid e-mail address'],
  kind: (p) => [`数据类型应为 ${p.expected ?? '已知类型'}`, `dataset kind must be ${p.expected ?? 'a known kind'}`],
  sha256: () => ['sha256 应为 64 位小写十六进制', 'sha256 must be 64 lower-case hex digits'],
  function_code: () => [
    '功能分类科目编码应为 3、5 或 7 位数字（类/款/项），例如 2080101',
    'classification code must be 3, 5 or 7 digits (类/款/项), e.g. 2080101',
  ],
  economic_code: () => [
    '经济分类科目编码应为 3 或 5 位数字，以 3 或 5 开头，例如 30101',
    'economic code must be 3 or 5 digits starting with 3 or 5, e.g. 30101',
  ],
  funding_source: () => [
    '资金来源应为 general-budget、government-fund、state-capital、special-account、business-income、carried-over、superior-subsidy、subordinate-remittance、operating-income 或 other',
    'funding source must be general-budget, government-fund, state-capital, special-account, business-income, carried-over, superior-subsidy, subordinate-remittance, operating-income or other',
  ],
  phase: () => [
    '阶段应为 budget（预算）、adjusted（调整预算）或 final（决算）',
    'phase must be budget, adjusted or final',
  ],
  three_public_category: () => [
    '“三公”类别应为 abroad、vehicle-purchase、vehicle-operation、reception，或小计行 vehicle、合计行 total',
    'category must be abroad, vehicle-purchase, vehicle-operation, reception, or the subtotal rows vehicle and total',
  ],
  three_public_scope: () => [
    '范围应为 own（本级）或 consolidated（汇总）',
    'scope must be own (本级) or consolidated (汇总)',
  ],
  three_public_fund: () => [
    '资金口径应为 general-budget（一般公共预算）或 fiscal（财政拨款）',
    'fund must be general-budget (一般公共预算) or fiscal (财政拨款)',
  ],
  model_version: () => [
    '数据模型版本（modelVersion）应为正整数，例如 2',
    'modelVersion must be a whole number, e.g. 2',
  ],
  model_version_newer: () => [
    '此文件按更新版本的数据模型编写（modelVersion 高于 2）：请升级 gongkai（npm i @gongkai/cli@latest）后再校验',
    'this file was written for a newer data model (modelVersion above 2): upgrade gongkai (npm i @gongkai/cli@latest)',
  ],
  digits: () => ['小数位数应为 0–6 的整数', 'decimals must be a whole number from 0 to 6'],
  revenue_unnamed: () => [
    '收入行应有资金来源（source）或印发的名称（name），至少其一',
    'a revenue row needs its source or its printed name, at least one',
  ],
  economic_scheme: () => [
    '经济分类口径应为 government（政府预算支出经济分类，501…）或 department（部门预算支出经济分类，301…）',
    'scheme must be government (501…) or department (301…)',
  ],
  economic_scheme_mismatch: (p) => [
    `编码 ${p.code} 属于${p.actual === 'government' ? '政府预算支出经济分类（5 开头）' : '部门预算支出经济分类（3 开头）'}，与所标口径不符`,
    `code ${p.code} belongs to the ${p.actual} classification, not the one given`,
  ],
  budget_table: () => [
    '表格应为 summary、revenue、expenditure、fiscal-summary、general-budget、general-basic、three-public、government-fund 或 state-capital',
    'table must be summary, revenue, expenditure, fiscal-summary, general-budget, general-basic, three-public, government-fund or state-capital',
  ],
  table_duplicate: (p) => [`表格 ${q(p.table)} 出现了两次`, `table ${q(p.table)} appears twice`],
  table_blank: (p) => [
    `表格 ${q(p.table)} 既无数据也无空表说明：空表须注明原因（emptyReason）`,
    `table ${q(p.table)} has neither rows nor a reason for being empty (emptyReason)`,
  ],
  table_empty_with_rows: (p) => [
    `表格 ${q(p.table)} 注明为空表，却有数据行；请核对`,
    `table ${q(p.table)} is marked empty but has rows: check it`,
  ],
  code_missing: () => [
    '缺少科目编码：按印发原样保留，未补造编码；如有编码请补上',
    'no classification code: kept as printed, none is made up; add it if the table has one',
  ],
  null_value: () => [
    '缺少科目编码：印发时没有编码请省略 code 字段，不要写 null',
    'no code: leave the code field out when none is printed, not null',
  ],
  total_mismatch: (p) => [
    `公布的${p.field}为 ${p.reported}，但各类科目之和为 ${p.computed}（相差 ${p.diff}）；以公布数为准显示`,
    `the published ${p.fieldEn} is ${p.reported} but the classes add up to ${p.computed} (off by ${p.diff}); the published figure is shown`,
  ],
  lines_partial: (p) => [
    `公布的${p.field ?? '合计'}为 ${p.reported}，已列出的明细只合计 ${p.computed}：明细不全，以公布数为准`,
    `the published ${p.fieldEn ?? 'total'} is ${p.reported}; the lines listed add up to only ${p.computed}: the lines are partial`,
  ],
  change_mismatch: (p) => [
    `公布的比上年增减为 ${p.published}，按本年数和上年数计算为 ${p.computed}；两者均保留，请核对`,
    `the published change ${p.published} disagrees with the amounts (${p.computed}); both are kept, please check`,
  ],
  subtotal_mismatch: (p) => [
    `${p.name}为 ${p.reported}，但其组成部分之和为 ${p.computed}（相差 ${p.diff}）；以公布数为准显示`,
    `${p.nameEn} is ${p.reported} but its parts add up to ${p.computed} (off by ${p.diff}); the published figure is shown`,
  ],
  subtotal_partial: (p) => [
    `${p.name}已公布，但表中缺少其组成部分（${p.missing}）：明细不全`,
    `${p.nameEn} is published but some of its parts are missing (${p.missingEn}): the lines are partial`,
  ],
  fee_no: () => [
    '序号应为正整数，或印发的子项序号如 “2(1)”',
    'no must be a whole number or a printed sub-item number like "2(1)"',
  ],
  fee_parent_missing: (p) => [
    `上级收费项目 ${q(p.parent)} 在本清单中不存在`,
    `parent fee ${q(p.parent)} is not in this list`,
  ],
  fee_parent_cycle: (p) => [`收费项目 ${q(p.id)} 的上级关系形成了循环`, `fee ${q(p.id)} is its own ancestor`],
  material_copy: () => [
    '材料形式应为 original（原件）、copy（复印件）或 original-and-copy（原件和复印件）',
    'copy must be original, copy or original-and-copy',
  ],
  material_medium: () => [
    '材料载体应为 paper（纸质）、electronic（电子）或 paper-and-electronic（纸质和电子）',
    'medium must be paper, electronic or paper-and-electronic',
  ],
  case_type: () => ['办件类型应为 immediate（即办件）或 promised（承诺件）', 'case type must be immediate or promised'],
  cross_region: () => [
    '通办范围应为 national、provincial、municipal、county 或 none',
    'cross-region scope must be national, provincial, municipal, county or none',
  ],
  fee_standard: () => [
    '收费标准的 type 应为 fixed、range、per-unit、tiered、free 或 suspended',
    'fee standard type must be fixed, range, per-unit, tiered, free or suspended',
  ],
  tiers_empty: () => ['分档标准至少要有一档', 'a tiered standard needs at least one tier'],
  fee_category: () => [
    '收费类别应为 administrative（行政事业性收费）、fund（政府性基金）或 service（经营服务性收费）',
    'fee category must be administrative, fund or service',
  ],
  fee_level: () => [
    '设立级次应为 central、provincial、municipal 或 county',
    'level must be central, provincial, municipal or county',
  ],
  fund_management: () => [
    '资金管理方式应为 treasury（缴入国库）、central-treasury（缴入中央国库）、local-treasury（缴入地方国库）或 special-account（财政专户）',
    'fund management must be treasury, central-treasury, local-treasury or special-account',
  ],
  fee_status: () => ['状态应为 active、suspended 或 abolished', 'status must be active, suspended or abolished'],
  material_form: () => [
    '材料形式应为 original、copy、original-and-copy 或 electronic',
    'material form must be original, copy, original-and-copy or electronic',
  ],
  refs_empty: () => [
    '引用列表不能为空；不收费请写 {"free": true}',
    'the list of references is empty; for no fee write {"free": true}',
  ],
  guide_fees: () => [
    '收费应为 {"free": true} 或 {"refs": ["收费项目 id", …]}',
    'fees must be {"free": true} or {"refs": ["fee id", …]}',
  ],
  power_type: () => [
    '职权类型应为 licensing、penalty、enforcement、levy、payment、inspection、confirmation、reward、ruling 或 other',
    'power type must be licensing, penalty, enforcement, levy, payment, inspection, confirmation, reward, ruling or other',
  ],
  power_level: () => [
    '行使层级应为 national、provincial、municipal、county 或 township',
    'level must be national, provincial, municipal, county or township',
  ],
  power_status: () => [
    '职权状态应为 active（有效）、suspended（暂停）或 cancelled（取消）',
    'power status must be active, suspended or cancelled',
  ],
  party_kind: () => [
    '当事人类型应为 person（自然人）或 organization（法人或其他组织）',
    'party kind must be person or organization',
  ],
  case_outcome: () => [
    '办理结果应为 approved（准予）、rejected（不予）或 pending（办理中）',
    'outcome must be approved, rejected or pending',
  ],
  decision_kind: () => [
    '决定类型应为 penalty（行政处罚）或 inspection（行政检查）',
    'decision kind must be penalty or inspection',
  ],
  result_type: () => [
    '结果类型应为 case（办件结果）、decision（处罚/检查决定）、spot-check（抽查结果）或 payment（资金发放）',
    'result type must be case, decision, spot-check or payment',
  ],
  rule_category: () => [
    '纪律类别应为 first-inquiry、one-time-notice、time-limit、badge、prohibition 或 other',
    'rule category must be first-inquiry, one-time-notice, time-limit, badge, prohibition or other',
  ],
  channel_kind: () => [
    '渠道类型应为 phone、hotline、mailbox、email、online 或 unit',
    'channel kind must be phone, hotline, mailbox, email, online or unit',
  ],
  period: () => [
    '统计期应为年（2026）、季度（2026-Q1）或月份（2026-03）',
    'period must be a year (2026), quarter (2026-Q1) or month (2026-03)',
  ],
  service_type: () => [
    '事项类型应为 licensing、confirmation、payment、ruling、public-service 或 other',
    'service type must be licensing, confirmation, payment, ruling, public-service or other',
  ],
  node_kind: () => ['节点类型应为 start、step、decision 或 end', 'node kind must be start, step, decision or end'],
  nodes_too_few: () => ['流程至少需要开始和结束两个节点', 'a process needs at least a start and an end node'],
  unknown_field: (p) => [
    `未知字段 ${q(p.key)}，将被忽略（是否拼写错误？）`,
    `unknown field ${q(p.key)} is ignored (a typo?)`,
  ],
  too_many_records: (p) => [
    `共 ${p.count} 条，超过组件可直接显示的上限 ${p.limit} 条；请分成多个数据集发布，并用 src 读取`,
    `${p.count} records, more than the ${p.limit} a widget takes directly: publish several datasets and read them by src`,
  ],
  too_big: (p) => [`超出上限 ${p.limit}`, `exceeds the limit of ${p.limit}`],
  too_small: (p) => [`低于下限 ${p.limit}`, `below the minimum of ${p.limit}`],
  unsafe_link_dropped: () => [
    '链接不是 http(s) 地址，已忽略，不会显示为链接',
    'the link is not an http(s) address: it was dropped and is not shown as a link',
  ],
  // --- semantics (beyond shape) ---
  unknown_kind: (p) => [
    `未知的数据类型 ${q(p.kind)}，本版本将跳过该数据集`,
    `unknown dataset kind ${q(p.kind)}: this version skips it`,
  ],
  kind_not_loaded: (p) => [
    `本页面没有加载 ${q(p.kind)} 类数据的校验规则：请加载显示这类数据的组件（或完整的 @gongkai/sdk）`,
    `this page has not loaded the rules for ${q(p.kind)} data: load the widget that shows it (or the whole @gongkai/sdk)`,
  ],
  kind_mismatch: (p) => [
    `数据类型为 ${q(p.actual)}，但应为 ${q(p.expected)}`,
    `dataset kind is ${q(p.actual)} but ${q(p.expected)} was expected`,
  ],
  phase_mismatch: (p) => [
    `决算（final-account）的阶段应为 final，预算的阶段不能为 final（当前 ${q(p.phase)}）`,
    `a final account must have phase "final" and a budget must not (found ${q(p.phase)})`,
  ],
  duplicate_id: (p) => [
    `标识 ${q(p.id)} 重复（首次出现在第 ${p.first} 行）`,
    `id ${q(p.id)} is used twice (first in row ${p.first})`,
  ],
  duplicate_code: (p) => [
    `科目编码 ${q(p.code)} 重复（首次出现在第 ${p.first} 行）`,
    `code ${q(p.code)} appears twice (first in row ${p.first})`,
  ],
  parent_missing: (p) => [
    `科目 ${p.code} 的上级科目 ${p.parent} 不存在，请补上该行`,
    `line ${p.code} has no parent line ${p.parent}: add it`,
  ],
  sum_mismatch: (p) => [
    `${p.field}为 ${p.reported}，但下级科目合计为 ${p.computed}（相差 ${p.diff}）`,
    `${p.fieldEn} is ${p.reported} but its children add up to ${p.computed} (off by ${p.diff})`,
  ],
  parts_mismatch: (p) => [
    `合计 ${p.total} 不等于基本支出 ${p.basic} + 项目支出 ${p.project}`,
    `total ${p.total} is not basic ${p.basic} + project ${p.project}`,
  ],
  category_duplicate: (p) => [`类别 ${q(p.category)} 出现了两次`, `category ${q(p.category)} appears twice`],
  percent_mismatch: (p) => [
    `公布的增减幅度为 ${p.published}%，按金额计算应为 ${p.computed}%；两者均保留，请核对`,
    `published change ${p.published}% disagrees with the amounts (${p.computed}%); both are kept, please check`,
  ],
  range_inverted: (p) => [`最低值 ${p.min} 大于最高值 ${p.max}`, `minimum ${p.min} is greater than maximum ${p.max}`],
  date_order: (p) => [`开始日期 ${p.from} 晚于结束日期 ${p.to}`, `start date ${p.from} is after end date ${p.to}`],
  status_standard: () => [
    '状态为停征，但收费标准不是 suspended；请统一',
    'status is suspended but the standard is not of type suspended; make them agree',
  ],
  document_unnamed: () => [
    '依据文件应有标题（title）或文号（number），至少其一',
    'a cited document needs its title or its number (文号), at least one',
  ],
  power_no_basis: () => [
    '此职权没有实施依据；职权法定，请注明法律法规及条款',
    'this power has no legal basis: name the law and article',
  ],
  power_no_duties: () => ['此职权没有责任事项；权责清单应写明相应责任', 'this power lists no duties (责任事项)'],
  power_status_date: () => [
    '暂停或取消的职权应注明日期（statusDate）',
    'a suspended or cancelled power needs the date (statusDate)',
  ],
  personal_data: (p) => [
    `含有未去标识化的个人信息（${PERSONAL_ZH[String(p.what)] ?? p.what}）；请用 gongkai build 发布，或按 张*三、138****5678 的方式处理`,
    `personal data in the clear (${PERSONAL_EN[String(p.what)] ?? p.what}): publish with gongkai build, or mask it (张*三, 138****5678)`,
  ],
  case_no_date: () => ['已办结的件应注明办结日期', 'a decided case needs its date (decided)'],
  count_exceeds: (p) => [
    `${p.part} 大于其总数 ${p.whole}，请核对`,
    `${p.part} is more than its whole, ${p.whole}: check it`,
  ],
  deadline_order: (p) => [
    `承诺时限 ${p.promised} 个工作日长于法定时限 ${p.legal} 个工作日`,
    `promised deadline (${p.promised} working days) is longer than the legal one (${p.legal})`,
  ],
  path_exceeds_promised: (p) => [
    `流程 ${q(p.process)} 各步骤时限按最长路径合计 ${p.days} 个工作日，长于本指南的承诺时限 ${p.limit} 个工作日：请核对各步骤时限或承诺时限（流程图只把 ${p.limit} 个工作日作为承诺时限显示）`,
    `process ${q(p.process)}: its steps' own times add up to ${p.days} working days along the longest path, more than this guide's promised ${p.limit}: check the steps' times or the promise (the chart shows only ${p.limit} as the promise)`,
  ],
  path_exceeds_legal: (p) => [
    `流程 ${q(p.process)} 各步骤时限按最长路径合计 ${p.days} 个工作日，长于本指南的法定时限 ${p.limit} 个工作日：请核对各步骤时限`,
    `process ${q(p.process)}: its steps' own times add up to ${p.days} working days along the longest path, more than this guide's legal limit of ${p.limit}: check the steps' times`,
  ],
  dated_after_updated: (p) => [
    `记录日期 ${p.date} 晚于本文件的更新日期（updated）${p.updated}：请把 updated 改为数据完整的日期，或核对记录日期`,
    `record dated ${p.date}, after this file's updated (${p.updated}): set updated to when the data was complete, or check the date`,
  ],
  period_after_updated: (p) => [
    `统计期 ${p.period} 在本文件更新日期（updated）${p.updated} 时尚未结束：请在统计期结束后更新，或更正 updated`,
    `period ${p.period} had not ended on this file's updated (${p.updated}): publish it after the period ends, or correct updated`,
  ],
  manifest_older: (p) => [
    `清单的更新时间 ${p.manifest} 早于数据集 ${q(p.id)} 的更新时间 ${p.updated}：请把清单的 updated 改为最新数据集的时间`,
    `the manifest's updated (${p.manifest}) is older than dataset ${q(p.id)}'s (${p.updated}): set it to the newest dataset's time`,
  ],
  site_domain: () => [
    '网站域名应为域名，例如 www.shili.gov.cn（不含 https://）',
    'site domain must be a domain name such as www.shili.gov.cn (no https://)',
  ],
  site_id_code: () => [
    '政府网站标识码应为 10 位字母或数字',
    'the government website ID code must be 10 letters or digits',
  ],
  catalogue_channel: () => [
    '公开渠道应为 website（政府网站）、gazette（政府公报）、social-media（两微一端）、briefing（发布会/听证会）、broadcast（广播电视）、print（纸质媒体）、reading-room（公开查阅点）、service-center（政务服务中心）、service-station（便民服务站）、door-to-door（入户/现场）、notice-board（社区/村公示栏）、targeted-push（精准推送）或 other（其他）；表外渠道写入 otherChannels',
    'channel must be website, gazette, social-media, briefing, broadcast, print, reading-room, service-center, service-station, door-to-door, notice-board, targeted-push or other; others go in otherChannels',
  ],
  catalogue_audience: () => [
    '公开对象应为 public（全社会）或 specific（特定群体）',
    'audience must be public (全社会) or specific (特定群体)',
  ],
  catalogue_mode: () => [
    '公开方式应为 proactive（主动）或 on-request（依申请）',
    'mode must be proactive (主动) or on-request (依申请)',
  ],
  catalogue_level: () => [
    '公开层级应为 county（县级）、township（乡级）或 village（村级）',
    'level must be county (县级), township (乡级) or village (村级)',
  ],
  time_limit_from: () => [
    '时限起算应为 formed-or-changed（信息形成或变更）、formed（信息形成）、approved（批复）或 decided（作出决定）',
    'a time limit runs from formed-or-changed, formed, approved or decided',
  ],
  time_limit_unit: () => [
    '时限单位应为 working-days（工作日）或 days（日）',
    'time limit unit must be working-days or days',
  ],
  duplicate_value: () => ['同一取值重复出现', 'the same value appears twice'],
  catalogue_time_limit_mismatch: (p) => [
    `公开时限按印发原样为 ${q(p.text)}，与解析结果 ${p.days} 天不符：请核对 parsed 或删除它`,
    `the time limit is printed as ${q(p.text)}, which does not say ${p.days} days: check parsed or remove it`,
  ],
  catalogue_unpublished: (p) => [
    `目录事项 ${q(p.entry)}（${p.domain}）没有关联任何数据集：尚未公开，或请在 links 中关联发布它的数据集`,
    `catalogue entry ${q(p.entry)} (${p.domain}) is linked to no dataset: not yet published, or link the dataset that publishes it`,
  ],
  catalogue_late: (p) => [
    `目录事项 ${q(p.entry)} 的信息于 ${p.changed} 变更，应在 ${p.deadline} 前公开（${p.limit}），但数据集 ${q(p.dataset)} 的更新日期为 ${p.updated ?? '未注明'}（核对日期 ${p.asOf}）：已逾期`,
    `catalogue entry ${q(p.entry)} changed on ${p.changed} and was due by ${p.deadline} (${p.limit}), but dataset ${q(p.dataset)} is dated ${p.updated ?? 'without a date'} (as of ${p.asOf}): late`,
  ],
  catalogue_dataset_missing: (p) => [
    `目录事项关联的数据集 ${q(p.ref)} 在本数据源中不存在`,
    `the catalogue entry links dataset ${q(p.ref)}, which is not in this feed`,
  ],
  catalogue_record_missing: (p) => [
    `目录事项关联的记录 ${q(p.ref)} 不在数据集 ${q(p.dataset)} 中`,
    `the catalogue entry links record ${q(p.ref)}, which is not in dataset ${q(p.dataset)}`,
  ],
  edge_unknown_node: (p) => [
    `连线指向不存在的节点 ${q(p.node)}`,
    `edge refers to a node ${q(p.node)} that does not exist`,
  ],
  no_start: () => ['流程没有开始节点（kind: "start"）', 'the process has no start node (kind: "start")'],
  no_end: () => ['流程没有结束节点（kind: "end"）', 'the process has no end node (kind: "end")'],
  unreachable: (p) => [
    `节点 ${q(p.node)} 从开始节点无法到达，请补充连线`,
    `node ${q(p.node)} cannot be reached from the start: add an edge`,
  ],
  dead_end: (p) => [
    `节点 ${q(p.node)} 没有后续步骤，也不是结束节点`,
    `node ${q(p.node)} leads nowhere and is not an end node`,
  ],
  ref_fee_missing: (p) => [
    `引用的收费项目 ${q(p.ref)} 在本数据源中不存在`,
    `fee ${q(p.ref)} is not in any fee list of this feed`,
  ],
  ref_guide_missing: (p) => [
    `引用的办事指南 ${q(p.ref)} 在本数据源中不存在`,
    `service guide ${q(p.ref)} is not in any guide list of this feed`,
  ],
  ref_process_missing: (p) => [
    `引用的流程 ${q(p.ref)} 在本数据源中不存在`,
    `process ${q(p.ref)} is not in any process dataset of this feed`,
  ],
  dataset_missing: (p) => [
    `数据集 ${q(p.id)} 无法读取：${p.reason}`,
    `dataset ${q(p.id)} could not be read: ${p.reason}`,
  ],
  unreadable: (p) => [`无法读取：${p.reason}`, `cannot be read: ${p.reason}`],
  dataset_id_mismatch: (p) => [
    `清单在此地址列出的是数据集 ${q(p.expected)}，但文件内容是 ${q(p.actual)}（数据源在发布过程中被改动？）`,
    `the manifest lists dataset ${q(p.expected)} here but the file holds ${q(p.actual)} (did the feed change while publishing?)`,
  ],
  // --- 政府信息公开指南 (request-guide) ---
  request_channel: () => [
    '申请渠道应为 in-person（当面）、post（邮寄）、online（网络）或 fax（传真）',
    'channel must be in-person, post, online or fax',
  ],
  receipt_rule: () => [
    '收到申请日期的确定方式应为 handed-in（当面提交之日）、signed-for（签收之日）或 confirmed（双方确认之日）',
    'receipt must be handed-in, signed-for or confirmed (条例 第三十一条)',
  ],
  calendar_year: (p) => [
    `日期 ${p.date} 不在 ${p.year} 年的放假安排内`,
    `date ${p.date} is not in the ${p.year} calendar it is filed under`,
  ],
  calendar_range: (p) => [
    `假期结束日 ${p.to} 早于开始日 ${p.from}`,
    `holiday ends (${p.to}) before it starts (${p.from})`,
  ],
  // --- 政府信息公开工作年度报告 (annual-report) ---
  report_cell: () => [
    '应为非负整数、null（空白）或 "/"（不适用），按印发原样',
    'expected a whole number ≥ 0, null (blank) or "/" (not applicable), as printed',
  ],
  report_row: () => [
    '表三每行应有 7 格，依次为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计',
    'each row of table 3 has 7 cells: natural persons, 5 kinds of organisation, total',
  ],
  report_section: () => ['正文部分编号应为 1 至 6（一至六）', 'a text section is numbered 1 to 6 (一 to 六)'],
  report_results_sum: (p) => [
    `${p.table}「${p.column}」列：（一）至（六）之和为 ${p.computed}，而“（七）总计”印为 ${p.printed}`,
    `${p.tableEn}, column "${p.columnEn}": (1) to (6) add up to ${p.computed}, but (7) total is printed as ${p.printedEn}`,
  ],
  report_reasons_sum: (p) => [
    `${p.table}「${p.row}」「${p.column}」列：各项原因之和为 ${p.computed}，而本组小计印为 ${p.printed}`,
    `${p.tableEn}, ${p.rowEn}, column "${p.columnEn}": its reasons add up to ${p.computed}, but the group is printed as ${p.printedEn}`,
  ],
  report_balance: (p) => [
    `${p.table}「${p.column}」列：本年新收 ${p.received} + 上年结转 ${p.carriedOver} = ${p.left}，而（七）总计 ${p.total} + 结转下年度继续办理 ${p.forward} = ${p.right}，两者应相等`,
    `${p.tableEn}, column "${p.columnEn}": received ${p.receivedEn} + carried over ${p.carriedOverEn} = ${p.left}, but (7) total ${p.totalEn} + carried forward ${p.forwardEn} = ${p.right}; they must be equal`,
  ],
  report_applicants_sum: (p) => [
    `${p.table}「${p.row}」行：六类申请人之和为 ${p.computed}，而“总计”印为 ${p.printed}`,
    `${p.tableEn}, row "${p.rowEn}": the six kinds of applicant add up to ${p.computed}, but the total is printed as ${p.printedEn}`,
  ],
  report_review_sum: (p) => [
    `${p.table}「${p.block}」：结果维持、结果纠正、其他结果、尚未审结之和为 ${p.computed}，而“总计”印为 ${p.printed}`,
    `${p.tableEn}, ${p.blockEn}: upheld, corrected, other and pending add up to ${p.computed}, but the total is printed as ${p.printedEn}`,
  ],
  report_carryover: (p) => [
    `${p.table}「${p.row}」「${p.column}」列印为 ${p.printed}，而 ${p.previousYear} 年度报告“四、结转下年度继续办理”为 ${p.previous}`,
    `${p.tableEn}, row "${p.rowEn}", column "${p.columnEn}" is printed as ${p.printedEn}, but the ${p.previousYear} report carried forward ${p.previousEn}`,
  ],
  report_text_figure: (p) => [
    `正文“${p.quote}”为 ${p.text}，而${p.table}「${p.row}」为 ${p.figure}`,
    `the text says "${p.quote}" (${p.text}), but ${p.tableEn}, "${p.rowEn}" gives ${p.figure}`,
  ],
  report_late: (p) => [
    `发布日期 ${p.published} 晚于 ${p.due}：${p.year} 年度报告应于次年 1 月 31 日前公布`,
    `published ${p.published}, after ${p.due}: the ${p.year} report is due by 31 January of the next year`,
  ],
  hash_mismatch: (p) => [
    `文件内容的 sha256 与清单不符（清单 ${p.expected}，实际 ${p.actual}）`,
    `file sha256 does not match the manifest (listed ${p.expected}, actual ${p.actual})`,
  ],
  // --- reading a clerk's spreadsheet (gongkai import): params sheet, row, column, header, field ---
  import_column_read: (p) => [`读作“${p.field_zh}”`, `read as ${p.field_en}`],
  import_column_hidden: () => [
    '隐藏列，未读取（打印时看不到的列不公开）',
    'hidden column: not read (what is not printed is not published)',
  ],
  import_column_unknown: (p) => [
    `表头“${p.header}”不对应任何可公开的项目，未读取；如需公开，请改用常用表头（见 README 表头词表）`,
    `heading "${p.header}" names nothing the dataset holds: not read (see the heading table in the README)`,
  ],
  import_column_duplicate: (p) => [
    `与 ${p.other} 列同为“${p.field_zh}”，只读取 ${p.other} 列`,
    `same field (${p.field_en}) as column ${p.other}: only column ${p.other} is read`,
  ],
  import_column_empty: () => ['空列（无表头、无内容），未读取', 'empty column (no heading, no content): not read'],
  import_column_numbering: () => ['栏次/行次编号列，不是数据', 'column or row numbering (栏次/行次), not data'],
  import_hidden_columns: (p) => [
    `隐藏列 ${p.columns} 未读取（打印时看不到的列不公开）`,
    `hidden columns ${p.columns} were not read (what is not printed is not published)`,
  ],
  import_hidden_rows: (p) => [`隐藏行 ${p.rows} 未读取`, `hidden rows ${p.rows} were not read`],
  import_formula_no_cache: () => [
    '公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开该文件并保存一次',
    'formula without a saved result: read as blank; open the file in Excel or WPS and save it once',
  ],
  import_encoding: (p) => [`CSV 文件编码：${p.encoding_zh}`, `CSV encoding: ${p.encoding_en}`],
  import_total_differs: (p) => [
    `印出的${p.label}为 ${p.printed}，各行相加为 ${p.sum}；已按公布的数字保留，请核对`,
    `the printed ${p.label} is ${p.printed} but the lines add up to ${p.sum}: kept as published, please check`,
  ],
  import_no_header: (p) => [
    `找不到表头行：需要${p.need_zh}列（表头的常用写法见 README 表头词表）${p.encoding_hint ? `；文件按 ${p.encoding_hint} 读取，如乱码请另存为 UTF-8 或 .xlsx` : ''}`,
    `no header row: the table needs the columns ${p.need_en} (see the heading table in the README)${p.encoding_hint ? `; the file was read as ${p.encoding_hint}: if the text is garbled, save it as UTF-8 or .xlsx` : ''}`,
  ],
  import_missing_cell: (p) => [`缺少“${p.field_zh}”`, `${p.field_en} is missing`],
  import_unknown_value: (p) => [
    `“${p.value}”无法识别，应为 ${p.expected}`,
    `"${p.value}" is not understood: expected ${p.expected}`,
  ],
  import_kept_as_text: (p) => [
    `“${p.value}”无法识别，已原样写入备注`,
    `"${p.value}" has no structured form: kept as text in the notes`,
  ],
  import_not_figure: (p) => [`“${p.value}”不是数字`, `"${p.value}" is not a number`],
  import_row_total: () => ['公布的合计/小计行，不作为数据', 'a published total (合计/小计): not data'],
  import_row_note: () => ['表下的注释/说明，不作为数据', 'a note under the table (注/说明): not data'],
  import_row_signature: () => ['填表人/审核人等签署行，不作为数据', 'signatures (填表人/审核人): not data'],
  import_row_column_numbers: () => ['栏次编号行，不作为数据', 'column numbers (栏次): not data'],
  import_group_row: (p) => [`分组行“${p.value}”`, `group row "${p.value}"`],
} satisfies Record<string, Message>;

export type IssueCode = keyof typeof MESSAGES;
export type MessageTable = typeof MESSAGES;

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象 {…}',
  array: '列表 […]',
  null: 'null',
};

/** What kind of personal data was found (`personal_data`'s `what`), as a clerk would name it. */
const PERSONAL_ZH: Record<string, string> = {
  name: '自然人姓名',
  address: '详细住址（门牌）',
  'id-number': '身份证号',
  mobile: '手机号码',
  'hk-macao-id': '港澳居民身份证号',
  'taiwan-id': '台湾居民身份证号',
  permit: '回乡证/台胞证号',
  passport: '护照号',
};
const PERSONAL_EN: Record<string, string> = {
  name: "a natural person's name",
  address: 'a home address with its door number',
  'id-number': 'an ID-card number',
  mobile: 'a mobile number',
  'hk-macao-id': 'a Hong Kong or Macao ID number',
  'taiwan-id': 'a Taiwan ID number',
  permit: 'a Home Return Permit or Taiwan compatriot permit number',
  passport: 'a passport number',
};
