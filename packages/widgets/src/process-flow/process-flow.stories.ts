import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Process } from '@gongkai/sdk/core';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  process: string;
  activeStep: string;
  orientation: string;
  lanes: boolean;
  lang: string;
  size: string;
  debug: boolean;
  width: string;
}

const FEED = './feeds/shili-county/';

const meta: Meta<Args> = {
  title: 'Widgets/审批流程图 gk-process-flow',
  tags: ['autodocs'],
  render: (a) =>
    html`<div style="width:${a.width}">
      <gk-process-flow
        theme=${a.theme ?? ''}
        src=${a.data ? '' : (a.src ?? FEED)}
        .data=${a.data}
        process=${a.process}
        active-step=${a.activeStep}
        orientation=${a.orientation}
        ?lanes=${a.lanes}
        lang=${a.lang}
        size=${a.size}
        ?debug=${a.debug}
      ></gk-process-flow>
    </div>`,
  args: {
    process: 'proc-licensing',
    activeStep: '',
    orientation: 'auto',
    lanes: false,
    lang: 'zh-CN',
    size: '',
    debug: false,
    width: '100%',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    process: {
      control: 'select',
      options: [
        'proc-licensing',
        'proc-property-registration',
        'proc-dibao',
        'proc-unemployment-benefit',
        'proc-marriage',
        'proc-disclosure',
      ],
    },
    orientation: { control: 'inline-radio', options: ['auto', 'lr', 'tb'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 行政许可通用流程 from the sample feed: 受理 / 不予受理 / 补正材料 branches, 补正 loops back. */
export const Default: Story = {};
export const ActiveStep: Story = { name: 'Where an application stands (active-step)', args: { activeStep: 'review' } };
export const Swimlanes: Story = { args: { process: 'proc-dibao', lanes: true } };
export const NarrowTopDown: Story = { name: 'Narrow container (top-down)', args: { width: '360px' } };
export const Kiosk: Story = {
  name: 'Kiosk size, portrait',
  args: { size: 'kiosk', orientation: 'tb', process: 'proc-property-registration' },
};
export const English: Story = { args: { lang: 'en', process: 'proc-disclosure' } };
export const Loading: Story = { args: { src: '/__gk-story/never-answers/' } };
export const NetworkError: Story = { args: { src: './feeds/does-not-exist/', debug: true } };

/** A dangling edge and no end node: the widget lists what to fix instead of drawing half a chart. */
export const InvalidProcess: Story = {
  args: {
    data: {
      id: 'broken',
      name: '有错误的流程',
      nodes: [
        { id: 'a', kind: 'start', label: '申请' },
        { id: 'b', kind: 'step', label: '受理' },
      ],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c', label: '审查' },
      ],
    },
  },
};

const owners = ['综合受理窗口', '业务科室', '分管领导', '局长办公会'];
/** 40 steps: the chart fits the width, zooms and scrolls. */
export const FortySteps: Story = {
  name: '40-step process',
  args: {
    data: ((): Process => {
      const nodes = Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        kind: (i === 0
          ? 'start'
          : i === 39
            ? 'end'
            : i % 9 === 4
              ? 'decision'
              : 'step') as Process['nodes'][number]['kind'],
        label: i === 0 ? '提交申请' : i === 39 ? '办结' : `第 ${i} 步 审核环节`,
        owner: owners[i % owners.length],
        days: i % 3 === 0 ? 1 : 0.5,
      }));
      const edges = nodes
        .slice(1)
        .map((n, i) => ({ from: `s${i}`, to: n.id, label: nodes[i]!.kind === 'decision' ? '通过' : undefined }));
      nodes.forEach(
        (n, i) => n.kind === 'decision' && edges.push({ from: n.id, to: `s${Math.max(0, i - 3)}`, label: '退回补正' }),
      );
      return { id: 'long', name: '四十步流程', nodes, edges };
    })(),
  },
};

export const ThemeDark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', args: { theme: 'high-contrast' } };
export const ThemeElderly: Story = { name: 'Theme: elderly-friendly (适老化)', args: { theme: 'elderly' } };
