import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  lang: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/监督与评价 gk-supervision',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-supervision
      theme=${a.theme ?? ''}
      src="./feeds/shili-county/"
      lang=${a.lang}
      size=${a.size}
    ></gk-supervision>`,
  args: { lang: 'zh-CN', size: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Kiosk: Story = { args: { size: 'kiosk' } };
