import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  department: string;
  type: string;
  query: string;
  lang: string;
  size: string;
  guideLink: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/权责清单 gk-power-list',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-power-list
      theme=${a.theme ?? ''}
      src=${a.data ? '' : (a.src ?? './feeds/shili-county/')}
      .data=${a.data}
      department=${a.department}
      type=${a.type}
      query=${a.query}
      guide-link=${a.guideLink}
      lang=${a.lang}
      size=${a.size}
      ?debug=${a.debug}
    ></gk-power-list>`,
  args: {
    department: '示例县自然资源局',
    type: '',
    query: '',
    guideLink: '',
    lang: 'zh-CN',
    size: '',
    debug: false,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    department: {
      control: 'select',
      options: ['', '示例县人力资源和社会保障局', '示例县自然资源局', '示例县民政局', '示例县市场监督管理局'],
    },
    type: {
      control: 'select',
      options: ['', 'licensing', 'penalty', 'enforcement', 'levy', 'payment', 'inspection', 'confirmation'],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** "bdc" is typed as pinyin initials: 不动产… powers match. */
export const PinyinSearch: Story = { name: 'Search by pinyin initials', args: { query: 'bdc' } };
export const Penalties: Story = { name: 'Filtered by type', args: { type: 'penalty' } };
/** Guides open on another page of the site. */
export const LinkedGuides: Story = { args: { guideLink: 'guide.html?id={id}', query: '不动产' } };
export const WholeCounty: Story = { name: 'Every department of the feed', args: { department: '' } };
export const English: Story = { args: { lang: 'en', department: '示例县民政局' } };
export const Kiosk: Story = { args: { size: 'kiosk', department: '示例县人力资源和社会保障局' } };
export const InvalidData: Story = {
  args: {
    debug: true,
    data: {
      kind: 'power-list',
      id: 'x',
      updated: '2026-01-15',
      powers: [{ id: 'p1', name: '工伤认定', type: '确认', basis: [], department: '某局', status: 'active' }],
    },
  },
};
