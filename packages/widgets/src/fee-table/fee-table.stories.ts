import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Fee } from '@gongkai/sdk/core';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  lang: string;
  size: string;
  columns: string;
  query: string;
  department: string;
  category: string;
  status: string;
  sort: string;
  groupBy: string;
  debug: boolean;
  width?: string;
}

const FEED = './feeds/shili-county/';

const meta: Meta<Args> = {
  title: 'Widgets/收费项目表 gk-fee-table',
  tags: ['autodocs'],
  render: (a) =>
    html`<div style="max-width:${a.width ?? 'none'}">
      <gk-fee-table
        theme=${a.theme ?? ''}
        src=${a.data ? '' : (a.src ?? FEED)}
        .data=${a.data}
        lang=${a.lang}
        size=${a.size}
        columns=${a.columns}
        query=${a.query}
        department=${a.department}
        category=${a.category}
        status=${a.status}
        sort=${a.sort}
        group-by=${a.groupBy}
        ?debug=${a.debug}
      ></gk-fee-table>
    </div>`,
  args: {
    lang: 'zh-CN',
    size: '',
    columns: '',
    query: '',
    department: '',
    category: '',
    status: '',
    sort: '',
    groupBy: '',
    debug: false,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
    category: { control: 'select', options: ['', 'administrative', 'fund', 'service'] },
    status: { control: 'select', options: ['', 'active', 'suspended', 'abolished'] },
    sort: { control: 'select', options: ['', 'name', '-name', 'amount', '-amount'] },
    groupBy: { control: 'inline-radio', options: ['', 'department'] },
    columns: { control: 'text', description: 'no, name, department, category, standard, basis, notes, status' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The sample feed of 示例县, loaded with `src` as a department page would. */
export const Default: Story = {};

export const PinyinSearch: Story = { name: 'Search by pinyin initials (bdc)', args: { query: 'bdc' } };

export const GroupedByDepartment: Story = { args: { groupBy: 'department', sort: 'amount' } };

export const SuspendedOnly: Story = { name: 'Filtered: suspended (停征)', args: { status: 'suspended' } };

export const English: Story = { args: { lang: 'en' } };

export const Kiosk: Story = { name: 'Kiosk size', args: { size: 'kiosk' } };

export const NarrowCards: Story = { name: 'Narrow screen (cards)', args: { width: '380px' } };

export const Loading: Story = { args: { src: '/__gk-story/never-answers/' } };

export const Empty: Story = { args: { data: { kind: 'fee-list', id: 'empty', updated: '2026-03-01', items: [] } } };

export const NoResults: Story = { args: { query: '不存在的收费' } };

/** What the public sees for a broken file; with `debug`, what the webmaster must fix. */
export const InvalidFeed: Story = {
  args: {
    debug: true,
    data: {
      kind: 'fee-list',
      id: 'broken',
      updated: '2026-02-30',
      items: [
        {
          id: 'a',
          name: '',
          department: '示例县公安局',
          category: 'tax',
          basis: [],
          standard: { type: 'fixed', amount: -5 },
        },
      ],
    },
  },
};

export const NetworkError: Story = { args: { src: './feeds/does-not-exist/fees.json', debug: true } };

const fee = (i: number): Fee => ({
  id: `f${i}`,
  name: `${['不动产登记费', '居民身份证工本费', '遗体火化费', '污水处理费', '普通高中学费'][i % 5]}（第${i}项）`,
  department: `示例县第${i % 30}局`,
  category: (['administrative', 'fund', 'service'] as const)[i % 3]!,
  basis: [{ title: '示例县发展和改革局关于公布县级收费项目和标准的通知', number: `示县发改〔2024〕${i}号` }],
  standard: { type: 'fixed', amount: (i % 97) * 5, per: '件' },
});

/** 10,000 fees: only the visible rows are in the DOM; search, sort and keyboard still cover all. */
export const TenThousandRows: Story = { args: { data: Array.from({ length: 10_000 }, (_, i) => fee(i)) } };

export const ThemeDark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', args: { theme: 'high-contrast' } };
export const ThemeElderly: Story = { name: 'Theme: elderly-friendly (适老化)', args: { theme: 'elderly' } };
