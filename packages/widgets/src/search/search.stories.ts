import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  lang: string;
}

/** Search over the sample aggregate of three invented counties (examples/aggregate, from gongkai harvest). */
const meta: Meta<Args> = {
  title: 'Widgets/全省搜索 gk-search',
  tags: ['autodocs'],
  render: (a) => html`<gk-search theme=${a.theme ?? ''} src="./aggregate/" lang=${a.lang}></gk-search>`,
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
