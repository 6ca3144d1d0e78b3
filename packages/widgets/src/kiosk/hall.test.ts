// The kiosk as a visitor uses it: attract loop, home screen, panel headers, paging, the on-screen
// keyboard, 适老化, links that stay on the kiosk.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { GkKiosk } from './kiosk.js';
import { formatUpdated } from '@gongkai/sdk/core';
import type { GkFeeTable } from '../fee-table/fee-table.js';

const FEED = '/examples/feeds/shili-county/';
const shadow = (k: GkKiosk) => k.shadowRoot!;
const ready = (el: Element) =>
  waitUntil(() => (el as HTMLElement & { loadStatus: string }).loadStatus === 'ready', `${el.localName} did not load`, {
    timeout: 8000,
  });
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function portraitKiosk(attrs: Record<string, string> = {}) {
  await setViewport({ width: 1080, height: 1920 });
  const k = await fixture<GkKiosk>(
    html`<gk-kiosk manual-clock src=${FEED} idle-timeout="60">
      <gk-fee-table dataset="fees-catalogue"></gk-fee-table>
      <gk-service-guide guide="guide-dibao"></gk-service-guide>
      <gk-three-public dataset="three-public-2025-ca"></gk-three-public>
      <a data-title="通知公告" href="https://example.org/">外部链接</a>
    </gk-kiosk>`,
  );
  for (const [name, value] of Object.entries(attrs)) k.setAttribute(name, value);
  for (const p of [...k.children].slice(0, 3)) await ready(p);
  await k.updateComplete;
  return k;
}

