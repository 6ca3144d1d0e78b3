/**
 * 政务公开事项标准目录 as counties publish them (国办发〔2019〕54号 standard catalogues): a two-row
 * header — 序号 | 公开事项 (一级事项, 二级事项) | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 |
 * 公开渠道和载体 | 公开对象 (全社会, 特定群体) | 公开方式 (主动, 依申请) | 公开层级 (县级, 乡级, 村级) —
 * with √ in the ticked columns and ■/□ before each channel. A sheet may hold several 领域, each
 * under its title row ("（二）公共资源交易领域基层政务公开标准目录") and its own header; merged cells
 * carry their value into every row they cover (sheets.ts).
 */
import { parseTimeLimit, type CatalogueChannel, type DisclosureEntry } from '@gongkai/sdk';
import { parseDocuments } from './documents.js';
import type { RowProblems } from './row-problems.js';
import { cellString, cellText, type CellValue, type Sheet } from './sheets.js';

/** Channel names as the tables print them (and their variants), to the fixed list. */
const CHANNELS: [RegExp, CatalogueChannel][] = [
  [/^政府网站$/, 'website'],
  [/^政府公报$/, 'gazette'],
  [/^两微一端$/, 'social-media'],
  [/^发布会[/／]?听证会$/, 'briefing'],
  [/^广播电视$/, 'broadcast'],
  [/^纸质(媒体|载体)$/, 'print'],
  [/^公开查阅点$/, 'reading-room'],
  [/^(政务|行政)服务中心$/, 'service-center'],
  [/^便民服务站$/, 'service-station'],
  [/^入户[/／]?现场$/, 'door-to-door'],
  [/公示栏/, 'notice-board'],
  [/^精准推送$/, 'targeted-push'],
  [/^其他$/, 'other'],
];
const TICK = /^[√✓✔■☑▇是]$/;
const MARKED = /([■□☑☐√✓▇口])\s*([^■□☑☐√✓▇口]+)/g;

/** The ticked channels of a 公开渠道和载体 cell: in the list, or kept as printed in `other`. */
export function parseChannels(text: string): { channels: CatalogueChannel[]; other: string[] } {
  const channels = new Set<CatalogueChannel>();
  const other: string[] = [];
  const marks = [...text.matchAll(MARKED)];
  // A cell without any mark lists only what is ticked ("政府网站、公开查阅点").
  const ticked = marks.length
    ? marks.filter((m) => /[■☑√✓▇]/.test(m[1]!)).map((m) => m[2]!)
    : text.split(/[、，,；;\s]+/);
  for (const raw of ticked) {
    const name = raw.replace(/[（(][^）)]*[）)]/g, (m) => (/电子屏/.test(m) ? '' : m)).trim();
    if (!name) continue;
    const hit = CHANNELS.find(([re]) => re.test(name));
    if (hit) channels.add(hit[1]);
    else other.push(raw.trim());
  }
  return { channels: [...channels], other };
}

type Field = 'no' | 'domain' | 'level1' | 'level2' | 'content' | 'basis' | 'timeLimit' | 'publisher' | 'channels';
type Tick =
  | ['openTo', 'public' | 'specific']
  | ['openHow', 'proactive' | 'on-request']
  | ['openLevels', 'county' | 'township' | 'village'];

interface Columns {
  field: Partial<Record<Field, number>>;
  ticks: { col: number; sets: Tick[] }[];
}

const TOP: [RegExp, Field][] = [
  [/^序号$/, 'no'],
  [/^领域$/, 'domain'],
  [/公开内容/, 'content'],
  [/公开依据/, 'basis'],
  [/公开时限/, 'timeLimit'],
  [/公开主体/, 'publisher'],
  [/公开渠道/, 'channels'],
];
function ticksOf(sub: string): Tick[] {
  if (/^全社会$/.test(sub)) return [['openTo', 'public']];
  if (/^特定群[体众]$/.test(sub)) return [['openTo', 'specific']];
  if (/^主动(公开)?$/.test(sub)) return [['openHow', 'proactive']];
  if (/^依申请(公开)?$/.test(sub)) return [['openHow', 'on-request']];
  if (/^县级$/.test(sub)) return [['openLevels', 'county']];
  if (/^[乡镇]、?村级$/.test(sub))
    return [
      ['openLevels', 'township'],
      ['openLevels', 'village'],
    ];
  if (/^[乡镇街](道)?级$/.test(sub)) return [['openLevels', 'township']];
  if (/^村级$/.test(sub)) return [['openLevels', 'village']];
  return [];
}

