// A webmaster who copies only gongkai.iife.js, without the lazy chunks beside it: invalid data must
// still turn into the error view and a reported gk-error, with each issue's path, never a widget
// stuck loading or an unhandled rejection. Requires `npm run build` (npm test runs it first).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

const rejections: unknown[] = [];
window.addEventListener('unhandledrejection', (e) => rejections.push(e.reason));

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/** Puts an element on the page, reading the sample feed when `src` is given. */
function place<T extends HTMLElement>(tag: string, src?: string): T {
  const el = document.createElement(tag) as T;
  if (src) el.setAttribute('src', src);
  document.body.append(el);
  return el;
}

const SAMPLE = '/examples/feeds/shili-county/';

describe('the classic script without its lazy chunks', () => {
  before(() => addScript('/lone-script/gongkai.iife.js'));

  it('shows the error view and reports the issue by path when the message chunk cannot be fetched', async () => {
    const el = place<HTMLElement & { data: unknown }>('gk-fee-table');
    el.setAttribute('debug', '');
    setTimeout(() => (el.data = { kind: 'fee-list', id: 'broken', updated: 'yesterday', items: [] }));
    const { detail } = await oneEvent(el, 'gk-error');
    expect(detail.issues.map((i: { path: unknown }) => i.path)).to.deep.equal([['updated']]);
    const alert = () => el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '';
    await waitUntil(() => alert().includes('updated'), 'the issue is not on screen');
    expect(alert()).to.contain('数据无法显示');
    expect(rejections).to.deep.equal([]);
    el.remove();
  });

  it('shows the steps as text and says the chart cannot be drawn when the layout chunk is missing', async () => {
    const el = place('gk-process-flow', SAMPLE);
    const text = () => el.shadowRoot?.textContent ?? '';
    await waitUntil(() => text().includes('流程图暂时无法显示'), 'still waiting for the chart', { timeout: 5000 });
    expect(el.shadowRoot!.querySelectorAll('ol li').length).to.be.greaterThan(3);
    expect(el.shadowRoot!.querySelector('[aria-busy=true]')).to.equal(null);
    expect(rejections).to.deep.equal([]);
    el.remove();
  });

  it('searches fee names by Chinese text when the pinyin dictionary cannot be fetched', async () => {
    const el = place<HTMLElement & { query: string }>('gk-fee-table', SAMPLE);
    const rows = () => [...(el.shadowRoot?.querySelectorAll('tbody tr.fee') ?? [])];
    await waitUntil(() => rows().length > 10, 'did not render', { timeout: 5000 });
    el.query = 'bdc';
    await new Promise((r) => setTimeout(r, 300));
    el.query = '不动产';
    await waitUntil(
      () => rows().length > 0 && rows().every((r) => r.textContent!.includes('不动产')),
      'text search failed',
    );
    expect(rejections).to.deep.equal([]);
    el.remove();
  });

  it('still renders valid data', async () => {
    const el = place('gk-three-public', SAMPLE);
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) >= 4, 'did not render', {
      timeout: 5000,
    });
    el.remove();
  });
});
