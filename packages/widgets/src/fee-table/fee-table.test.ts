import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Fee } from '@gongkai/sdk/core';
import './index.js';
import type { GkFeeTable } from './fee-table.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: GkFeeTable) => el.shadowRoot!;
const rows = (el: GkFeeTable) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr.fee')];
const names = (el: GkFeeTable) => rows(el).map((r) => r.querySelector('td.name')!.textContent!.trim());
const ready = (el: GkFeeTable) =>
  waitUntil(() => root(el).querySelector('table, .gk-error, .no-results'), 'widget did not settle', { timeout: 5000 });

async function fromFeed(attrs = '') {
  const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
  for (const [k, v] of attrs
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(k!, v ?? '');
  el.src = FEED;
  await ready(el);
  return el;
}

function fee(i: number, extra: Partial<Fee> = {}): Fee {
  return {
    id: `f${i}`,
    name: `收费项目${i}`,
    department: `单位${i % 7}`,
    category: 'administrative',
    basis: [{ title: `依据${i}` }],
    standard: { type: 'fixed', amount: i, per: '件' },
    ...extra,
  };
}

async function type(el: GkFeeTable, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.focus();
  await sendKeys({ type: text });
}

describe('<gk-fee-table>', () => {
  it('renders every fee of the sample feed with its standard and basis', async () => {
    const el = await fromFeed();
    expect(rows(el).length).to.equal(43);
    const bdc = rows(el).find((r) => r.textContent!.includes('不动产登记费（住宅）'))!;
    expect(bdc.querySelector('td.standard')!.textContent).to.contain('80 元/件');
    expect(bdc.querySelector('td.basis a')).to.equal(null, 'the sample basis has no URL, so no link');
    expect(bdc.querySelector('td.basis')!.textContent).to.contain('发改价格规〔2016〕2559号');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('共 43 项');
    expect(root(el).querySelector('.gk-updated')!.textContent).to.match(/数据更新于 2026年3月2日/);
    const suspended = rows(el).find((r) => r.textContent!.includes('职业技能鉴定费'))!;
    expect(suspended.querySelector('.badge')!.textContent).to.equal('停征');
  });

  it('downloads the pinyin dictionary only for a query with Latin letters, not on focus or a Chinese query', async () => {
    // Every request the page makes (the resource timing buffer fills up with the test's own modules).
    const requested: string[] = [];
    new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name))).observe({
      type: 'resource',
      buffered: true,
    });
    const pinyinLoaded = () => requested.some((name) => /pinyin-pro|gongkai-pinyin/.test(name));
    await new Promise((resolve) => setTimeout(resolve));
    expect(requested.length).to.be.greaterThan(0, 'the observer sees requests');
    expect(pinyinLoaded()).to.equal(false, 'no test before this one searched');
    const el = await fromFeed();
    await type(el, '火化');
    await waitUntil(() => rows(el).length === 1, 'a Chinese query found nothing', { timeout: 5000 });
    expect(pinyinLoaded()).to.equal(false, 'focus and a Chinese query load no dictionary');
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.select();
    await sendKeys({ type: 'hh' });
    await waitUntil(pinyinLoaded, 'a Latin query loads the dictionary', { timeout: 5000 });
  });

  it('searches a long list while its index is built in slices, saying so, and finds every match once built', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    let sawIndexing = false;
    const watch = new MutationObserver(() => {
      sawIndexing ||= Boolean(root(el).querySelector('.summary .indexing'));
    });
    watch.observe(root(el), { subtree: true, childList: true, characterData: true });
    el.query = '收费项目11999';
    el.data = Array.from({ length: 12_000 }, (_, i) => fee(i));
    await waitUntil(() => names(el).includes('收费项目11999'), 'the last fee was never found', { timeout: 30_000 });
    watch.disconnect();
    expect(sawIndexing).to.equal(true, '正在建立索引 was shown while the index was partial');
    expect(root(el).querySelector('.summary .indexing')).to.equal(null, 'and is gone once it is complete');
  });

  it('offers every department of a long list in its picker, the last fee’s too, once the list is gone through', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    const list = Array.from({ length: 45_000 }, (_, i) => fee(i));
    list[list.length - 1] = fee(list.length - 1, { department: '最后一个单位' });
    el.data = list;
    const picker = () =>
      [...root(el).querySelectorAll('select')].find((s) => s.getAttribute('aria-label') === '收费单位');
    const options = () => [...(picker()?.options ?? [])].map((o) => o.value);
    await waitUntil(() => options().includes('最后一个单位'), 'the last fee’s department never came', {
      timeout: 30_000,
    });
    expect(
      options()
        .filter((o) => o.startsWith('单位'))
        .sort(),
    ).to.deep.equal(['单位0', '单位1', '单位2', '单位3', '单位4', '单位5', '单位6']);
  });

  it('finds fees by pinyin initials, highlighting the matched characters', async () => {
    const el = await fromFeed();
    await type(el, 'bdc');
    await waitUntil(() => rows(el).length > 0 && rows(el).length < 43, 'search did not narrow', { timeout: 5000 });
    await waitUntil(() => names(el).every((n) => n.startsWith('不动产')), 'pinyin did not load');
    expect(names(el).length).to.be.at.least(4);
    expect(rows(el)[0]!.querySelector('mark')!.textContent).to.equal('不动产');
    expect(root(el).querySelector('.summary')!.textContent).to.match(/找到 \d+ 项/);
  });

  it('searches by pinyin when the query is set as an attribute', async () => {
    const el = await fromFeed('query=huohua');
    await waitUntil(() => names(el).length === 1, 'pinyin query set by attribute found nothing', { timeout: 5000 });
    expect(names(el)).to.deep.equal(['遗体火化费']);
  });

  it('says so when nothing matches', async () => {
    const el = await fromFeed();
    el.query = '不存在的收费';
    await el.updateComplete;
    expect(root(el).querySelector('.no-results')!.textContent).to.contain('没有找到与“不存在的收费”相符的收费项目');
  });

  it('sorts by amount and by name from the column headers', async () => {
    const el = await fromFeed('department=示例县自然资源局');
    const amountButton = [...root(el).querySelectorAll('th button')].find((b) =>
      b.textContent!.includes('标准'),
    ) as HTMLButtonElement;
    amountButton.click();
    await el.updateComplete;
    expect(el.sort).to.equal('amount');
    expect(amountButton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const cells = rows(el).map((r) => r.querySelector('td.standard')!.textContent!);
    expect(cells.filter((c) => c.includes('元')).at(-1)).to.contain('550 元/件');
    expect(cells.at(-1)).to.contain('未公布标准', 'fees without a published amount sort last');
    amountButton.click();
    await el.updateComplete;
    expect(rows(el).map((r) => r.querySelector('td.standard')!.textContent!)[0]).to.contain('550 元/件');
    el.sort = 'name';
    await el.updateComplete;
    const sorted = [...names(el)].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare);
    expect(names(el)).to.deep.equal(sorted);
  });

  it('filters by department, category and status', async () => {
    const el = await fromFeed();
    const select = [...root(el).querySelectorAll('select')].find((s) => s.getAttribute('aria-label') === '收费单位')!;
    select.value = '示例县民政局';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(2);
    expect(rows(el).every((r) => r.querySelector('td.department')!.textContent === '示例县民政局')).to.equal(true);
    el.department = '';
    el.category = 'fund';
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(2, 'the fund filter shows the funds');
    expect(
      rows(el).every((r) =>
        ['城市基础设施配套费', '残疾人就业保障金', '地方教育附加', '文化事业建设费', '采矿权出让收益'].some((n) =>
          r.textContent!.includes(n),
        ),
      ),
    ).to.equal(true);
    el.category = '';
    el.status = 'suspended';
    await el.updateComplete;
    expect(names(el).sort()).to.deep.equal(['职业技能鉴定费', '计量器具强制检定费'].sort());
  });

  it('groups rows under their department', async () => {
    const el = await fromFeed('group-by=department');
    const groups = [...root(el).querySelectorAll('tbody tr.group')];
    expect(groups.length).to.be.greaterThan(5);
    expect(groups[0]!.textContent).to.contain('示例县公安局');
    const afterFirst = groups[0]!.nextElementSibling as HTMLElement;
    expect(afterFirst.querySelector('td.department')!.textContent).to.equal('示例县公安局');
  });

  it('never renders a javascript: basis link as a live link', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [
      fee(1, { basis: [{ title: '恶意依据', url: 'javascript:alert(1)' }] }),
      fee(2, { basis: [{ title: '正常依据', url: 'https://www.gov.cn/doc.html' }] }),
    ];
    await el.updateComplete;
    const links = [...root(el).querySelectorAll('a')];
    expect(links.some((a) => a.href.startsWith('javascript'))).to.equal(false);
    expect(root(el).textContent).to.contain('恶意依据', 'the rest of the row is still shown');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.gov.cn/doc.html']);
  });

  it('renders HTML in feed text as text', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [
      fee(1, { name: '<img src=x onerror="window.__pwned=1">工本费', notes: '<script>window.__pwned=1</script>' }),
    ];
    await el.updateComplete;
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(names(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">工本费');
    // An image's error handler runs only after its request fails: wait for a probe image of our own
    // to fail the same way before deciding that nothing ran.
    const probe = new Image();
    const failed = new Promise((done) => probe.addEventListener('error', done, { once: true }));
    probe.src = '/nowhere/probe.png';
    await failed;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows an error state, not a blank, for an invalid feed, with the issues in debug mode', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table debug></gk-fee-table>`);
    setTimeout(
      () =>
        (el.data = {
          kind: 'fee-list',
          id: 'x',
          updated: '2026-01-01',
          items: [{ id: 'a', name: '', category: 'tax', basis: [] }],
        }),
    );
    const { detail } = await oneEvent(el, 'gk-error');
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('数据无法显示');
    const issues = root(el).querySelector('.gk-issues')!.textContent!;
    expect(issues).to.contain('items[0].name');
    expect(issues).to.contain('items[0].department');
    expect(detail.issues.length).to.be.greaterThan(1);
  });

  it('turns into the error view when a problem is found late in a large list', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table debug></gk-fee-table>`);
    const list = Array.from({ length: 5_000 }, (_, i) => fee(i));
    (list[4_321] as { category: string }).category = 'tax';
    el.data = list;
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(0);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'the late problem was not shown');
    // A bare array of fees: the issue names the fee by its row and id, and the field.
    expect(root(el).querySelector('.gk-issues')!.textContent)
      .to.contain('第 4322 行 f4321 收费项目4321')
      .and.contain('[4321].category');
  });

  it('shows an error state for a feed URL that does not exist', async () => {
    const el = await fixture<GkFeeTable>(
      html`<gk-fee-table debug src="/examples/feeds/nowhere/fees.json"></gk-fee-table>`,
    );
    await ready(el);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('HTTP 404');
  });

  it('moves between rows with the arrow keys and selects with Enter', async () => {
    const el = await fromFeed();
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(rows(el)[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(rows(el).at(-1));
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = await oneEvent(el, 'gk-fee-select');
    expect(detail.fee.name).to.equal(names(el).at(-1));
    expect(rows(el).at(-1)!.getAttribute('aria-selected')).to.equal('true');
  });

  it('renders only a window of 10,000 rows and reaches the last one by keyboard', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table style="--gk-fee-table-max-height: 400px"></gk-fee-table>`);
    el.data = Array.from({ length: 10_000 }, (_, i) => fee(i));
    await el.updateComplete;
    expect(rows(el).length, 'the first rows are shown before the whole list is validated').to.be.greaterThan(0);
    expect(root(el).querySelector('.summary')!.textContent).to.contain('共 10000 项');
    await waitUntil(
      () => root(el).querySelector('table')!.getAttribute('aria-rowcount') === '10001',
      'the whole list never arrived',
    );
    expect(rows(el).length).to.be.lessThan(80);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => root(el).activeElement?.getAttribute('data-index') === '9999', 'did not reach the last row');
    expect(root(el).activeElement!.getAttribute('aria-rowindex')).to.equal('10001');
    expect(rows(el).length).to.be.lessThan(80);
  });

  it('shows a 1,000-fee list’s first screenful before checking the rest, and says so until done', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = Array.from({ length: 1_000 }, (_, i) => fee(i));
    await el.updateComplete;
    const count = () => root(el).querySelector('table')?.getAttribute('aria-rowcount');
    expect(count()).to.equal('201', 'the first 200 fees, checked');
    expect(root(el).querySelector('.gk-updated')!.textContent).to.contain('已核对 200 / 1000 项');
    await waitUntil(() => count() === '1001', 'the whole list never arrived');
    expect(root(el).querySelector('.gk-updated')!.textContent).not.to.contain('正在核对');
  });

  it('renders every row for printing, then windows again', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = Array.from({ length: 2_000 }, (_, i) => fee(i));
    await waitUntil(
      () => root(el).querySelector('table')?.getAttribute('aria-rowcount') === '2001',
      'the whole list never arrived',
    );
    expect(rows(el).length).to.be.lessThan(80);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows(el).length).to.equal(2_000, 'rendered synchronously, before the print layout');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(el).length).to.be.lessThan(80);
  });

  it('turns rows into labelled cards in a narrow container', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table style="width: 360px"></gk-fee-table>`);
    el.data = [fee(1), fee(2)];
    await el.updateComplete;
    const cell = rows(el)[0]!.querySelector('td.department')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(getComputedStyle(cell, '::before').content).to.contain('收费单位');
    el.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(getComputedStyle(cell).display).to.equal('table-cell');
  });

  it('names only the fields a card has: no empty "备注/减免：" on a phone (issue 16, defect 6)', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table style="width: 360px"></gk-fee-table>`);
    el.data = [fee(1)]; // no notes
    await el.updateComplete;
    const notes = rows(el)[0]!.querySelector<HTMLElement>('td.notes')!;
    expect(notes.hasAttribute('data-label')).to.equal(false);
    expect(getComputedStyle(notes).display).to.equal('none');
  });

  it('keeps its header in view while the page scrolls, with sortable and plain headers on one line', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table style="width: 900px; margin-top: 300px"></gk-fee-table>`);
    el.data = Array.from({ length: 40 }, (_, i) => fee(i));
    await el.updateComplete;
    document.body.style.height = '6000px';
    try {
      const thead = root(el).querySelector('thead th')!;
      const start = thead.getBoundingClientRect().top + scrollY;
      scrollTo(0, start + 400);
      await new Promise((r) => requestAnimationFrame(r));
      expect(scrollY).to.be.greaterThan(start, 'the page scrolled past the header');
      expect(Math.abs(thead.getBoundingClientRect().top)).to.be.below(2, 'the header sticks to the top of the page');
      const [plain, sortable] = [root(el).querySelector('th.plain')!, root(el).querySelector('th button')!];
      const textTop = (n: Element) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return range.getBoundingClientRect().top;
      };
      expect(Math.abs(textTop(plain) - textTop(sortable))).to.be.below(6, 'the headers line up');
    } finally {
      document.body.style.height = '';
      scrollTo(0, 0);
    }
  });

  it('never breaks an amount inside "200 元/次", and lines digits up', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table style="width: 900px"></gk-fee-table>`);
    el.data = [fee(1, { standard: { type: 'fixed', amount: 200, per: '次' } })];
    await el.updateComplete;
    const cell = rows(el)[0]!.querySelector('td.standard')!;
    expect(cell.textContent).to.contain('200 元/次');
    expect(getComputedStyle(cell).wordBreak).to.equal('keep-all');
    expect(getComputedStyle(cell).fontVariantNumeric).to.contain('tabular-nums');
  });

  it('prints its header in full, without sort arrows', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [fee(1)];
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const header = [...root(el).querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText.trim());
      expect(header.join('|')).to.contain('项目').and.contain('标准');
      expect(header.join('')).not.to.match(/[↕▲▼]/);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('exports the rows shown as Excel-ready CSV', async () => {
    const el = await fromFeed();
    el.query = '火化';
    await el.updateComplete;
    const csv = el.exportCsv({ download: false });
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.contain('项目');
    expect(lines[1]).to.contain('遗体火化费');
    expect(lines[1]).to.contain('300 元/具');
  });

  it('shows a basis cited by its 文号 alone as the 文号, not wrapped in 《》 as a title', async () => {
    const el = await fixture<GkFeeTable>(html`<gk-fee-table></gk-fee-table>`);
    el.data = [fee(1, { basis: [{ number: '发改价格规〔2016〕2559号' }] })];
    await ready(el);
    const cell = root(el).querySelector('td.basis')!.textContent!.trim();
    expect(cell).to.equal('发改价格规〔2016〕2559号');
    expect(el.exportCsv({ download: false }))
      .to.contain('发改价格规〔2016〕2559号')
      .and.not.contain('《》');
  });

  it('speaks English with lang="en"', async () => {
    const el = await fromFeed('lang=en');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('43 fees');
    expect(root(el).querySelector('thead')!.textContent).to.contain('Legal basis');
    expect(root(el).querySelector('.gk-updated')!.textContent).to.contain('Updated Mar 2, 2026');
  });

  it('passes axe-core in the default size', async () => {
    const el = await fromFeed();
    await expect(el).to.be.accessible();
  });

  it('passes axe-core in the kiosk size, with touch targets of at least 48 px', async () => {
    const el = await fromFeed('size=kiosk');
    await expect(el).to.be.accessible();
    const input = root(el).querySelector('input[type=search]')!;
    expect(input.getBoundingClientRect().height).to.be.at.least(48);
    expect(rows(el)[0]!.getBoundingClientRect().height).to.be.at.least(48);
  });

  it('shows the catalogue as published: sub-items under their item, the treasury, bare 文号, 未公布标准', async () => {
    const el = await fixture<GkFeeTable>(
      html`<gk-fee-table
        src="/test/fixtures/real-layouts/feed/"
        dataset="fees-catalogue-2026"
        columns="no,name,standard,fundManagement,basis"
      ></gk-fee-table>`,
    );
    await waitUntil(() => root(el).querySelector('table, .gk-error'), 'did not settle', { timeout: 20000 });
    const byName = (name: string) => rows(el).find((r) => r.querySelector('td.name')!.textContent!.includes(name))!;
    const sub = byName('号牌专用固封装置');
    expect(sub.querySelector('.name.sub')).to.not.equal(null);
    expect(sub.textContent).to.contain('2(2)');
    expect(sub.querySelector('.visually-hidden')!.textContent).to.contain('子项');
    expect(byName('机动车号牌工本费').querySelector('.name.sub')).to.equal(null);
    const idCard = byName('居民身份证工本费');
    expect(idCard.textContent).to.contain('缴入地方国库');
    expect(idCard.textContent).to.contain('未公布标准');
    expect(idCard.textContent).to.contain('发改价格〔2003〕2322号');
    expect(idCard.textContent).not.to.contain('《发改价格');
    const offsets = [byName('机动车号牌工本费'), sub].map(
      (r) => r.querySelector('td.name span')!.getBoundingClientRect().left,
    );
    expect(offsets[1]).to.be.greaterThan(offsets[0]!, 'the sub-item is indented under its item');
  });

  it('shows an add-on charged on top and "first one free" beside the standard', async () => {
    const el = await fromFeed('dataset=fees-nr');
    const house = rows(el).find((r) => r.textContent!.includes('不动产登记费（住宅）'))!;
    expect(house.textContent).to.contain('另收不动产权属证书工本费 10 元/本');
    expect(house.textContent).to.contain('核发一本不动产权属证书的免收证书工本费');
  });
});