/** The columns of a header row and the sub-header row under it. */
function columnsOf(top: CellValue[], sub: CellValue[] | undefined): Columns {
  const field: Columns['field'] = {};
  const ticks: Columns['ticks'] = [];
  const width = Math.max(top.length, sub?.length ?? 0);
  for (let i = 0; i < width; i++) {
    const t = cellText(top[i]).replace(/\s+/g, '');
    const s = cellText(sub?.[i]).replace(/\s+/g, '');
    if (s === '一级事项') field.level1 = i;
    else if (s === '二级事项') field.level2 = i;
    else if (ticksOf(s).length) ticks.push({ col: i, sets: ticksOf(s) });
    else {
      const hit = TOP.find(([re]) => re.test(t));
      if (hit && field[hit[1]] === undefined) field[hit[1]] = i;
    }
  }
  // A table with one level of 事项 prints 公开事项 alone.
  if (field.level1 === undefined) {
    const i = top.findIndex((c) => /^公开事项$/.test(cellText(c).replace(/\s+/g, '')));
    if (i >= 0) field.level1 = i;
  }
  return { field, ticks };
}

const isHeader = (row: CellValue[]) => row.some((c) => /公开内容/.test(cellText(c)));
/** "（二）公共资源交易领域基层政务公开标准目录" → 公共资源交易. */
function domainTitle(row: CellValue[]): string | undefined {
  const texts = [...new Set(row.map((c) => cellText(c)).filter(Boolean))];
  if (texts.length !== 1) return undefined;
  const m = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*(.+?)领域.*目录/.exec(
    texts[0]!,
  );
  return m?.[1]?.trim();
}

export function parseCatalogueSheet(
  sheet: Sheet,
  problems: RowProblems,
  opts: { domain?: string } = {},
): { entries: DisclosureEntry[]; rowOf: number[] } {
  const { rows, name: s } = sheet;
  const entries: DisclosureEntry[] = [];
  const rowOf: number[] = [];
  let domain = opts.domain;
  let cols: Columns | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => cellText(c) === '')) continue;
    const title = domainTitle(row);
    if (title) {
      domain = opts.domain ?? title;
      continue;
    }
    if (isHeader(row)) {
      const sub = rows[r + 1];
      const hasSub = sub?.some((c) => /一级事项|二级事项|全社会|主动/.test(cellText(c)));
      cols = columnsOf(row, hasSub ? sub : undefined);
      if (hasSub) r++;
      continue;
    }
    if (!cols) continue; // rows above the first header (the document's own title, its date)
    const get = (f: Field) => (cols!.field[f] !== undefined ? cellString(row[cols!.field[f]!]) : '');
    const content = get('content');
    const level1 = get('level1') || get('level2');
    const publisher = get('publisher');
    const timeText = get('timeLimit');
    const entryDomain = get('domain') || domain;
    const missing = [
      [!level1, '一级事项'],
      [!content, '公开内容（要素）'],
      [!timeText, '公开时限'],
      [!publisher, '公开主体'],
      [!entryDomain, '领域（标题行或“领域”列，或 --department）'],
    ]
      .filter(([m]) => m)
      .map(([, n]) => n as string);
    if (missing.length) {
      // A row of notes under the table (要素说明) has none of these: a note, not a broken entry.
      if (!content && !publisher) continue;
      problems.error(s, r + 1, `缺少 ${missing.join('、')}`, `missing ${missing.join(', ')}`);
      continue;
    }
    const ticked = { openTo: new Set<string>(), openHow: new Set<string>(), openLevels: new Set<string>() };
    for (const t of cols.ticks)
      if (TICK.test(cellText(row[t.col]).replace(/\s+/g, ''))) for (const [k, v] of t.sets) ticked[k].add(v);
    const { channels, other } = parseChannels(get('channels'));
    const parsed = parseTimeLimit(timeText);
    const level2 = get('level2');
    const basis = get('basis');
    const no = get('no');
    entries.push({
      id: `entry-${entries.length + 1}`,
      ...(no ? { no } : {}),
      domain: entryDomain!,
      level1,
      ...(level2 && level2 !== level1 ? { level2 } : {}),
      content,
      ...(basis ? { basis: parseDocuments(basis) } : {}),
      timeLimit: { text: timeText, ...(parsed ? { parsed } : {}) },
      publisher,
      channels,
      ...(other.length ? { otherChannels: other } : {}),
      openTo: [...ticked.openTo] as DisclosureEntry['openTo'],
      openHow: [...ticked.openHow] as DisclosureEntry['openHow'],
      openLevels: [...ticked.openLevels] as DisclosureEntry['openLevels'],
    });
    rowOf.push(r + 1);
  }
  if (!cols)
    problems.error(
      s,
      0,
      '找不到表头行：需要“公开内容（要素）”列（序号 | 公开事项 | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 …）',
      'no header row: a 公开内容（要素） column is needed',
    );
  return { entries, rowOf };
}
