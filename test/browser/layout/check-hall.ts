// Hall screens (issue 15): every widget as a kiosk or TV panel at 1080×1920 and 1920×1080, page by
// page: nothing off the screen, no text clipped, no control on a TV, 60 px touch targets on a kiosk,
// 24/32 px text, 36 px headings, and every table row shown whole on exactly one page.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../../packages/widgets/src/index.js';
import type { GkKiosk } from '../../../packages/widgets/src/index.js';
import { deep, layoutProblems, unseen } from './check-layout.js';

const FEED = '/examples/feeds/shili-county/';
export const SCREENS = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
] as const;

/** Every widget, as a hall would put it on screen. */
export const PANELS: [string, string][] = [
  ['gk-fee-table', 'dataset="fees-nr"'],
  ['gk-service-guide', 'guide="guide-property-first"'],
  ['gk-process-flow', 'process="proc-property-registration"'],
  ['gk-budget-viewer', 'dataset="budget-2026-hrss"'],
  ['gk-three-public', 'dataset="three-public-2025-nr"'],
  ['gk-power-list', 'department="示例县自然资源局"'],
  ['gk-department', 'department="示例县民政局" no-hash'],
  ['gk-results', 'dataset="results-ca" today="2026-11-26"'],
  ['gk-service-rules', ''],
  ['gk-supervision', ''],
];

const CONTROLS = 'input, select, button, textarea, summary, [role=tab], label.check';
const TARGETS = 'select, button, summary, [role=tab], label.check, input:not([type=checkbox]):not([type=radio])';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function within(el: Element, box: DOMRect): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
}

/**
 * A row is shown on a page only below its table's column heads where they are repeated at the page's
 * top (kiosk/table-heads.ts): the heads cover the foot of the row the page before showed whole.
 */
function belowRepeatedHeads(row: Element, box: DOMRect): boolean {
  const head = row.closest('table')?.querySelector('thead')?.getBoundingClientRect();
  const headed = head && head.height > 1 && Math.abs(head.top - box.top) < 2;
  return !headed || row.getBoundingClientRect().top >= head.bottom - 1;
}

export async function checkHall(mode: 'kiosk' | 'tv', tag: string, attrs: string, screen: (typeof SCREENS)[number]) {
  await setViewport({ width: screen.width, height: screen.height });
  const k = await fixture<GkKiosk>(
    html`<gk-kiosk manual-clock mode=${mode} src=${FEED} style="--gk-kiosk-height: ${screen.height}px"
      ><${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}
    ></gk-kiosk>`,
  );
  const panel = k.firstElementChild as HTMLElement & { loadStatus: string };
  await waitUntil(() => panel.loadStatus === 'ready' || panel.loadStatus === 'error', `${tag} did not load`, {
    timeout: 10_000,
  });
  expect(panel.loadStatus).to.equal('ready');
  if (mode === 'kiosk') k.open(0);
  await k.updateComplete;
  await frames();
  // A department's section, a guide's flowchart: what loads inside the panel, loaded.
  await waitUntil(
    () =>
      deep(panel.shadowRoot!).every(
        (e) => !e.localName.startsWith('gk-') || (e as HTMLElement & { loadStatus?: string }).loadStatus !== 'loading',
      ),
    'inner widgets did not load',
    { timeout: 10_000 },
  );
  await frames();
  k.repaginate();
  await k.updateComplete;

  const problems: string[] = [];
  const seen = new Map<Element, number>();
  const font = parseFloat(getComputedStyle(panel).fontSize);
  if (font < (mode === 'tv' ? 32 : 24)) problems.push(`body text at ${font}px`);
  for (let page = 0; page < k.pageCount; page++) {
    k.goToPage(page);
    await k.updateComplete;
    const box = k.visibleBox!;
    for (const p of layoutProblems(panel)) problems.push(`page ${page + 1}: ${p.what} — ${p.where}`);
    for (const el of deep(panel.shadowRoot!)) {
      if (unseen(el) || !within(el, box)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > screen.width + 1 || r.left < -1)
        problems.push(
          `page ${page + 1}: off the screen (${Math.round(r.left)}–${Math.round(r.right)}) — ${el.localName}`,
        );
      if (mode === 'tv' && el.matches(CONTROLS))
        problems.push(`page ${page + 1}: a control on a TV — ${el.outerHTML.slice(0, 60)}`);
      if (mode === 'kiosk' && el.matches(TARGETS) && (r.height < 59.5 || r.width < 59.5))
        problems.push(
          `page ${page + 1}: a ${Math.round(r.width)}×${Math.round(r.height)} touch target — ${el.outerHTML.slice(0, 60)}`,
        );
      if (mode === 'kiosk' && el.matches('h2, h3') && parseFloat(getComputedStyle(el).fontSize) < 36)
        problems.push(
          `page ${page + 1}: a heading at ${getComputedStyle(el).fontSize} — ${el.textContent!.slice(0, 20)}`,
        );
      if (el.matches('tbody tr:not(.spacer)') && belowRepeatedHeads(el, box)) seen.set(el, (seen.get(el) ?? 0) + 1);
    }
  }
  // Every row of every table, whole on exactly one page.
  const rows = deep(panel.shadowRoot!).filter((e) => e.matches('tbody tr:not(.spacer)') && !unseen(e));
  for (const row of rows) {
    const n = seen.get(row) ?? 0;
    if (n !== 1) problems.push(`a table row shown whole on ${n} pages — ${row.textContent!.trim().slice(0, 30)}`);
  }
  expect(problems, problems.slice(0, 12).join('\n')).to.deep.equal([]);
}
