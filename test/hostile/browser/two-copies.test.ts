// Two copies of the widgets on one page (issue 37): the copy registered first wins every tag, in
// whichever order the files arrive; the other never throws and says so in one console warning that
// names both versions. Each case runs in a fresh frame. Requires `npm run build` (npm test runs it
// first); /other-version/ serves the built bundle as version 9.9.9-test (other-version.mjs).
import { expect } from '@open-wc/testing';
import { VERSION } from '../../../packages/widgets/src/base/version.js';

type Win = Window & typeof globalThis;
interface Frame {
  win: Win;
  warnings: string[];
  errors: string[];
}

const DIST = '/packages/widgets/dist/browser';
const OTHER = '9.9.9-test';
const TAGS = ['gk-feed', 'gk-kiosk', 'gk-fee-table', 'gk-process-flow', 'gk-budget-viewer', 'gk-search'];

/** A blank page in a frame, its console warnings and uncaught errors recorded. */
async function frame(): Promise<Frame> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => (iframe.onload = resolve));
  iframe.srcdoc = '<!doctype html><html><head></head><body></body></html>';
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Win;
  const warnings: string[] = [];
  const errors: string[] = [];
  win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  win.addEventListener('error', (e) => errors.push(e.message));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { win, warnings, errors };
}

function addScript({ win }: Frame, src: string, type?: 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = win.document.createElement('script');
    if (type) s.type = type;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    s.src = src;
    win.document.head.append(s);
  });
}

const versionOf = ({ win }: Frame, tag: string) =>
  (win.customElements.get(tag) as { version?: string } | undefined)?.version;

/** One warning, naming both versions; no error. */
function expectOneWarning(f: Frame) {
  expect(f.errors).to.deep.equal([]);
  expect(f.warnings, f.warnings.join('\n')).to.have.length(1);
  expect(f.warnings[0]).to.contain(VERSION).and.to.contain(OTHER);
}

/** Puts a fee table in the page and waits until some copy has defined it. */
async function feeTable(f: Frame): Promise<void> {
  f.win.document.body.append(f.win.document.createElement('gk-fee-table'));
  await f.win.customElements.whenDefined('gk-fee-table');
}

describe('two copies of the widgets on one page (issue 37)', function () {
  this.timeout(30_000);

  it('the classic script, then another version as a module: the classic script keeps every tag', async () => {
    const f = await frame();
    await addScript(f, `${DIST}/gongkai.iife.js`);
    await addScript(f, `/other-version/gongkai-all.js`, 'module');
    for (const tag of TAGS) expect(versionOf(f, tag), tag).to.equal(VERSION);
    expectOneWarning(f);
  });

  it('another version as a module, then the classic script: the module keeps every tag', async () => {
    const f = await frame();
    await addScript(f, `/other-version/gongkai-all.js`, 'module');
    await addScript(f, `${DIST}/gongkai.iife.js`);
    for (const tag of TAGS) expect(versionOf(f, tag), tag).to.equal(OTHER);
    expectOneWarning(f);
  });

  it('the one-tag loader, then another version: the loader keeps the tags it has not loaded yet', async () => {
    const f = await frame();
    await addScript(f, `${DIST}/gongkai.js`, 'module');
    await addScript(f, `/other-version/gongkai-all.js`, 'module');
    await feeTable(f);
    expect(versionOf(f, 'gk-fee-table')).to.equal(VERSION);
    expectOneWarning(f);
  });

  it('another version, then the one-tag loader: the loader loads nothing', async () => {
    const f = await frame();
    await addScript(f, `/other-version/gongkai-all.js`, 'module');
    await addScript(f, `${DIST}/gongkai.js`, 'module');
    await feeTable(f);
    expect(versionOf(f, 'gk-fee-table')).to.equal(OTHER);
    const loaded = f.win.performance.getEntriesByType('resource').map((r) => r.name);
    expect(loaded.filter((n) => n.includes('/elements/'))).to.deep.equal([]);
    expectOneWarning(f);
  });
});
