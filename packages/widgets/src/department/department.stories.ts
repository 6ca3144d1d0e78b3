import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  department: string;
  section: string;
  lang: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/部门公开页 gk-department',
  tags: ['autodocs'],
  render: (a) =>
    html`<gk-department
      no-hash
      theme=${a.theme ?? ''}
      src=${a.src ?? './feeds/shili-county/'}
      department=${a.department}
      section=${a.section}
      lang=${a.lang}
      size=${a.size}
    ></gk-department>`,
  args: { department: '示例县自然资源局', section: '', lang: 'zh-CN', size: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    department: {
      control: 'select',
      options: [
        '示例县人力资源和社会保障局',
        '示例县自然资源局',
        '示例县民政局',
        '示例县市场监督管理局',
        '示例县政务服务中心',
      ],
    },
    section: {
      control: 'select',
      options: ['', 'powers', 'fees', 'services', 'budget', 'three-public', 'results', 'rules', 'supervision'],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** 职权, 收费 and 结果公示 only: the feed has no guides, budgets or 三公 of this department. */
export const PowersFeesResults: Story = { args: { department: '示例县市场监督管理局' } };
/** The service hall: its 办事纪律 and 监督评价. */
export const ServiceHall: Story = { args: { department: '示例县政务服务中心' } };
export const Services: Story = { name: 'Opened at 办事', args: { section: 'services', department: '示例县民政局' } };
export const Budget: Story = { name: 'Opened at 预决算', args: { section: 'budget' } };
export const English: Story = { args: { lang: 'en', department: '示例县民政局' } };
export const Kiosk: Story = { args: { size: 'kiosk', department: '示例县人力资源和社会保障局' } };