describe('<gk-kiosk> in the hall', function () {
  this.timeout(30_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('a touch on the attract loop opens the home screen of tiles, two columns at least in portrait', async () => {
    const k = await portraitKiosk();
    expect(k.screen).to.equal('attract');
    // The loop is looked at, not used: no search box to type into until a visitor opens the panel.
    const search = () => k.children[0]!.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(getComputedStyle(search()).display).to.equal('none');
    expect(shadow(k).querySelector('.hint')!.textContent).to.contain('轻触屏幕开始查询');
    k.children[0]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, cancelable: true }));
    await k.updateComplete;
    expect(k.screen).to.equal('home');
    const tiles = [...shadow(k).querySelectorAll<HTMLButtonElement>('.tile')];
    expect(tiles.map((t) => t.querySelector('.name')!.textContent)).to.deep.equal([
      '收费项目及标准',
      '办事指南',
      '“三公”经费',
      '通知公告',
    ]);
    const lefts = new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().left)));
    expect(lefts.size).to.be.at.least(2, 'two columns or more');
    for (const t of tiles) expect(t.getBoundingClientRect().height).to.be.at.least(60);
    // Each tile's glyph is a character of its name, never the quote mark that opens "“三公”经费".
    expect(tiles.map((t) => t.querySelector('.icon')!.textContent)).to.deep.equal(['收', '办', '三', '通']);
    // Large targets that use the screen: each tile at least 14rem tall on a 1920 px portrait screen.
    for (const t of tiles) expect(t.getBoundingClientRect().height).to.be.at.least(14 * 16);
  });

  it('a tile opens its panel under a header with its title, the department and 返回首页', async () => {
    const k = await portraitKiosk({ department: '示例县政务服务中心' });
    k.screen = 'home';
    await k.updateComplete;
    shadow(k).querySelectorAll<HTMLButtonElement>('.tile')[1]!.click();
    await k.updateComplete;
    expect(k.screen).to.equal('panel');
    expect(k.index).to.equal(1);
    const bar = shadow(k).querySelector('.bar')!;
    expect(bar.querySelector('.title')!.textContent!.trim()).to.equal('办事指南');
    expect(bar.querySelector('.dept')!.textContent).to.equal('示例县政务服务中心');
    const back = bar.querySelector<HTMLButtonElement>('.go-home')!;
    expect(back.getBoundingClientRect().height).to.be.at.least(60);
    back.click();
    await k.updateComplete;
    expect(k.screen).to.equal('home');
  });

  it("a guide opens with every section, and an index under the header goes to each section's page", async () => {
    const k = await portraitKiosk();
    k.open(1);
    await k.updateComplete;
    const guide = k.children[1]!;
    await waitUntil(() => shadow(k).querySelectorAll('.sections button').length > 3, 'no section index', {
      timeout: 8000,
    });
    expect([...guide.shadowRoot!.querySelectorAll('details')].every((d) => d.open)).to.equal(true);
    const buttons = [...shadow(k).querySelectorAll<HTMLButtonElement>('.sections button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.include('申请材料');
    for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(60);
    const last = buttons.at(-1)!;
    last.click();
    await k.updateComplete;
    expect(k.page).to.be.above(0, 'the last section is on a later page');
    const here = [...shadow(k).querySelectorAll('.sections button.here')].map((b) => b.textContent!.trim());
    expect(here).to.include(last.textContent!.trim(), 'the index marks the sections on the page shown');
  });

  it("a guide's 办理流程 heading starts the page its flowchart is on, and a kiosk offers no downloads", async () => {
    await setViewport({ width: 1080, height: 1920 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock src=${FEED} preset="portrait"
        ><gk-service-guide guide="guide-property-first"></gk-service-guide
      ></gk-kiosk>`,
    );
    const guide = k.children[0]!;
    await ready(guide);
    k.open(0);
    await k.updateComplete;
    const flow = () => guide.shadowRoot!.querySelector('gk-process-flow')!;
    await waitUntil(() => flow().shadowRoot?.querySelector('svg[part=chart]'), 'no flowchart', { timeout: 8000 });
    await frames();
    k.repaginate();
    await k.updateComplete;
    const heading = guide.shadowRoot!.querySelector('#process summary')!;
    const chart = flow().shadowRoot!.querySelector('svg[part=chart]')!;
    const pageShowing = (el: Element) => {
      for (let i = 0; i < k.pageCount; i++) {
        k.goToPage(i);
        const box = k.visibleBox!;
        const r = el.getBoundingClientRect();
        if (r.top >= box.top - 1 && r.top < box.bottom) return i;
      }
      return -1;
    };
    expect(k.pageCount).to.be.above(1);
    const at = pageShowing(heading);
    expect(at).to.be.at.least(0, 'the heading is on no page');
    expect(pageShowing(chart)).to.equal(at, 'the flowchart starts on a later page than its heading');
    const exports = [guide.shadowRoot!, flow().shadowRoot!].flatMap((r) => [...r.querySelectorAll('[part~=export]')]);
    expect(exports.length).to.be.above(0);
    for (const b of exports) expect(getComputedStyle(b).display).to.equal('none');
  });

  it('pages a long table: every page reached, every row shown whole exactly once, nothing half under the mask', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" src=${FEED}
        ><gk-fee-table dataset="fees-catalogue"></gk-fee-table
      ></gk-kiosk>`,
    );
    const table = k.children[0] as GkFeeTable;
    await ready(table);
    await frames();
    k.repaginate();
    await k.updateComplete;
    expect(k.pageCount).to.be.above(2);
    const seen = new Map<string, number>();
    for (let i = 0; i < k.pageCount; i++) {
      k.goToPage(i);
      await k.updateComplete;
      const box = k.visibleBox!;
      expect(shadow(k).querySelector('.page')!.textContent).to.equal(`第 ${i + 1}/${k.pageCount} 页`);
      // The column heads repeated at a page's top cover the foot of the row the page before showed whole.
      const top = headedTop(table, box.top);
      for (const tr of table.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr.fee')) {
        const r = tr.getBoundingClientRect();
        const inside = r.top >= top - 1 && r.bottom <= box.bottom + 1;
        const touches = r.bottom > top + 1 && r.top < box.bottom - 1;
        if (touches) expect(inside, `row ${tr.dataset.key} is cut on page ${i + 1}`).to.equal(true);
        if (inside) seen.set(tr.dataset.key!, (seen.get(tr.dataset.key!) ?? 0) + 1);
      }
    }
    const count = (table.loadState as { data: { items: unknown[] } }).data.items.length;
    expect(count).to.equal(33, 'the county catalogue');
    expect(seen.size).to.equal(count);
    expect([...seen.values()].every((n) => n === 1)).to.equal(true);
    // In the loop each page gets its share of the panel's time, then the next page comes.
    k.goToPage(0);
    k.advance(6_100);
    expect(k.page).to.equal(1);
  });

  it('the on-screen keyboard types pinyin initials into the fee table search and finds the fee', async () => {
    const k = await portraitKiosk();
    k.open(0);
    await k.updateComplete;
    const table = k.children[0] as GkFeeTable;
    expect(getComputedStyle(table.shadowRoot!.querySelector('input[type=search]')!).display).to.not.equal('none');
    table.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await waitUntil(
      () => shadow(k).querySelector('gk-on-screen-keyboard')?.shadowRoot?.querySelector('button'),
      'no keyboard',
    );
    const keyboard = shadow(k).querySelector('gk-on-screen-keyboard')!;
    const key = (k: string) => keyboard.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${k}"]`)!;
    for (const b of keyboard.shadowRoot!.querySelectorAll('button'))
      expect(b.getBoundingClientRect().height).to.be.at.least(60);
    key('s').click();
    key('f').click();
    key('z').click();
    key('backspace').click();
    key('z').click();
    expect(table.query).to.equal('sfz');
    await waitUntil(
      () => {
        const names = [...table.shadowRoot!.querySelectorAll('tbody tr.fee td.name')].map((td) => td.textContent!);
        return names.length > 0 && names[0]!.includes('居民身份证');
      },
      'sfz did not find 居民身份证工本费',
      { timeout: 8000 },
    );
    expect(table.shadowRoot!.querySelector('input')!.getAttribute('inputmode')).to.equal('none');
  });

  it('适老化 from the home screen makes every panel large and high-contrast, until the visitor leaves', async () => {
    const k = await portraitKiosk();
    k.screen = 'home';
    await k.updateComplete;
    shadow(k).querySelector<HTMLButtonElement>('.elderly')!.click();
    await k.updateComplete;
    const table = k.children[0] as GkFeeTable;
    expect(table.theme).to.equal('elderly');
    k.advance(61_000);
    await k.updateComplete;
    expect(k.screen).to.equal('attract');
    expect(table.theme).to.equal('');
  });

  it('a link in a panel does not take the kiosk away from its pages', async () => {
    const k = await portraitKiosk();
    k.open(3);
    await k.updateComplete;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    k.children[3]!.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('on a wall TV a ticker shows the newest published results, masked, one after another', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" src=${FEED}><gk-service-rules></gk-service-rules></gk-kiosk>`,
    );
    await waitUntil(() => shadow(k).querySelector('.ticker .item'), 'no ticker', { timeout: 8000 });
    const first = shadow(k).querySelector('.ticker .item')!.textContent!;
    expect(first).to.match(/^2026年\d+月\d+日 · /);
    expect(first).to.contain('*');
    k.advance(8_100);
    await k.updateComplete;
    expect(shadow(k).querySelector('.ticker .item')!.textContent).not.to.equal(first);
  });

  it('a split wall (2x1) shows two panels at once, each paging and rotating on its own, nothing cut', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" layout="2x1" src=${FEED} dwell="20">
        <gk-fee-table dataset="fees-catalogue"></gk-fee-table>
        <gk-service-rules></gk-service-rules>
        <gk-three-public dataset="three-public-2025-nr"></gk-three-public>
        <gk-supervision></gk-supervision>
      </gk-kiosk>`,
    );
    for (const p of k.children) await ready(p);
    await frames();
    k.repaginate();
    await k.updateComplete;
    const [fees, rules] = [...k.children] as HTMLElement[];
    expect(fees!.getAttribute('slot')).to.equal('cell-0');
    expect(rules!.getAttribute('slot')).to.equal('cell-1');
    const a = fees!.getBoundingClientRect();
    const b = rules!.getBoundingClientRect();
    expect(a.width > 0 && b.width > 0 && a.right <= b.left + 1, 'side by side').to.equal(true);
    const [left, right] = k.cells;
    expect(left!.pages.length).to.be.above(1);
    // Every fee row whole on exactly one of the left cell's pages.
    const viewport = shadow(k).querySelector<HTMLElement>('.viewport[data-cell="0"]')!;
    const seen = new Map<string, number>();
    for (let i = 0; i < left!.pages.length; i++) {
      left!.goToPage(i, viewport);
      const bottom = viewport.getBoundingClientRect().top + left!.pages[i]!.height;
      const top = headedTop(fees!, viewport.getBoundingClientRect().top);
      for (const tr of fees!.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr.fee')) {
        const r = tr.getBoundingClientRect();
        const inside = r.top >= top - 1 && r.bottom <= bottom + 1;
        if (r.bottom > top + 1 && r.top < bottom - 1) expect(inside, `${tr.dataset.key} cut`).to.equal(true);
        if (inside) seen.set(tr.dataset.key!, (seen.get(tr.dataset.key!) ?? 0) + 1);
      }
    }
    expect(seen.size).to.equal(33);
    expect([...seen.values()].every((n) => n === 1)).to.equal(true);
    // Each cell on its own clock: the left one turns a page while the right one stays.
    left!.goToPage(0, viewport);
    const rightPanel = right!.panel;
    k.advance(6_100);
    expect(left!.page).to.equal(1);
    expect(right!.panel).to.equal(rightPanel);
    for (let i = 0; i < 200 && right!.panel === rightPanel; i++) k.advance(1000);
    expect(right!.panel).to.equal(3, 'the right cell moved on to its next panel');
    await k.updateComplete;
    expect(k.children[3]!.getAttribute('slot')).to.equal('cell-1');
  });

  it("under each panel, the date of that panel's own dataset, its age judged by its kind", async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" src=${FEED}>
        <gk-fee-table dataset="fees-nr"></gk-fee-table>
        <gk-results dataset="results-ca"></gk-results>
      </gk-kiosk>`,
    );
    for (const p of k.children) await ready(p);
    const day = '2027-03-01T12:00:00+08:00';
    k.now = () => new Date(day);
    const read = async (file: string) => (await (await fetch(`${FEED}data/${file}`)).json()).updated as string;
    const [manifest, fees, results] = await Promise.all([
      (async () => (await (await fetch(`${FEED}manifest.json`)).json()).updated as string)(),
      read('fees-nr.json'),
      read('results-ca.json'),
    ]);
    const footer = async (i: number) => {
      k.open(i);
      await k.updateComplete;
      return {
        updated: shadow(k).querySelector('.updated')?.textContent,
        old: shadow(k).querySelector('.old')?.textContent,
      };
    };
    // The fee list: its own date, not the manifest's; within a fee list's 365 days.
    expect(fees).to.not.equal(manifest);
    expect(await footer(0)).to.deep.equal({ updated: formatUpdated(fees), old: undefined });
    // The results list: its own date, and old past a results list's 90 days.
    const age = Math.floor((Date.parse(day) - Date.parse(results)) / 86_400_000);
    expect(age).to.be.above(90);
    expect(await footer(1)).to.deep.equal({ updated: formatUpdated(results), old: `数据已 ${age} 天未更新` });
    // One age for every kind when the page sets one; 0: never.
    k.staleAfter = 10;
    const feesAge = Math.floor((Date.parse(day) - Date.parse(fees)) / 86_400_000);
    expect((await footer(0)).old).to.equal(`数据已 ${feesAge} 天未更新`);
    k.staleAfter = 0;
    expect((await footer(1)).old).to.equal(undefined);
  });
});

/** Where a page's rows start: under its table's column heads when they are repeated at the page's top. */
function headedTop(table: Element, pageTop: number): number {
  const head = table.shadowRoot!.querySelector('thead')?.getBoundingClientRect();
  return head && head.height > 1 && Math.abs(head.top - pageTop) < 2 ? head.bottom : pageTop;
}
