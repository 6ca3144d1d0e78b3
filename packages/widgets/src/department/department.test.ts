import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import '../kiosk/index.js';
import '../power-list/index.js';
import type { GkKiosk } from '../kiosk/kiosk.js';
import type { GkDepartment } from './department.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: Element) => el.shadowRoot!;
const tabs = (el: GkDepartment) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[role=tab]')].map((t) => t.textContent!.trim());
const selected = (el: GkDepartment) => root(el).querySelector('[role=tab][aria-selected=true]')!.textContent!.trim();
const panel = (el: GkDepartment) => root(el).querySelector('[role=tabpanel]')!;

async function department(name: string, attrs: Record<string, string> = {}) {
  const el = await fixture<GkDepartment>(html`<gk-department></gk-department>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.department = name;
  el.src = FEED;
  await waitUntil(() => root(el).querySelector('[role=tablist], .nothing, .gk-error'), 'did not settle', {
    timeout: 8000,
  });
  return el;
}

/** The first element in the panel, once its own data is on screen. */
async function shown<T extends Element>(el: GkDepartment, tag: string, ready: string): Promise<T> {
  await waitUntil(() => panel(el).querySelector(tag)?.shadowRoot?.querySelector(ready), `${tag} did not render`, {
    timeout: 8000,
  });
  return panel(el).querySelector(tag) as T;
}

describe('<gk-department>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  after(() => history.replaceState(null, '', location.pathname + location.search));

  it("shows a department's 一权三收四办 as tabs, only the sections the feed has", async () => {
    const nr = await department('示例县自然资源局');
    expect(root(nr).querySelector('h2')!.textContent).to.equal('示例县自然资源局');
    expect(tabs(nr)).to.deep.equal(['职权', '收费', '办事', '预决算', '三公经费']);
    // The market regulator publishes powers, fees and results here, but no guides, budgets or 三公.
    const mr = await department('示例县市场监督管理局');
    expect(tabs(mr)).to.deep.equal(['职权', '收费', '结果公示']);
    const list = await shown<HTMLElement>(mr, 'gk-power-list', '.powers');
    expect(list.shadowRoot!.querySelector('.summary')!.textContent).to.contain('共 54 项职权');
  });

  it('says so, instead of an empty page, for a department the feed has nothing from', async () => {
    const el = await department('示例县气象局');
    expect(root(el).querySelector('[role=tablist]')).to.equal(null);
    expect(root(el).querySelector('.nothing')!.textContent).to.contain('没有示例县气象局的公开信息');
  });

  it('opens the section a deep link names, and follows the hash when a CMS menu changes it', async () => {
    history.replaceState(null, '', '#fees');
    const el = await department('示例县自然资源局');
    expect(selected(el)).to.equal('收费');
    const table = await shown<HTMLElement>(el, 'gk-fee-table', 'table');
    expect(table.shadowRoot!.textContent).to.contain('不动产登记费（住宅）');
    location.hash = '#services/guide-property-mortgage';
    await waitUntil(() => selected(el) === '办事', 'hash did not switch the section');
    const guide = await shown<HTMLElement>(el, 'gk-service-guide', 'h2');
    expect(guide.shadowRoot!.querySelector('h2')!.textContent).to.contain('不动产抵押登记');
  });

  it('a page hash that is not a section is left alone', async () => {
    history.replaceState(null, '', '#top');
    const el = await department('示例县自然资源局');
    expect(selected(el)).to.equal('职权');
    expect(location.hash).to.equal('#top');
  });

  it('choosing a tab writes the hash and fires gk-section-change; arrow keys move between tabs', async () => {
    const el = await department('示例县民政局');
    const event = oneEvent(el, 'gk-section-change');
    root(el).querySelector<HTMLButtonElement>('[data-section=budget]')!.click();
    expect((await event).detail.section).to.equal('budget');
    expect(location.hash).to.equal('#budget');
    await shown(el, 'gk-budget-viewer', '.gk-updated');
    root(el).querySelector<HTMLButtonElement>('[data-section=budget]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.equal('三公经费');
    expect(root(el).activeElement!.textContent!.trim()).to.equal('三公经费');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selected(el)).to.equal('职权');
  });

  it('a power links through to its guide and flowchart in the 办事 section', async () => {
    const el = await department('示例县民政局');
    const list = await shown<HTMLElement>(el, 'gk-power-list', '.powers');
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = '最低生活保障金';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => list.shadowRoot!.querySelectorAll('details.power').length === 1, 'search did not narrow');
    list.shadowRoot!.querySelector<HTMLElement>('details.power summary')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('a.guide-link'), 'no guide link');
    const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a.guide-link')!;
    expect(link.getAttribute('href')).to.equal('#services/guide-dibao');
    link.click();
    await waitUntil(() => selected(el) === '办事', 'the guide link did not open 办事');
    const guide = await shown<HTMLElement>(el, 'gk-service-guide', 'h2');
    expect(guide.shadowRoot!.querySelector('h2')!.textContent).to.contain('最低生活保障');
    await waitUntil(
      () => guide.shadowRoot!.querySelector('gk-process-flow')?.shadowRoot?.querySelector('svg'),
      'the guide shows no flowchart',
      { timeout: 8000 },
    );
  });

  it('reset() returns to the first section', async () => {
    history.replaceState(null, '', '#three-public');
    const el = await department('示例县民政局');
    expect(selected(el)).to.equal('三公经费');
    el.reset();
    await el.updateComplete;
    expect(selected(el)).to.equal('职权');
  });

  it('goes on a kiosk playlist beside a power list, kiosk-sized, and is reset when the visitor leaves', async () => {
    history.replaceState(null, '', '#fees');
    const kiosk = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock src=${FEED} dwell="5" idle-timeout="30"
        ><gk-power-list department="示例县民政局"></gk-power-list
        ><gk-department department="示例县民政局"></gk-department
      ></gk-kiosk>`,
    );
    const [list, dept] = [...kiosk.children] as [HTMLElement & { loadStatus: string }, GkDepartment];
    await waitUntil(() => list.loadStatus === 'ready' && dept.loadStatus === 'ready', 'panels did not load', {
      timeout: 8000,
    });
    expect(list.getAttribute('size')).to.equal('kiosk');
    kiosk.next();
    await kiosk.updateComplete;
    expect(kiosk.index).to.equal(1);
    expect(dept.getAttribute('size')).to.equal('kiosk');
    expect(selected(dept)).to.equal('收费');
    kiosk.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    kiosk.advance(31_000);
    await dept.updateComplete;
    expect(selected(dept)).to.equal('职权');
  });

  it('speaks English', async () => {
    const el = await department('示例县民政局', { lang: 'en' });
    expect(tabs(el)).to.deep.equal(['Powers', 'Fees', 'Services', 'Budget', '"Three public" costs', 'Results']);
    const list = await shown<HTMLElement>(el, 'gk-power-list', '.powers');
    expect(list.getAttribute('lang')).to.equal('en');
  });

  it("shows a department's published results, and the hall's service rules and supervision", async () => {
    const ca = await department('示例县民政局');
    expect(tabs(ca)).to.deep.equal(['职权', '收费', '办事', '预决算', '三公经费', '结果公示']);
    root(ca).querySelector<HTMLButtonElement>('[data-section=results]')!.click();
    const board = await shown<HTMLElement>(ca, 'gk-results', 'table.records');
    expect(board.getAttribute('dataset')).to.equal('results-ca');
    const hall = await department('示例县政务服务中心');
    expect(tabs(hall)).to.deep.equal(['办事纪律', '监督评价']);
    await shown(hall, 'gk-service-rules', 'ol');
  });

  it('passes axe-core', async () => {
    const el = await department('示例县自然资源局');
    await shown(el, 'gk-power-list', '.powers');
    await expect(el).to.be.accessible();
  });
});
