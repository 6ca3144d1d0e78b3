import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  lang: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/政府信息公开指南 gk-request-guide',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-request-guide
      theme=${a.theme ?? ''}
      src="./feeds/shili-county/"
      dataset="request-guide-county"
      lang=${a.lang}
      size=${a.size}
    ></gk-request-guide>`,
  args: { lang: 'zh-CN', size: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The sample county's guide: four channels, the deadline and fee calculators, the blank form. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Elderly: Story = { name: '适老化 theme', args: { theme: 'elderly' } };
