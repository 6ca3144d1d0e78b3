// The built browser bundles as a webmaster uses them: a classic <script> (IIFE) and the ES module,
// both on one page. Requires `npm run build` (npm test runs it first).
import { expect, waitUntil } from '@open-wc/testing';

function addScript(src: string, type?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    if (type) s.type = type;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));

describe('per-element modules', () => {
  it('a page with only <gk-three-public> loads its module and the shared core, and shows the sample data', async () => {
    await import('/packages/widgets/dist/browser/elements/gongkai-three-public.js' as string);
    expect(customElements.get('gk-three-public')).to.not.equal(undefined);
    const el = document.createElement('gk-three-public');
    el.setAttribute('src', '/examples/feeds/shili-county/');
    el.setAttribute('dataset', 'three-public-2025-nr');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('tfoot'), 'the 三公 table did not render', { timeout: 5000 });
    const loaded = performance.getEntriesByType('resource').map((r) => r.name.split('/').pop());
    expect(loaded).to.include('gongkai-core.js');
    expect(loaded).not.to.include('gongkai-fee-table.js');
    el.remove();
  });
});

describe('script-tag bundles', () => {
  it('the classic script registers <gk-fee-table>, which renders the sample feed and loads pinyin from beside the script', async () => {
    await addScript('/packages/widgets/dist/browser/gongkai.iife.js');
    expect(customElements.get('gk-fee-table')).to.not.equal(undefined);
    const el = document.createElement('gk-fee-table') as HTMLElement & { query: string };
    el.setAttribute('src', '/examples/feeds/shili-county/');
    document.body.append(el);
    const rows = () => el.shadowRoot?.querySelectorAll('tbody tr.fee') ?? [];
    await waitUntil(() => rows().length === 43, 'sample feed did not render', { timeout: 5000 });
    el.query = 'bdc';
    await waitUntil(
      () => rows().length > 0 && [...rows()].every((r) => r.textContent!.includes('不动产')),
      'pinyin search failed',
      { timeout: 5000 },
    );
    el.remove();
  });

  it('the classic script words the issues of invalid data in debug mode, with the message chunk loaded from beside it', async () => {
    // The bilingual issue messages are not in the bundle: they arrive with the first wrong data.
    const el = document.createElement('gk-fee-table') as HTMLElement & { data: unknown };
    el.setAttribute('debug', '');
    el.data = { kind: 'fee-list', id: 'broken', updated: '2026-02-30', items: [] };
    document.body.append(el);
    const shown = () => el.shadowRoot?.querySelector('.gk-issues')?.textContent ?? '';
    await waitUntil(() => shown().includes('应为日期'), 'the issue was not worded', { timeout: 5000 });
    expect(shown()).to.contain('updated');
    el.remove();
  });

  it('a second copy of the bundle (the ES module) on the same page does not throw or break the first', async () => {
    await addScript('/packages/widgets/dist/browser/gongkai-all.js', 'module');
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).to.deep.equal([]);
    const el = document.createElement('gk-fee-table');
    el.setAttribute('src', '/examples/feeds/shili-county/data/fees-nr.json');
    document.body.append(el);
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('tbody tr.fee').length ?? 0) === 10, 'did not render', {
      timeout: 5000,
    });
    el.remove();
  });
});
