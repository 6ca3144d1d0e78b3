import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  dataset: string;
  lang: string;
  size: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/“三公”经费 gk-three-public',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-three-public
      theme=${a.theme ?? ''}
      src=${a.data ? '' : (a.src ?? './feeds/shili-county/')}
      .data=${a.data}
      dataset=${a.dataset}
      lang=${a.lang}
      size=${a.size}
      ?debug=${a.debug}
    ></gk-three-public>`,
  args: { dataset: 'three-public-2025-hrss', lang: 'zh-CN', size: '', debug: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    dataset: { control: 'select', options: ['three-public-2025-hrss', 'three-public-2025-nr', 'three-public-2025-ca'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** The printed −7.81% disagrees with the amounts (+7.80%): both are shown, flagged. */
export const PublishedPercentDisagrees: Story = { args: { dataset: 'three-public-2025-nr' } };
export const English: Story = { args: { lang: 'en' } };
export const TvKiosk: Story = { name: 'Kiosk / TV size', args: { size: 'kiosk', dataset: 'three-public-2025-ca' } };
export const BudgetOnly: Story = {
  name: 'Budget only (no 决算 yet)',
  args: {
    data: {
      kind: 'three-public',
      id: 'b',
      updated: '2026-02-18',
      department: '示例县民政局',
      year: 2026,
      unit: '万元',
      lines: [
        { category: 'abroad', budget: 0, previous: 0 },
        { category: 'vehicle-purchase', budget: 0, previous: 0 },
        { category: 'vehicle-operation', budget: 4.8, previous: 5, reason: '压减车辆运行费用' },
        { category: 'reception', budget: 1.2, previous: 1.5, reason: '严控接待' },
      ],
    },
  },
};
export const Loading: Story = { args: { src: '/__gk-story/never-answers/' } };
export const InvalidData: Story = {
  args: {
    debug: true,
    data: {
      kind: 'three-public',
      id: 'x',
      updated: '2026-13-01',
      department: '示例局',
      year: 2026,
      unit: '美元',
      lines: [{ category: 'meals', budget: -1 }],
    },
  },
};

export const ThemeDark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', args: { theme: 'high-contrast' } };
export const ThemeElderly: Story = { name: 'Theme: elderly-friendly (适老化)', args: { theme: 'elderly' } };
