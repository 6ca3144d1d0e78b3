import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  dataset: string;
  type: string;
  archive: boolean;
  today: string;
  lang: string;
  size: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/结果公示 gk-results',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-results
      theme=${a.theme ?? ''}
      src=${a.data ? '' : (a.src ?? './feeds/shili-county/')}
      .data=${a.data}
      dataset=${a.dataset}
      type=${a.type}
      ?archive=${a.archive}
      today=${a.today}
      lang=${a.lang}
      size=${a.size}
      ?debug=${a.debug}
    ></gk-results>`,
  args: {
    dataset: 'results-ca',
    type: '',
    archive: false,
    today: '2026-11-26',
    lang: 'zh-CN',
    size: '',
    debug: false,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    dataset: { control: 'select', options: ['results-ca', 'results-mr'] },
    type: { control: 'select', options: ['', 'case', 'decision', 'spot-check', 'payment'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** 办件结果 with the on-time rate of each 事项. */
export const Cases: Story = { args: { type: 'case' } };
/** A 发放名单 of 200 households: masked names, villages, amounts. */
export const PaymentList: Story = { args: { type: 'payment' } };
export const Decisions: Story = { args: { dataset: 'results-mr', type: 'decision' } };
/** Records whose 公示期 has ended, shown as an archive. */
export const Archive: Story = { args: { dataset: 'results-mr', archive: true } };
export const English: Story = { args: { lang: 'en', dataset: 'results-mr' } };
export const Kiosk: Story = { args: { size: 'kiosk', type: 'payment' } };
