import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  lang: string;
}

/** The sample aggregate of three invented counties (examples/aggregate, written by gongkai harvest). */
const meta: Meta<Args> = {
  title: 'Widgets/数据源质量 gk-feed-status',
  tags: ['autodocs'],
  render: (a) => html`<gk-feed-status theme=${a.theme ?? ''} src="./aggregate/" lang=${a.lang}></gk-feed-status>`,
  args: { lang: 'zh-CN' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
