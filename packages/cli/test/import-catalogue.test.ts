/**
 * `gongkai import catalogue`: a 政务公开事项标准目录 laid out as counties publish it. The rows follow
 * real catalogues (text as they print it; only the layout is rebuilt here as a workbook):
 * - 德安县 涉农资金领域基层政务公开标准目录,
 *   http://www.dean.gov.cn/ztzl/zwgkzl/wszzt/gklw001/snxx/202302/t20230214_5934672.html — 政策文件 and
 *   资金明细 rows: "信息形成或者变更之日起20个工作日内", "■政府网站 □政府公报 … ■公开查阅点□行政服务中心 …".
 * - 凤屯镇 政府文件信息领域基层政务公开标准目录, https://imortgage.com.cn/info/1475/44091.htm — 政府文件
 *   row: "信息形成或变更之日起3个工作日内", "■政府网站 ■单位/村委会公示栏(电子屏)", √ under 全社会/主动/镇级.
 * - 赛罕区 重大建设项目领域, https://www.saihan.gov.cn/zwgk_new/jczwgk/xzjd/hhsz/bzml — "实时公开" and a
 *   channel outside the list, "■投资项目在线审批监管平台".
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseChannels } from '../src/import/catalogue-sheet.js';
import { cli, tempDir, writeXlsx, type Row } from './helpers.js';

const DEAN_CHANNELS =
  '■政府网站  □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点□行政服务中心 □便民服务站□入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他';
const REG = '《中华人民共和国政府信息公开条例》(国令第711号)';

const header: Row[] = [
  [
    '序号',
    '公开事项',
    '公开事项',
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '公开对象',
    '公开对象',
    '公开方式',
    '公开方式',
    '公开层级',
    '公开层级',
  ],
  [
    '序号',
    '一级事项',
    '二级事项',
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '全社会',
    '特定群体',
    '主动',
    '依申请',
    '乡级',
    '村级',
  ],
];

async function importBook(rows: Row[], merges: string[] = [], ...args: string[]) {
  const dir = tempDir();
  const file = join(dir, 'catalogue.xlsx');
  await writeXlsx(file, [{ name: '标准目录', rows, merges }]);
  const out = join(dir, 'out.json');
  const r = await cli('import', 'catalogue', file, '--out', out, ...args);
  return { r, data: r.code === 0 ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}

describe('gongkai import catalogue', () => {
  it('reads 领域 title rows, two-row headers, √ columns, ■/□ channels and the time limits as printed', async () => {
    const rows: Row[] = [
      ['（一）涉农资金领域基层政务公开标准目录'],
      ...header,
      [
        1,
        '政策文件',
        '政策文件',
        '1、中央及地方政府下发涉农资金相关文件 2、我镇涉农资金相关文件',
        REG,
        '信息形成或者变更之日起20个工作日内',
        '镇级人民政府',
        DEAN_CHANNELS,
        '√',
        '√',
        '√',
        null,
        '√',
        null,
      ],
      [
        2,
        '资金明细',
        '资金明细',
        '涉农相关资金明细',
        REG,
        '信息形成或者变更之日起20个工作日内',
        '镇级人民政府',
        DEAN_CHANNELS,
        '√',
        '√',
        '√',
        null,
        '√',
        null,
      ],
      ['（二）政府文件信息领域基层政务公开标准目录'],
      ...header,
      [
        1,
        '政府文件',
        '政府文件',
        '政府文件。',
        '《中华人民共和国政府信息公开条例》(国务院令第711号)',
        '信息形成或变更之日起3个工作日内',
        '镇人民政府',
        '■政府网站 ■单位/村委会公示栏(电子屏)',
        '√',
        null,
        '√',
        null,
        '√',
        null,
      ],
      ['（三）重大建设项目领域基层政务公开标准目录'],
      ...header,
      [
        1,
        '批准服务信息',
        '办事指南',
        '申报材料清单、批准流程、办理时限、受理机构联系方式、申报要求等',
        '《中华人民共和国政府信息公开条例》',
        '实时公开',
        '相关审批部门',
        '■政府网站 ■两微一端 ■投资项目在线审批监管平台',
        '√',
        null,
        '√',
        null,
        '√',
        '√',
      ],
    ];
    const { r, data } = await importBook(rows, ['A1:N1'], '--updated', '2026-12-01');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(data.kind, 'disclosure-catalogue');
    assert.deepEqual(
      data.entries.map((e: any) => [e.domain, e.level1, e.level2 ?? null]),
      [
        ['涉农资金', '政策文件', null],
        ['涉农资金', '资金明细', null],
        ['政府文件信息', '政府文件', null],
        ['重大建设项目', '批准服务信息', '办事指南'],
      ],
    );
    const [first, , doc, big] = data.entries;
    assert.deepEqual(first.timeLimit, {
      text: '信息形成或者变更之日起20个工作日内',
      parsed: { from: 'formed-or-changed', days: 20, unit: 'working-days' },
    });
    assert.deepEqual(first.channels, ['website', 'reading-room']);
    assert.deepEqual(
      [first.openTo, first.openHow, first.openLevels],
      [['public', 'specific'], ['proactive'], ['township']],
    );
    assert.deepEqual(first.basis, [{ title: '中华人民共和国政府信息公开条例', number: '国令第711号' }]);
    assert.deepEqual(doc.timeLimit.parsed, { from: 'formed-or-changed', days: 3, unit: 'working-days' });
    assert.deepEqual(doc.channels, ['website', 'notice-board']);
    // Not parseable: kept as printed, nothing guessed; a channel outside the list kept as printed.
    assert.deepEqual(big.timeLimit, { text: '实时公开' });
    assert.deepEqual(big.channels, ['website', 'social-media']);
    assert.deepEqual(big.otherChannels, ['投资项目在线审批监管平台']);
    assert.deepEqual(big.openLevels, ['township', 'village']);
  });

  it('names the sheet and row of an entry missing its 公开主体, and writes nothing', async () => {
    const rows: Row[] = [
      ['（一）涉农资金领域基层政务公开标准目录'],
      ...header,
      [
        1,
        '政策文件',
        '政策文件',
        '涉农资金相关文件',
        REG,
        '信息形成或者变更之日起20个工作日内',
        null,
        DEAN_CHANNELS,
        '√',
        null,
        '√',
        null,
        '√',
        null,
      ],
    ];
    const { r } = await importBook(rows);
    assert.equal(r.code, 1);
    assert.match(r.out + r.err, /标准目录.*第 4 行.*缺少 公开主体/);
  });

  it('reads channel cells with and without marks', () => {
    assert.deepEqual(parseChannels(DEAN_CHANNELS), { channels: ['website', 'reading-room'], other: [] });
    assert.deepEqual(parseChannels('政府网站、公开查阅点'), { channels: ['website', 'reading-room'], other: [] });
  });
});
