// 四办 and supervision of the sample county: published results (办件结果, 处罚/检查决定, 抽查结果 and a
// 发放名单 of 200 households), the hall's service rules and staff on duty, and a year of complaint
// figures and monthly 好差评. Names, ID and phone numbers are invented, and the records are
// de-identified by the SDK exactly as `gongkai build` does it.
import { deidentifyResults } from '../../packages/sdk/dist/index.js';
import { DEPARTMENTS } from './budgets.mjs';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国文斌辉鹏宇浩凯晨欣怡子涵梓轩雨桐佳琪'.split(
  '',
);
const VILLAGES = [
  '城关镇幸福村',
  '城关镇东门社区',
  '石桥镇石桥村',
  '石桥镇枫树村',
  '青山乡青山村',
  '青山乡白沙村',
  '河口镇河口社区',
  '河口镇新河村',
];
const COMPANIES = [
  '示例县鑫源建材有限公司',
  '示例县好味来餐饮店',
  '示例县康健大药房',
  '示例县顺达运输有限公司',
  '示例县绿野农业专业合作社',
  '示例县明珠超市',
  '示例县宏图置业有限公司',
  '示例县百姓药店',
];

/** A deterministic stream of numbers, so the committed sample never changes between runs. */
function rng(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const r = rng(20261126);
const pick = (xs) => xs[Math.floor(r() * xs.length)];
const name = () => pick(SURNAMES) + pick(GIVEN) + (r() < 0.7 ? pick(GIVEN) : '');
const day = (from, span) => {
  const d = new Date(Date.UTC(2026, 0, 1) + Math.floor((from + r() * span) * 86400000));
  return d.toISOString().slice(0, 10);
};
const addDays = (date, n) => new Date(Date.parse(date) + n * 86400000).toISOString().slice(0, 10);
const mobile = () => `1${pick(['38', '39', '58', '86', '77'])}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`;
const idNumber = () =>
  `339999${1950 + Math.floor(r() * 50)}0${1 + Math.floor(r() * 9)}1${Math.floor(r() * 9)}${String(Math.floor(r() * 1000)).padStart(3, '0')}${pick(['1', '2', 'X'])}`;

const CASE_ITEMS = [
  ['guide-dibao', '最低生活保障对象认定', 20, 'ca'],
  ['guide-temporary-aid', '临时救助', 10, 'ca'],
  ['guide-marriage', '内地居民结婚登记', 0, 'ca'],
  ['guide-special-hardship', '特困人员认定', 20, 'ca'],
];

function cases(n) {
  return Array.from({ length: n }, (_, i) => {
    const [guideRef, item, promised] = CASE_ITEMS[i % CASE_ITEMS.length];
    const accepted = day(0, 320);
    // An instant service is never left pending.
    const pending = promised > 0 && i % 23 === 22;
    // 即办件 are done at the window the same day (now and then the next, when a paper is fetched);
    // 承诺件 mostly within their promise, a few a day or two over, as a county's 好差评 figures show.
    const roll = r();
    const took = promised === 0 ? (roll < 0.97 ? 0 : 1) : Math.floor(roll * (promised + 2));
    const rejected = !pending && i % 9 === 4;
    return {
      type: 'case',
      id: `case-${String(i + 1).padStart(4, '0')}`,
      item,
      guideRef,
      applicant: { name: name(), kind: 'person' },
      accepted,
      ...(pending ? {} : { decided: addDays(accepted, took) }),
      outcome: pending ? 'pending' : rejected ? 'rejected' : 'approved',
      ...(rejected ? { reason: '家庭人均收入高于当地最低生活保障标准' } : {}),
      ...(pending ? {} : { onTime: took <= promised }),
    };
  });
}

const FACTS = [
  ['未经许可从事食品经营活动', '《中华人民共和国食品安全法》第一百二十二条', '没收违法所得，罚款人民币 5000 元'],
  ['经营超过保质期的食品', '《中华人民共和国食品安全法》第一百二十四条', '没收超过保质期的食品，罚款人民币 50000 元'],
  ['使用未经定期检验的电梯', '《中华人民共和国特种设备安全法》第八十四条', '责令停止使用，罚款人民币 30000 元'],
  ['发布虚假广告', '《中华人民共和国广告法》第五十五条', '责令停止发布，罚款人民币 20000 元'],
];

function decisions(n) {
  return Array.from({ length: n }, (_, i) => {
    const [facts, law, result] = FACTS[i % FACTS.length];
    const person = i % 3 === 2;
    const who = person ? name() : pick(COMPANIES);
    const expired = i % 10 === 9;
    const date = expired ? day(0, 150) : day(0, 320);
    return {
      type: 'decision',
      id: `decision-${String(i + 1).padStart(4, '0')}`,
      kind: 'penalty',
      docNumber: `示市监处罚〔2026〕${i + 1}号`,
      party: { name: who, kind: person ? 'person' : 'organization' },
      // A clerk's summary may name the person and their phone: the SDK masks both.
      facts: person ? `当事人${who}（联系电话 ${mobile()}）${facts}` : `当事人${facts}`,
      basis: [{ title: law.slice(1, law.indexOf('》')), article: law.slice(law.indexOf('》') + 1) }],
      result,
      date,
      publicity: { start: date, end: expired ? '2026-06-30' : '2029-12-31' },
    };
  });
}

function spotChecks(n) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'spot-check',
    id: `check-${String(i + 1).padStart(4, '0')}`,
    task: `2026 年食品经营者“双随机、一公开”抽查（第 ${1 + (i % 4)} 批）`,
    party: { name: pick(COMPANIES), kind: 'organization' },
    date: day(60, 250),
    result: i % 6 === 5 ? '发现问题，已责令限期整改' : '未发现问题',
    problemFound: i % 6 === 5,
  }));
}

