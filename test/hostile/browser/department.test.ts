// Hostile addresses on the department page (issue 37): a link's ?src= must not show another
// origin's feed as the site's own, and a malformed # fragment must not throw.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../packages/widgets/src/department/index.js';
import type { GkDepartment } from '../../../packages/widgets/src/department/department.js';

/** The example department page in a frame, at `query`; resolves with its document once the page ran. */
async function examplePage(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = `/examples/department.html${query}`;
  document.body.append(frame);
  await oneEvent(frame, 'load');
  return frame.contentDocument!;
}

describe('hostile addresses on the department page (issue 37)', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('15. ?src= on another origin is refused: the site shows its own feed, and says why', async () => {
    const doc = await examplePage('?src=http://127.0.0.2:9/fake-feed/');
    const el = doc.querySelector('gk-department')!;
    expect(el.getAttribute('src')).to.equal('./feeds/shili-county/');
    expect(doc.querySelector('[role="status"].notice')?.textContent).to.contain('本站');
  });

  it('15. ?src= on the same origin is followed (a search result of the aggregate)', async () => {
    const doc = await examplePage('?src=/examples/aggregate/feeds/33999/');
    expect(doc.querySelector('gk-department')!.getAttribute('src')).to.equal('/examples/aggregate/feeds/33999/');
    expect(doc.querySelector('[role="status"].notice')).to.equal(null);
  });

  it('16. a malformed # fragment is not followed, and throws nothing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    const previous = window.onerror;
    window.onerror = () => true; // the test records it; the runner would otherwise fail elsewhere
    try {
      const el = await fixture<GkDepartment>(html`<gk-department></gk-department>`);
      el.department = '示例县自然资源局';
      el.src = '/examples/feeds/shili-county/';
      await waitUntil(() => el.shadowRoot!.querySelector('[role=tablist]'), 'did not settle', { timeout: 8000 });
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#%E0%A4%A';
      await changed;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role=tab][aria-selected=true]')).not.to.equal(null);
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = previous;
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
