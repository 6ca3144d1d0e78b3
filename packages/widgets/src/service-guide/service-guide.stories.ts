import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Fee, ServiceGuide } from '@gongkai/sdk/core';
import './index.js';

interface Args {
  theme?: string;
  src?: string;
  data?: unknown;
  fees?: Fee[];
  guide: string;
  lang: string;
  size: string;
  debug: boolean;
  width: string;
}

const FEED = './feeds/shili-county/';

const meta: Meta<Args> = {
  title: 'Widgets/办事指南 gk-service-guide',
  tags: ['autodocs'],
  render: (a) =>
    html`<div style="width:${a.width}">
      <gk-service-guide
        theme=${a.theme ?? ''}
        src=${a.data ? '' : (a.src ?? FEED)}
        .data=${a.data}
        .fees=${a.fees}
        guide=${a.guide}
        lang=${a.lang}
        size=${a.size}
        ?debug=${a.debug}
      ></gk-service-guide>
    </div>`,
  args: { guide: 'guide-property-first', lang: 'zh-CN', size: '', debug: false, width: '100%' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'dark', 'high-contrast', 'elderly'] },
    guide: {
      control: 'select',
      options: [
        'guide-property-first',
        'guide-property-transfer',
        'guide-property-mortgage',
        'guide-planning-permit',
        'guide-dibao',
        'guide-temporary-aid',
        'guide-marriage',
        'guide-special-hardship',
        'guide-unemployment-registration',
        'guide-employment-registration',
        'guide-unemployment-benefit',
        'guide-skill-certificate',
      ],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'kiosk'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const FreeOfCharge: Story = { name: 'Free of charge, with notes', args: { guide: 'guide-dibao' } };
export const Phone: Story = {
  name: 'Phone width (sections collapsed)',
  args: { width: '360px', guide: 'guide-marriage' },
};
export const Kiosk: Story = {
  name: 'Kiosk size (large QR code)',
  args: { size: 'kiosk', guide: 'guide-unemployment-benefit' },
};
export const English: Story = { args: { lang: 'en', guide: 'guide-property-transfer' } };
export const Loading: Story = { args: { src: '/__gk-story/never-answers/' } };
export const NotInFeed: Story = { name: 'Guide not in the feed', args: { guide: 'guide-nonexistent', debug: true } };

/** Every section the model has, including unresolved fee and process references shown as warnings. */
export const EverySection: Story = {
  args: {
    fees: [
      {
        id: 'fee-a',
        name: '证书工本费',
        department: '示例县测试局',
        category: 'administrative',
        basis: [],
        standard: { type: 'fixed', amount: 10, per: '本' },
        exemptions: '首次申领免收',
      },
    ],
    data: {
      id: 'all',
      code: '11330999MB0000009X0000000001',
      name: '示例许可事项（包含所有栏目）',
      type: 'licensing',
      department: '示例县测试局',
      window: '综合窗口 3 号',
      legalBasis: [
        { title: '中华人民共和国行政许可法', url: 'https://www.gov.cn/' },
        { title: '示例省实施办法', number: '示政〔2024〕1号' },
      ],
      conditions: ['申请人为本县居民', '材料齐全、符合法定形式'],
      materials: [
        {
          name: '申请表',
          form: 'original',
          copies: 1,
          required: true,
          blankForm: 'https://www.example.gov.cn/form.docx',
        },
        { name: '身份证', form: 'original-and-copy', copies: 1, required: true, notes: '原件核验后退回' },
        { name: '委托书', form: 'original', copies: 1, required: false, notes: '委托办理时提供' },
      ],
      processRef: 'proc-does-not-exist',
      flowchartImage: 'https://www.example.gov.cn/flow.png',
      legalDays: 20,
      promisedDays: 5,
      fees: { refs: ['fee-a', 'fee-b'] },
      result: '许可证书',
      annualInspection: '每年 3 月参加年检',
      notes: ['请提前预约', '代办需提供委托书'],
      visits: 0,
      consultPhone: '0999-1234567',
      complaintPhone: '0999-12345',
      address: '示例县政务服务中心',
      hours: '周一至周五 9:00–17:00',
      onlineUrl: 'https://zwfw.example.gov.cn/item/all',
    } satisfies ServiceGuide,
  },
};

export const InvalidGuide: Story = {
  args: {
    debug: true,
    data: {
      id: 'x',
      name: '',
      type: 'permit',
      department: '',
      legalBasis: [],
      materials: [{ name: '表', form: 'scan' }],
    },
  },
};

export const ThemeDark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', args: { theme: 'high-contrast' } };
export const ThemeElderly: Story = { name: 'Theme: elderly-friendly (适老化)', args: { theme: 'elderly' } };
