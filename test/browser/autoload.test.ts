// The one-tag script (dist/browser/gongkai.js) is the autoloader: a page loads the elements it uses,
// when their tags appear, from elements/ beside it. Requires `npm run build` (npm test runs it first).
import { expect, waitUntil } from '@open-wc/testing';

const FEED = '/examples/feeds/shili-county/';
const loaded = () => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop());

describe('gongkai.js, the one-tag autoloader', () => {
  before(async () => {
    // A feed with a widget inside that names only its dataset: the provider must be there first.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<gk-feed src="${FEED}"><gk-three-public id="inside" dataset="three-public-2025-ca"></gk-three-public></gk-feed>`,
    );
    await import('/packages/widgets/dist/browser/gongkai.js' as string);
  });

  it('defines the elements already in the page, and a widget inside <gk-feed> reads the feed', async () => {
    await waitUntil(() => customElements.get('gk-three-public'), 'gk-three-public was never defined', {
      timeout: 8000,
    });
    const el = document.getElementById('inside')!;
    await waitUntil(() => el.shadowRoot?.querySelector('tfoot'), 'the 三公 table did not render', { timeout: 8000 });
    expect(el.shadowRoot!.textContent).to.contain('合计');
  });

  it('loads only what the page uses: no fee table, budget chart or flowchart code', () => {
    expect(loaded()).to.include('gongkai-three-public.js');
    expect(loaded()).to.include('gongkai-core.js');
    for (const other of ['gongkai-fee-table.js', 'gongkai-budget-viewer.js', 'gongkai-process-flow.js'])
      expect(loaded()).not.to.include(other);
  });

  it('defines an element whose tag appears later, added by a script', async () => {
    expect(customElements.get('gk-power-list')).to.equal(undefined);
    const el = document.createElement('gk-power-list');
    el.setAttribute('src', FEED);
    el.setAttribute('department', '示例县民政局');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.powers'), 'the power list did not render', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('共 36 项职权');
    el.remove();
  });

  it('a gk- tag that is not ours is left alone (nothing requested for it)', async () => {
    document.body.append(document.createElement('gk-unknown-thing'));
    await new Promise((r) => setTimeout(r, 100));
    expect(loaded().some((f) => f?.includes('unknown'))).to.equal(false);
  });
});
