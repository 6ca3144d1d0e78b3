import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Budget } from '@gongkai/sdk/core';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  dataset: string;
  compare: string;
  unit: string;
  display: string;
  lang: string;
  size: string;
  debug: boolean;
}

const FEED = './feeds/shili-county/';
const DATASETS = [
  'budget-2026-hrss',
  'budget-2025-hrss',
  'final-2025-hrss',
  'budget-2026-nr',
  'budget-2025-nr',
  'final-2025-nr',
  'budget-2026-ca',
  'budget-2025-ca',
  'final-2025-ca',
];

const meta: Meta<Args> = {
  title: 'Widgets/部门预决算 gk-budget-viewer',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-budget-viewer
      theme=${a.theme ?? ''}
      src=${a.data ? '' : (a.src ?? FEED)}
      .data=${a.data}
      dataset=${a.dataset}
      compare=${a.compare}
      unit=${a.unit}
      display=${a.display}
      lang=${a.lang}
      size=${a.size}
      ?debug=${a.debug}
    ></gk-budget-viewer>`,
  args: { dataset: 'budget-2026-ca', compare: '', unit: '', display: 'amount', lang: 'zh-CN', size: '', debug: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    dataset: { control: 'select', options: DATASETS },
    compare: { control: 'select', options: ['', 'previous', ...DATASETS] },
    unit: { control: 'inline-radio', options: ['', '元', '万元', '亿元'] },
    display: { control: 'inline-radio', options: ['amount', 'percent'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 2026 budget with the 上年数 printed beside each line. */
export const Default: Story = {};
export const YearOnYear: Story = { name: 'This year vs last year', args: { compare: 'budget-2025-ca' } };
export const BudgetVsFinal: Story = {
  name: '决算 vs 预算',
  args: { dataset: 'final-2025-nr', compare: 'budget-2025-nr' },
};
export const Shares: Story = { name: 'Share of total (%)', args: { display: 'percent' } };
export const InYuan: Story = { name: 'Unit switched to 元', args: { unit: '元' } };
export const English: Story = { args: { lang: 'en', compare: 'budget-2025-hrss', dataset: 'budget-2026-hrss' } };
export const Kiosk: Story = { name: 'Kiosk size', args: { size: 'kiosk' } };
export const Loading: Story = { args: { src: '/__gk-story/never-answers/' } };
export const NotInFeed: Story = { name: 'Dataset not in the feed', args: { dataset: 'budget-1999-x', debug: true } };

const lines = (): Budget['lines'] => [
  { code: '208', name: '社会保障和就业支出', basic: 100, project: 60, total: 160 },
  { code: '20802', name: '民政管理事务', basic: 100, project: 20, total: 120 },
  { code: '2080201', name: '行政运行', basic: 100, project: 0, total: 100 },
  { code: '2080208', name: '基层政权建设和社区治理', basic: 0, project: 20, total: 20 },
  { code: '20819', name: '最低生活保障', basic: 0, project: 30, total: 30 },
  { code: '2081901', name: '城市最低生活保障金支出', basic: 0, project: 30, total: 30 },
];

/** The 类 208 is published as 160 but its 款 add up to 150: the viewer shows it on the line. */
export const BrokenParentSum: Story = {
  args: {
    data: {
      kind: 'budget',
      id: 'broken',
      updated: '2026-02-18',
      department: '示例局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      lines: lines(),
    },
  },
};

export const Empty: Story = {
  args: {
    data: {
      kind: 'budget',
      id: 'empty',
      updated: '2026-02-18',
      department: '示例局',
      year: 2026,
      phase: 'budget',
      unit: '万元',
      lines: [],
    },
  },
};

/** 5,000 项: the chart shows one level at a time; small cells gather into 其他. */
export const FiveThousandLines: Story = {
  args: {
    data: ((): Budget => {
      const out: Budget['lines'] = [];
      for (let c = 0; c < 20; c++) {
        const cls = String(201 + c);
        const w = 20 - c;
        out.push({ code: cls, name: `第${c + 1}类支出`, total: w * 10 * 25 });
        for (let k = 1; k <= 10; k++) {
          const sec = cls + String(k).padStart(2, '0');
          out.push({ code: sec, name: `第${k}款`, total: w * 25 });
          for (let x = 1; x <= 25; x++)
            out.push({ code: sec + String(x).padStart(2, '0'), name: `第${x}项`, total: w });
        }
      }
      return {
        kind: 'budget',
        id: 'big',
        updated: '2026-02-18',
        department: '示例大部门',
        year: 2026,
        phase: 'budget',
        unit: '万元',
        lines: out,
      };
    })(),
  },
};

export const ThemeDark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', args: { theme: 'high-contrast' } };
export const ThemeElderly: Story = { name: 'Theme: elderly-friendly (适老化)', args: { theme: 'elderly' } };
