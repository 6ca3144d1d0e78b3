import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../index.js';

interface Args {
  mode: string;
  dwell: number;
  idleTimeout: number;
  theme: string;
  lang: string;
  height: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/触摸屏与电视墙 gk-kiosk',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-kiosk
      src="./feeds/shili-county/"
      mode=${a.mode}
      dwell=${a.dwell}
      idle-timeout=${a.idleTimeout}
      theme=${a.theme}
      lang=${a.lang}
      style="--gk-kiosk-height: ${a.height}"
    >
      <gk-three-public dataset="three-public-2025-hrss"></gk-three-public>
      <gk-fee-table dataset="fees-nr"></gk-fee-table>
      <gk-process-flow process="proc-licensing"></gk-process-flow>
      <div data-dwell="8">
        <h2>通知公告</h2>
        <p>本周六政务服务中心照常办公。</p>
      </div>
    </gk-kiosk>`,
  args: { mode: 'kiosk', dwell: 15, idleTimeout: 60, theme: '', lang: 'zh-CN', height: '640px' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['kiosk', 'tv'] },
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A hall kiosk: rotates; touch to pause; returns to the start after the idle timeout. */
export const Kiosk: Story = {};
/** A wall TV: no interaction, a clock, overscan margins, a slow pixel shift. */
export const WallTv: Story = { name: 'Wall TV', args: { mode: 'tv', theme: 'dark' } };
export const English: Story = { args: { lang: 'en' } };
