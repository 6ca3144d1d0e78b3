import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  lang: string;
  query: string;
  asOf: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/公开目录 gk-catalogue',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-catalogue
      theme=${a.theme ?? ''}
      src="./feeds/shili-county/"
      lang=${a.lang}
      query=${a.query}
      as-of=${a.asOf}
    ></gk-catalogue>`,
  args: { lang: 'zh-CN', query: '', asOf: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Judged on an earlier day: the 行政处罚 entry is not late yet. */
export const AsOfEarlier: Story = { args: { asOf: '2026-11-20' } };
export const Searched: Story = { args: { query: '低保' } };
export const Elderly: Story = { args: { theme: 'elderly' } };
