import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../index.js';
import { define } from '../base/define.js';
import { GkElement } from '../base/gk-element.js';
import { VERSION } from '../base/version.js';
import type { GkFeed } from './feed.js';
import type { GkFeeTable } from '../fee-table/fee-table.js';
import type { GkThreePublic } from '../three-public/three-public.js';

const FEED = '/examples/feeds/shili-county/';
const loaded = (el: HTMLElement) =>
  waitUntil(() => el.shadowRoot?.querySelector('table, .gk-error'), `${el.localName} did not load`, { timeout: 5000 });
const feeNames = (el: GkFeeTable) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr.fee td.name')].map((td) => td.textContent!.trim());

describe('<gk-feed>', () => {
  it('gives every widget inside it the feed, so each needs only dataset="…"', async () => {
    const feed = await fixture<GkFeed>(
      html`<gk-feed src=${FEED}>
        <gk-fee-table dataset="fees-nr"></gk-fee-table>
        <gk-three-public dataset="three-public-2025-ca"></gk-three-public>
      </gk-feed>`,
    );
    const [fees, threePublic] = [...feed.children] as [GkFeeTable, GkThreePublic];
    await loaded(fees);
    await loaded(threePublic);
    expect(fees.shadowRoot!.querySelector('.gk-error')).to.equal(null);
    expect(feeNames(fees).some((n) => n.startsWith('不动产登记费'))).to.equal(true);
    expect(threePublic.shadowRoot!.querySelector('h2')!.textContent).to.contain('示例县民政局');
    expect(feed.feedUrl).to.equal(new URL(FEED, location.href).href);
  });

  it('names the feed by its folder without the trailing slash, as createClient does', async () => {
    // Before: widgets took "/feeds/x" for a dataset file and fetched the folder itself.
    const feed = await fixture<GkFeed>(
      html`<gk-feed src="/examples/feeds/shili-county">
        <gk-fee-table dataset="fees-nr"></gk-fee-table>
      </gk-feed>`,
    );
    const fees = feed.firstElementChild as GkFeeTable;
    await loaded(fees);
    expect(fees.shadowRoot!.querySelector('.gk-error')).to.equal(null);
    expect(feeNames(fees).some((n) => n.startsWith('不动产登记费'))).to.equal(true);
  });

  it('lets a widget read a feed named without the trailing slash in its own src', async () => {
    const fees = await fixture<GkFeeTable>(
      html`<gk-fee-table src="/examples/feeds/shili-county" dataset="fees-nr"></gk-fee-table>`,
    );
    await loaded(fees);
    expect(fees.shadowRoot!.querySelector('.gk-error')).to.equal(null);
    expect(feeNames(fees).length).to.be.greaterThan(3);
  });

  it('switches every widget inside to another feed when src changes, and to idle when it is cleared', async () => {
    const feed = await fixture<GkFeed>(html`<gk-feed src="/nowhere/"><gk-fee-table></gk-fee-table></gk-feed>`);
    const fees = feed.firstElementChild as GkFeeTable;
    await loaded(fees);
    expect(fees.loadStatus).to.equal('error');
    feed.src = FEED;
    await waitUntil(() => fees.loadStatus === 'ready', 'did not follow the new feed', { timeout: 5000 });
    feed.src = '';
    await waitUntil(() => fees.loadStatus === 'idle', 'did not go idle without a feed');
  });

  it('resets every widget inside (a kiosk does this when a visitor walks away)', async () => {
    const feed = await fixture<GkFeed>(
      html`<gk-feed src=${FEED}><gk-fee-table dataset="fees-nr"></gk-fee-table></gk-feed>`,
    );
    const fees = feed.firstElementChild as GkFeeTable;
    await loaded(fees);
    fees.query = '登记';
    fees.category = 'administrative';
    feed.reset();
    expect(fees.query).to.equal('');
    expect(fees.category).to.equal('');
  });
});

describe('the widget base', () => {
  it('emits gk-* events that cross shadow roots, with their typed detail', async () => {
    const fees = await fixture<GkFeeTable>(html`<gk-fee-table src=${FEED} dataset="fees-nr"></gk-fee-table>`);
    await loaded(fees);
    const row = fees.shadowRoot!.querySelector<HTMLElement>('tbody tr.fee')!;
    setTimeout(() => row.click());
    const event = await oneEvent(document.body, 'gk-fee-select');
    expect(event.composed).to.equal(true);
    expect(event.detail.fee.name).to.equal(row.querySelector('td.name')!.textContent!.trim());
  });

  it('warns, and does not throw, when a second copy of another version defines a tag already taken', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      class Older extends GkElement {
        static override readonly version = '0.0.1';
      }
      class Same extends GkElement {}
      define('gk-fee-table', Same);
      expect(warnings, 'the same version is silent').to.deep.equal([]);
      define('gk-fee-table', Older);
      expect(warnings.join('\n')).to.contain(`Gongkai ${VERSION}`).and.contain('0.0.1');
    } finally {
      console.warn = warn;
    }
  });

  it('takes the host page’s font, with Chinese faces after it; the kiosk puts a CJK font ahead of the generic ones', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><gk-fee-table></gk-fee-table><gk-kiosk></gk-kiosk></div>`,
    );
    const feeTable = page.querySelector('gk-fee-table')!;
    const family = getComputedStyle(feeTable).fontFamily;
    expect(family).to.match(/^Georgia, serif, "Songti SC", /, 'the page’s font first, then serif Chinese faces');
    expect(family).to.contain('"Noto Serif CJK SC"');
    const kiosk = getComputedStyle(page.querySelector('gk-kiosk')!).fontFamily;
    expect(kiosk).to.match(/^"?PingFang SC/, 'a CJK font first, so digits match the Chinese');
    expect(kiosk.indexOf('PingFang SC')).to.be.lessThan(kiosk.indexOf('sans-serif'));
    page.style.setProperty('--gk-font-family', 'Verdana');
    expect(getComputedStyle(feeTable).fontFamily).to.equal('Verdana', 'a family named for the widgets wins');
  });

  it('adds the Chinese stack once, after a sans-serif page font, and not to a widget inside another', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="font-family: Arial, sans-serif">
        <gk-feed><gk-fee-table></gk-fee-table></gk-feed>
      </div>`,
    );
    const outer = getComputedStyle(page.querySelector('gk-feed')!).fontFamily;
    expect(outer).to.match(/^Arial, sans-serif, "PingFang SC", /);
    expect(getComputedStyle(page.querySelector('gk-fee-table')!).fontFamily).to.equal(outer);
    // Moved to a page in another font, it follows that font.
    const other = document.createElement('div');
    other.style.fontFamily = '"Microsoft YaHei", sans-serif';
    page.append(other);
    other.append(page.querySelector('gk-fee-table')!);
    expect(getComputedStyle(other.querySelector('gk-fee-table')!).fontFamily).to.match(
      /^"Microsoft YaHei", sans-serif, "PingFang SC"/,
    );
    other.remove();
  });

  it('keeps its version in step with package.json', async () => {
    const pkg = (await (await fetch('/packages/widgets/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