function payments(n) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'payment',
    id: `pay-${String(i + 1).padStart(4, '0')}`,
    recipient: { name: name(), kind: 'person' },
    // As a clerk types it, door number and all: the SDK cuts it to the village.
    village: `${pick(VILLAGES)}${1 + Math.floor(r() * 9)}组${1 + Math.floor(r() * 60)}号`,
    programme:
      i % 4 === 0 ? '2026 年第三季度城乡低保金' : i % 4 === 1 ? '2026 年第三季度特困供养金' : '2026 年临时救助金',
    amount: [1860, 2340, 1500, 980, 3000][i % 5],
    date: '2026-10-15',
    ...(i === 0 ? { notes: `身份证号 ${idNumber()} 的账户已更正` } : {}),
  }));
}

const SHOWN = { start: '2026-10-16', end: '2027-10-15' };

export function resultLists() {
  const ca = deidentifyResults({
    kind: 'results',
    id: 'results-ca',
    title: '示例县民政局办件结果及资金发放名单公示',
    // After its last record (decided in late November): the date the list was complete.
    updated: '2026-11-27T09:00:00+08:00',
    department: DEPARTMENTS.ca,
    publicity: SHOWN,
    results: [...cases(100), ...payments(200)],
  });
  const mr = deidentifyResults({
    kind: 'results',
    id: 'results-mr',
    title: '示例县市场监督管理局行政处罚决定及抽查结果公示',
    updated: '2026-11-06T09:00:00+08:00',
    department: '示例县市场监督管理局',
    publicity: { start: '2026-06-01', end: '2029-12-31' },
    results: [...decisions(40), ...spotChecks(30)],
  });
  return [ca, mr];
}

export function serviceRules() {
  return [
    {
      kind: 'service-rules',
      id: 'rules-hall',
      title: '示例县政务服务中心办事纪律',
      updated: '2026-01-05T09:00:00+08:00',
      department: '示例县政务服务中心',
      rules: [
        ['first-inquiry', '首问负责', '首位接待的工作人员负责解答或引导办理，不得推诿。'],
        ['one-time-notice', '一次性告知', '材料不全的，一次性书面告知需补正的全部内容。'],
        ['time-limit', '限时办结', '在承诺时限内办结；不能办结的，书面说明理由。'],
        ['badge', '挂牌上岗', '工作人员佩戴工作牌，窗口公示姓名、职务和照片。'],
        ['prohibition', '禁止性规定', '不得吃拿卡要，不得刁难办事群众，不得在工作时间做与工作无关的事。'],
      ].map(([category, title, text], i) => ({
        no: i + 1,
        category,
        title,
        text,
        basis: [{ title: '示例县政务服务中心窗口工作人员管理办法', number: '示政务〔2025〕3号' }],
      })),
      staff: [
        ['1 号窗口（不动产登记）', '王丽', '窗口负责人'],
        ['2 号窗口（不动产登记）', '陈涛', '受理员'],
        ['12 号窗口（就业服务）', '刘敏', '受理员'],
        ['15 号窗口（社会保险）', '赵强', '受理员'],
        ['20 号窗口（社会救助）', '孙芳', '受理员'],
      ].map(([window, staffName, position]) => ({ window, name: staffName, position })),
    },
  ];
}

export function supervision() {
  const months = Array.from(
    { length: 12 },
    (_, i) => `${i < 1 ? 2025 : 2026}-${String(i < 1 ? 12 : i).padStart(2, '0')}`,
  );
  return [
    {
      kind: 'supervision',
      id: 'supervision-hall',
      title: '示例县政务服务中心监督与评价',
      // After November ended: the file holds November's ratings.
      updated: '2026-12-04T09:00:00+08:00',
      department: '示例县政务服务中心',
      channels: [
        { kind: 'phone', label: '监督电话', value: '0999-1234599', hours: '工作日 8:30–17:30' },
        { kind: 'hotline', label: '12345 政务服务便民热线', value: '12345', hours: '24 小时' },
        { kind: 'email', label: '投诉邮箱', value: 'jiandu@shili.example.gov.cn' },
        {
          kind: 'online',
          label: '网上投诉',
          value: '示例县政务服务网“好差评”',
          url: 'https://zwfw.shili.gov.cn/haochaping',
        },
        { kind: 'mailbox', label: '意见箱', value: '政务服务中心一楼大厅入口' },
        { kind: 'unit', label: '投诉受理单位', value: '示例县政务服务中心督查室（三楼 301）' },
      ],
      complaints: ['2026-Q1', '2026-Q2', '2026-Q3'].map((period, i) => ({
        period,
        received: [14, 9, 11][i],
        settled: [14, 9, 10][i],
        satisfied: [13, 8, 9][i],
      })),
      ratings: months.map((period, i) => {
        const total = 1800 + Math.floor(r() * 600);
        const bad = 2 + (i % 4);
        const meh = 10 + (i % 7);
        const ok = Math.floor(total * 0.12);
        return {
          period,
          counts: {
            verySatisfied: total - ok - meh - bad - 1,
            satisfied: ok,
            neutral: meh,
            dissatisfied: bad,
            veryDissatisfied: i % 5 === 0 ? 1 : 0,
          },
          rectification: { due: bad + (i % 5 === 0 ? 1 : 0), done: i === 11 ? bad - 1 : bad + (i % 5 === 0 ? 1 : 0) },
        };
      }),
    },
  ];
}
