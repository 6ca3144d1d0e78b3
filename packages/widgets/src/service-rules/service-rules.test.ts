import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './index.js';
import type { GkServiceRules } from './service-rules.js';

const FEED = '/examples/feeds/shili-county/';

async function rules(lang = 'zh-CN') {
  const el = await fixture<GkServiceRules>(html`<gk-service-rules src=${FEED} lang=${lang}></gk-service-rules>`);
  await waitUntil(() => el.shadowRoot!.querySelector('ol, .gk-error'), 'did not settle', { timeout: 5000 });
  return el;
}

describe('<gk-service-rules>', () => {
  it('shows the numbered rules with their basis, and the staff on duty per window', async () => {
    const el = await rules();
    const items = [...el.shadowRoot!.querySelectorAll('li[part=rule]')];
    expect(items.map((li) => li.querySelector('.title')!.textContent!.trim())).to.deep.equal([
      '首问负责',
      '一次性告知',
      '限时办结',
      '挂牌上岗',
      '禁止性规定',
    ]);
    expect(items[0]!.querySelector('.no')!.textContent).to.equal('1');
    expect(items[1]!.textContent).to.contain('一次性书面告知');
    expect(items[0]!.querySelector('.basis')!.textContent).to.contain('示政务〔2025〕3号');
    const staff = [...el.shadowRoot!.querySelectorAll('table[part=staff] tbody tr')];
    expect(staff.length).to.equal(5);
    expect(staff[0]!.textContent).to.contain('1 号窗口（不动产登记）');
    expect(staff[0]!.textContent).to.contain('王丽');
  });

  it('passes axe-core, and speaks English', async () => {
    const el = await rules();
    await expect(el).to.be.accessible();
    const en = await rules('en');
    expect(en.shadowRoot!.querySelector('h3')!.textContent).to.equal('Staff on duty');
  });
});
