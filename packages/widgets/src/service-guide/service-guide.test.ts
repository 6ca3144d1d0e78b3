import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ServiceGuide } from '@gongkai/sdk/core';
import './index.js';
import type { GkServiceGuide } from './service-guide.js';

const FEED = '/examples/feeds/shili-county/';
const root = (el: HTMLElement) => el.shadowRoot!;
const ready = (el: GkServiceGuide) =>
  waitUntil(() => root(el).querySelector('article, .gk-error'), 'guide did not render', { timeout: 5000 });
const section = (el: GkServiceGuide, id: string) => root(el).querySelector<HTMLDetailsElement>(`details#${id}`);

function loadScript(src: string) {
  return new Promise((ok, fail) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = ok;
    s.onerror = fail;
    document.head.append(s);
  });
}

/** Renders the widget's QR SVG to a canvas and decodes it with jsQR, as a phone camera would. */
async function decodeQr(svgEl: SVGSVGElement): Promise<string | undefined> {
  await loadScript('/node_modules/jsqr/dist/jsQR.js');
  // The serializer writes the SVG namespace itself; only the size is added (on a copy).
  const copy = svgEl.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', '400');
  copy.setAttribute('height', '400');
  const text = new XMLSerializer().serializeToString(copy);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, 400, 400);
  const data = ctx.getImageData(0, 0, 400, 400);
  return (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR(
    data.data,
    400,
    400,
  )?.data;
}

describe('<gk-service-guide>', () => {
  it('shows a guide of the sample feed with its materials, resolved fees and the embedded flowchart', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide src=${FEED} guide="guide-property-first" style="width: 1000px"></gk-service-guide>`,
    );
    await ready(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('不动产首次登记（国有建设用地使用权及房屋所有权）');
    expect(root(el).querySelector('.facts')!.textContent)
      .to.contain('行政确认')
      .and.contain('最多跑一次')
      .and.contain('示例县自然资源局');
    expect(root(el).querySelector('.deadlines')!.textContent).to.contain('30 个工作日').and.contain('5 个工作日');
    const rows = [...section(el, 'materials')!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(5);
    expect(rows[1]!.textContent).to.contain('申请人身份证明').and.contain('原件和复印件');
    const fees = section(el, 'fees')!.textContent!;
    expect(fees).to.contain('不动产登记费（住宅）').and.contain('80 元/件').and.contain('550 元/件');
    const flow = section(el, 'process')!.querySelector('gk-process-flow')!;
    await waitUntil(() => flow.shadowRoot?.querySelectorAll('g.node').length === 10, 'embedded chart not drawn', {
      timeout: 5000,
    });
    expect(root(el).querySelector('.gk-updated')!.textContent).to.contain('数据更新于 2026年3月2日');
  });

  it('has a table of contents that opens and reaches each section', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide src=${FEED} guide="guide-dibao"></gk-service-guide>`,
    );
    await ready(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('nav.toc a')];
    expect(links.map((a) => a.textContent)).to.include.members([
      '设定依据',
      '申请条件',
      '申请材料',
      '办理流程',
      '收费标准',
      '注意事项',
    ]);
    section(el, 'notes')!.open = false;
    links.find((a) => a.textContent === '注意事项')!.click();
    expect(section(el, 'notes')!.open).to.equal(true);
    expect(section(el, 'fees')!.textContent).to.contain('不收费');
  });

  it('encodes the online link in a QR code that a phone can read', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide src=${FEED} guide="guide-unemployment-benefit"></gk-service-guide>`,
    );
    await ready(el);
    await waitUntil(() => section(el, 'online')!.querySelector('svg.qr'), 'the QR encoder did not load');
    const qr = section(el, 'online')!.querySelector<SVGSVGElement>('svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.contain('扫码手机办理');
    expect(await decodeQr(qr)).to.equal('https://zwfw.shili.gov.cn/item/unemployment-benefit');
  });

  it('omits missing optional sections and shows unresolved references as visible warnings', async () => {
    const el = await fixture<GkServiceGuide>(html`<gk-service-guide></gk-service-guide>`);
    const guide: ServiceGuide = {
      id: 'g1',
      name: '测试事项',
      type: 'licensing',
      department: '示例县测试局',
      legalBasis: [{ title: '测试条例', url: 'javascript:alert(1)' }],
      materials: [{ name: '<b>申请书</b>', form: 'original', required: true }],
      processRef: 'proc-missing',
      fees: { refs: ['fee-exists', 'fee-missing'] },
    };
    el.fees = [
      {
        id: 'fee-exists',
        name: '测试费',
        department: '示例县测试局',
        category: 'administrative',
        basis: [],
        standard: { type: 'fixed', amount: 5, per: '件' },
      },
    ];
    el.data = guide;
    await ready(el);
    expect(section(el, 'conditions')).to.equal(null);
    expect(section(el, 'online')).to.equal(null);
    expect(section(el, 'contact')).to.equal(null);
    const fees = section(el, 'fees')!;
    expect(fees.textContent).to.contain('测试费').and.contain('5 元/件');
    expect(fees.querySelector('.warning')!.textContent).to.contain('收费项目“fee-missing”在数据源中未找到');
    expect(section(el, 'process')!.querySelector('.warning')!.textContent).to.contain('proc-missing');
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null, 'feed text is never HTML');
  });

  it('collapses sections on a phone-width screen but keeps the first open', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide src=${FEED} guide="guide-marriage" style="width: 360px"></gk-service-guide>`,
    );
    await ready(el);
    await el.updateComplete;
    const all = [...root(el).querySelectorAll<HTMLDetailsElement>('details.section')];
    expect(all[0]!.open).to.equal(true);
    expect(all.slice(1).every((d) => !d.open)).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(all.every((d) => d.open)).to.equal(true, 'printing opens every section');
  });

  it('passes axe-core, also in kiosk size and in English', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide src=${FEED} guide="guide-property-transfer"></gk-service-guide>`,
    );
    await ready(el);
    const flow = root(el).querySelector('gk-process-flow')!;
    await waitUntil(() => flow.shadowRoot?.querySelector('svg.chart'), 'chart', { timeout: 5000 });
    await expect(el).to.be.accessible();
    el.setAttribute('size', 'kiosk');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root(el).querySelector('.deadlines')!.textContent).to.contain('working days');
    await expect(el).to.be.accessible();
  });

  it('shows the national elements, several phones and a material’s form on both axes', async () => {
    const el = await fixture<GkServiceGuide>(
      html`<gk-service-guide
        src="/test/fixtures/real-layouts/feed/"
        dataset="guides-mz"
        guide="guide-330999-MZ-001"
      ></gk-service-guide>`,
    );
    await waitUntil(() => root(el).querySelector('article, .gk-error'), 'guide did not render', { timeout: 20000 });
    const elements = root(el).querySelector('#elements')!.textContent!;
    for (const text of ['服务对象', '自然人', '县级', '承诺件', '全县通办', '示例县医疗保障局']) {
      expect(elements).to.contain(text);
    }
    const contact = root(el).querySelector('#contact')!;
    expect([...contact.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent!.trim())).to.deep.equal([
      '0999-1234567',
      '12345',
      '0999-7654321',
    ]);
    const forms = [...root(el).querySelectorAll('#materials td[data-label="形式"]')].map((td) =>
      td.textContent!.trim(),
    );
    expect(forms).to.deep.equal(['原件 · 纸质', '原件和复印件 · 纸质']);
  });
});
