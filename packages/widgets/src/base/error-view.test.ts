import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { GkFeeTable } from '../fee-table/fee-table.js';

const FEED = '/examples/feeds/shili-county/';
const failed = (el: GkFeeTable) =>
  waitUntil(() => el.shadowRoot!.querySelector('.gk-error'), 'no error view', { timeout: 10_000 });

describe('the error view', () => {
  it('does not say "for now" for what will not pass, and offers no retry for it', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table src="/examples/feeds/nowhere/fees.json"></gk-fee-table>`);
    await failed(el);
    const text = el.shadowRoot!.querySelector('.gk-error')!.textContent!;
    expect(text).to.contain('数据无法显示');
    expect(text).not.to.contain('暂时');
    expect(el.shadowRoot!.querySelector('button.gk-retry')).to.equal(null);
  });

  it('names the publisher to ask when the feed gives a contact', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table src=${FEED} dataset="no-such-dataset"></gk-fee-table>`);
    await failed(el);
    const contact = el.shadowRoot!.querySelector('.gk-contact')!;
    expect(contact.textContent).to.contain('示例县人民政府办公室').and.contain('0999-12345');
    expect(contact.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:099912345');
  });

  it('offers a retry for a server that is down for now, and the retry reads again', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table src="/fault/503/fees.json"></gk-fee-table>`);
    await failed(el);
    expect(el.shadowRoot!.querySelector('.gk-error')!.textContent).to.contain('数据暂时无法显示');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.gk-retry')!;
    el.src = `${FEED}data/fees-nr.json`; // the server is back
    retry.click();
    await waitUntil(() => el.loadStatus === 'ready', 'the retry did not read again', { timeout: 10_000 });
  });
});
