import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './index.js';
import type { GkRequestGuide } from './request-guide.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: HTMLElement) => el.shadowRoot!;
async function load(lang = 'zh-CN') {
  const el = await fixture<GkRequestGuide>(
    html`<gk-request-guide lang=${lang} src=${FEED} dataset="request-guide-county"></gk-request-guide>`,
  );
  await waitUntil(() => root(el).querySelector('.channels, .gk-error'), 'did not render', { timeout: 5000 });
  return el;
}
const input = (el: HTMLElement, name: string) => root(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
async function type(el: GkRequestGuide, name: string, value: string) {
  const i = input(el, name);
  i.value = value;
  i.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
const output = (el: HTMLElement, part: string) => root(el).querySelector(`[part=${part}] output`)!.textContent!.trim();

describe('<gk-request-guide>', () => {
  it('shows the four channels, each with how the date of receipt is set, and the 第二十九条 fields', async () => {
    const el = await load();
    const channels = [...root(el).querySelectorAll('.channel')].map((c) => c.querySelector('h4')!.textContent);
    expect(channels).to.deep.equal(['当面提交', '邮寄', '网络申请', '传真']);
    expect(root(el).querySelectorAll('.channel')[1]!.textContent).to.contain('以本机关签收之日为收到申请之日');
    expect(root(el).querySelectorAll('ol li').length).to.equal(3);
  });

  it('counts the reply deadline on the official calendar across 春节, with an extension and a third party', async () => {
    const el = await load();
    expect(output(el, 'deadline')).to.equal('请选择收到申请日期。');
    await type(el, 'received', '2026-02-13');
    expect(output(el, 'deadline')).to.equal('应于 2026年3月19日 前答复（共 20 个工作日）');
    input(el, 'extended').click();
    await el.updateComplete;
    await type(el, 'consultation', '15');
    expect(output(el, 'deadline')).to.equal('应于 2026年5月12日 前答复（共 55 个工作日）');
    expect(root(el).querySelector('[part=deadline]')!.textContent).to.contain('国办发明电〔2024〕12号');
    await type(el, 'received', '2026-12-20');
    expect(root(el).querySelector('[part=deadline] .warn')!.textContent).to.contain('尚未公布放假安排');
  });

  it('works out 信息处理费 on the 109号 tiers, per request and per page', async () => {
    const el = await load();
    await type(el, 'fee-count', '10');
    expect(output(el, 'fees')).to.equal('信息处理费 0 元');
    await type(el, 'fee-count', '45');
    expect(output(el, 'fees')).to.equal('信息处理费 5,500 元');
    root(el).querySelector<HTMLInputElement>('input[value="per-page"]')!.click();
    await el.updateComplete;
    await type(el, 'fee-count', '250');
    expect(output(el, 'fees')).to.equal('信息处理费 4,700 元');
  });

  it('collects no personal data: the form is blank paper, and using the calculators fetches nothing', async () => {
    const el = await load();
    expect(root(el).querySelectorAll('[part=form] input, [part=form] textarea').length).to.equal(0);
    const before = performance.getEntriesByType('resource').length;
    await type(el, 'received', '2025-09-26');
    await type(el, 'fee-count', '31');
    expect(output(el, 'deadline')).to.contain('2025年10月30日');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('prints the guide and the blank form, without the calculators', async () => {
    const el = await load();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('[part=deadline]')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part=fees]')!).display).to.equal('none');
      const form = root(el).querySelector('[part=form]')!;
      expect(getComputedStyle(form).display).to.not.equal('none');
      expect(getComputedStyle(form).breakBefore).to.equal('page');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English, and is accessible', async () => {
    const el = await load('en');
    await type(el, 'received', '2025-01-20');
    expect(output(el, 'deadline')).to.contain('(20 working days)');
    await expect(el).to.be.accessible();
  });
});
