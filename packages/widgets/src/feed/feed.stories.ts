import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../index.js';

interface Args {
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/数据源 gk-feed',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-feed src="./feeds/shili-county/" theme=${a.theme}>
      <gk-three-public dataset="three-public-2025-ca"></gk-three-public>
      <gk-fee-table dataset="fees-catalogue" department="示例县民政局"></gk-fee-table>
    </gk-feed>`,
  args: { theme: '' },
  argTypes: { theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** One feed for every widget inside: each widget names only its dataset. */
export const OneFeed: Story = {};
export const ThemedFromTheFeed: Story = {
  name: 'Theme set once on the feed (elderly-friendly)',
  args: { theme: 'elderly' },
};
