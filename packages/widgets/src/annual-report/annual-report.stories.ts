import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  dataset: string;
  lang: string;
  size: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/政府信息公开工作年度报告 gk-annual-report',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-annual-report
      theme=${a.theme ?? ''}
      src="./feeds/shili-county/"
      dataset=${a.dataset}
      lang=${a.lang}
      size=${a.size}
      ?debug=${a.debug}
    ></gk-annual-report>`,
  args: { dataset: 'annual-report-2025-nr', lang: 'zh-CN', size: '', debug: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    dataset: {
      control: 'select',
      options: ['annual-report-2024-hrss', 'annual-report-2025-hrss', 'annual-report-2024-nr', 'annual-report-2025-nr'],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 自然资源局 2025: (七)总计 one too high, and 上年结转 disagreeing with 2024's 结转下年度; 2024 beside it. */
export const Default: Story = {};
/** 人社局 2025: a row whose six applicants miss its 总计, a column that does not balance, 行政复议 1 + 1 printed 3. */
export const RowsAndReview: Story = { name: 'Rows, balance and table 4', args: { dataset: 'annual-report-2025-hrss' } };
/** 自然资源局 2024: published 10 February (late), a group subtotal its reasons miss. */
export const Late: Story = { name: 'Published late', args: { dataset: 'annual-report-2024-nr' } };
/** 人社局 2024: the text quotes 9 requests where table 3 prints 8. */
export const TextDisagrees: Story = {
  name: 'Text disagrees with table 3',
  args: { dataset: 'annual-report-2024-hrss' },
};
export const English: Story = { args: { lang: 'en' } };
export const Kiosk: Story = { name: 'Kiosk size', args: { size: 'kiosk' } };
