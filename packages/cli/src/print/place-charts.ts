/**
 * Each frozen flowchart put into its place on the sheet. On paper its smallest text (a step's owner
 * and days) never prints under the sheet's minimum (9 pt on A4, 12 pt on A3: read at a metre): the
 * chart takes the direction that prints it larger in its box when that is large enough; otherwise
 * it goes to a page of its own, and when one page cannot hold it at that size it is cut into
 * page-sized parts between its steps. It is never drawn smaller than the minimum. A screen, which
 * cannot turn a page, keeps the larger direction and is zoomed to fit whole afterwards (print.ts).
 * Runs through the DevTools protocol: the sheet's own JavaScript is off.
 */
import type { Page } from 'puppeteer-core';
import type { FrozenCharts } from './charts.js';
import { FLOW_SLOT, type Sheet } from './poster-html.js';

/** The smallest text a poster prints, in points (1 pt = 1/72 in), by paper. */
export const MIN_TEXT_PT = { A4: 9, A3: 12 } as const;
const PX_PER_PT = 96 / 72;

export interface PlaceOptions {
  /** The printable area of one page (CSS px); ignored for a screen. */
  page: { width: number; height: number };
}

export async function placeCharts(tab: Page, charts: FrozenCharts, sheet: Sheet, o: PlaceOptions): Promise<void> {
  // A hair over the minimum, so rounding in the PDF cannot put a glyph under it.
  const minTextPx = sheet.screen ? 0 : MIN_TEXT_PT[sheet.paper ?? 'A4'] * PX_PER_PT * 1.01;
  await tab.evaluate(
    (
      entries: [string, Record<string, string> | undefined][],
      slot: string,
      screenHeight: number,
      minPx: number,
      page: { width: number; height: number },
    ) => {
      const found = new Map(entries);
      // No named functions in here: the test runner's transform would wrap them in a helper the page lacks.
      for (const box of document.querySelectorAll<HTMLElement>(`[${slot}]`)) {
        const svgs = found.get(box.getAttribute(slot) ?? '');
        box.removeAttribute(slot);
        if (!svgs) {
          const note = document.createElement('p');
          note.className = 'muted';
          note.textContent = '流程图无法绘制，各步骤见“办理时限”表。';
          box.replaceChildren(note);
          continue;
        }
        // The height the sheet's style leaves the chart (`.flow svg { max-height }`).
        const probe = box.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
        const maxHeight = parseFloat(getComputedStyle(probe).maxHeight) || Infinity;
        probe.remove();
        const width = box.getBoundingClientRect().width;
        const fit: Record<string, { scale: number; need: number; w: number; h: number }> = {};
        for (const orientation of ['lr', 'tb']) {
          box.innerHTML = svgs[orientation]!; // our widget's export (its text escaped by XMLSerializer)
          const svg = box.querySelector('svg');
          const view = svg?.viewBox.baseVal;
          const sizes = [...(svg?.querySelectorAll('text') ?? [])]
            .map((t) => parseFloat(t.getAttribute('font-size') ?? ''))
            .filter((x) => x > 0);
          const smallest = sizes.length ? Math.min(...sizes) : 1;
          let scale = view?.width ? Math.min(width / view.width, maxHeight / view.height) : 0;
          if (screenHeight) scale *= Math.min(1, screenHeight / document.documentElement.scrollHeight);
          fit[orientation] = { scale, need: minPx / smallest, w: view?.width ?? 0, h: view?.height ?? 0 };
        }
        const { lr, tb } = fit as Record<'lr' | 'tb', { scale: number; need: number; w: number; h: number }>;
        const inPlace = [lr, tb].filter((f) => !minPx || f.scale >= f.need);
        if (inPlace.length) {
          const best = inPlace.reduce((a, b) => (b.scale > a.scale ? b : a));
          box.innerHTML = svgs[best === lr ? 'lr' : 'tb']!;
          // The sheet's fitting (print.ts) may shrink the chart to make room, down to this and no further.
          if (minPx) box.querySelector('svg')!.style.minHeight = `${Math.ceil(best.h * best.need)}px`;
          continue;
        }
        // Too small in its box: the chart goes after the sheet, on a page (or pages) of its own.
        const flowbox = (box.closest('.flowbox') as HTMLElement | null) ?? box;
        flowbox.classList.add('own-page');
        document.body.append(flowbox);
        // The heading and time line above the chart, their margins, and a little to spare for rounding.
        box.replaceChildren();
        const reserve = box.getBoundingClientRect().top - flowbox.getBoundingClientRect().top + 48;
        const room = { width: page.width, height: page.height - reserve };
        // Whole on one page, in the direction that prints it larger, when that is large enough.
        const whole = [lr, tb]
          .map((f) => ({ f, scale: Math.min(room.width / f.w, room.height / f.h) }))
          .filter((x) => x.scale >= x.f.need)
          .sort((a, b) => b.scale - a.scale)[0];
        // Otherwise in the direction that needs the fewer pages at the minimum size.
        const [pagesLr, pagesTb] = [lr, tb].map(
          (x) => Math.ceil((x.w * x.need) / room.width) * Math.ceil((x.h * x.need) / room.height),
        );
        const f = whole?.f ?? (pagesTb! <= pagesLr! ? tb : lr);
        const scale = whole?.scale ?? Math.max(f.need, Math.min(1, room.width / f.w));
        box.innerHTML = svgs[f === lr ? 'lr' : 'tb']!;
        const source = box.querySelector('svg')!;
        // Cut between steps: a cut never runs through a node (its box and its text).
        const spans = [...source.querySelectorAll<SVGGraphicsElement>('g.node, g.edge-label')].map((g) => {
          const b = g.getBBox();
          return { x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
        });
        // Where each page's part ends, along y (rows of pages) and x (when even its width is too wide).
        const [ys, xs] = (['y', 'x'] as const).map((axis) => {
          const [length, step] = axis === 'y' ? [f.h, room.height / scale] : [f.w, room.width / scale];
          const out = [0];
          while (length - out.at(-1)! > step) {
            const from = out.at(-1)!;
            const limit = from + step;
            // The pages share the chart evenly (no last page with one node on it), cut where no node is.
            const ideal = from + (length - from) / Math.ceil((length - from) / step);
            const ends = [limit, ideal, ...spans.map((s) => s[`${axis}1`] + 2)].filter(
              (at) =>
                at > from + step * 0.3 &&
                at <= limit &&
                spans.every((s) => !(s[`${axis}0`] < at && at < s[`${axis}1`])),
            );
            out.push(ends.length ? ends.reduce((a, b) => (Math.abs(b - ideal) < Math.abs(a - ideal) ? b : a)) : limit);
          }
          out.push(length);
          return out;
        }) as [number[], number[]];
        const parts: Element[] = [];
        for (let j = 0; j + 1 < ys.length; j++)
          for (let i = 0; i + 1 < xs.length; i++) {
            const part = source.cloneNode(true) as SVGSVGElement;
            const w = xs[i + 1]! - xs[i]!;
            const h = ys[j + 1]! - ys[j]!;
            part.setAttribute('viewBox', `${xs[i]} ${ys[j]} ${w} ${h}`);
            part.setAttribute('width', String(w * scale));
            part.setAttribute('height', String(h * scale));
            part.style.cssText = `width: ${w * scale}px; height: ${h * scale}px; max-height: none; min-height: ${h * scale}px`;
            const wrap = document.createElement('div');
            wrap.className = 'flow-part';
            if (parts.length) {
              const more = document.createElement('h2');
              more.textContent = `办理流程（续 ${parts.length + 1}/${(ys.length - 1) * (xs.length - 1)}）`;
              wrap.append(more);
            }
            wrap.append(part);
            parts.push(wrap);
          }
        box.replaceChildren(...parts);
      }
    },
    [...charts],
    FLOW_SLOT,
    sheet.screen?.height ?? 0,
    minTextPx,
    o.page,
  );
}
