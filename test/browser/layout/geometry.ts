// Geometry a visitor would notice, checked on a rendered widget (issue 16): no sideways page scroll,
// no clipped text outside a declared scroll region, no text under 12 px on screen, no overlapping
// flowchart nodes or edges that stop short of them, no label line holding one CJK character alone.
// Plain DOM code with no imports: today's Chromium loads it through web-test-runner (check-layout.ts),
// the old engines get it bundled for Chromium 72 and evaluated in the page (test/e2e-old-layout.test.mjs).

export const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'kiosk', width: 1080, height: 1920 },
  { name: 'tv', width: 1920, height: 1080 },
] as const;

/** Every element under `root`, shadow roots included. */
export function deep(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const stack: (Element | ShadowRoot)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      out.push(child);
      stack.push(child);
      if (child.shadowRoot) stack.push(child.shadowRoot);
    }
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
  }
  return out;
}

const ownText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

/** Hidden from sight on purpose: display none, or the 1×1 clipped box of screen-reader text. */
export function unseen(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden') return true;
    if (e.classList.contains('visually-hidden')) return true;
  }
  return false;
}

/**
 * A scroll box the widget declares: it scrolls on purpose, says so to keyboard and screen reader
 * (tabindex or role="region"), and shows that it does (the edge shadows of figureTables).
 */
const declaredScroll = (el: Element) => {
  const cs = getComputedStyle(el);
  const declared = el.hasAttribute('tabindex') || el.getAttribute('role') === 'region';
  return /auto|scroll/.test(cs.overflowX) && declared && cs.backgroundImage.includes('gradient');
};

export interface LayoutProblem {
  what: string;
  where: string;
}

const describe = (el: Element) =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}: "${(el.textContent ?? '').trim().slice(0, 30)}"`;

export function layoutProblems(host: Element): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > innerWidth + 1) {
    problems.push({ what: `the page scrolls sideways (${doc.scrollWidth} > ${innerWidth})`, where: host.localName });
  }
  for (const el of deep(host.shadowRoot ?? host)) {
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || unseen(el)) continue;
    if (el instanceof HTMLElement && ownText(el)) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) problems.push({ what: `text at ${size}px`, where: describe(el) });
      const cs = getComputedStyle(el);
      const clips = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && !declaredScroll(el)) {
        problems.push({ what: `text clipped (${el.scrollWidth} > ${el.clientWidth})`, where: describe(el) });
      }
    }
    if (el instanceof HTMLElement && !ownText(el) && /auto|scroll/.test(getComputedStyle(el).overflowX)) {
      if (el.scrollWidth > el.clientWidth + 1 && !declaredScroll(el)) {
        problems.push({
          what: `a scroll box without a visible affordance (${el.scrollWidth} > ${el.clientWidth})`,
          where: describe(el),
        });
      }
    }
    if (el instanceof SVGTextElement && el.textContent!.trim()) {
      // The size on screen: the font size times the chart's scale.
      const ctm = el.getScreenCTM();
      const size = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
      if (size < 12 - 0.01) problems.push({ what: `chart text at ${size.toFixed(1)}px`, where: describe(el) });
    }
  }
  return problems;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Flowchart geometry: node boxes apart, edge ends on a node's outline, no lone CJK character on a line. */
export function flowProblems(svg: SVGSVGElement): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')].map((g) => {
    const shape = g.querySelector<SVGGraphicsElement>('.shape')!;
    return { id: g.dataset.id!, box: shape.getBBox(), shape, g };
  });
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!.box;
      const b = nodes[j]!.box;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        problems.push({ what: 'nodes overlap', where: `${nodes[i]!.id} / ${nodes[j]!.id}` });
      }
    }
    for (const line of nodes[i]!.g.querySelectorAll('text.label')) {
      const t = line.textContent!.trim();
      if (t.length === 1 && CJK.test(t) && nodes[i]!.g.querySelectorAll('text.label').length > 1) {
        problems.push({ what: `a lone character on a line: "${t}"`, where: nodes[i]!.id });
      }
    }
  }
  for (const label of svg.querySelectorAll('g.edge-label text')) {
    const t = label.textContent!.trim();
    if (t.length === 1 && CJK.test(t)) problems.push({ what: `edge label of one character "${t}"`, where: 'edge' });
  }
  // Each edge ends on the outline of some node (within 2 px of its box edge, or of a diamond's side).
  for (const path of svg.querySelectorAll<SVGPathElement>('path.edge')) {
    const len = path.getTotalLength();
    const end = path.getPointAtLength(len);
    const near = nodes.some(({ shape, box }) => distanceToOutline(shape, box, end.x, end.y) <= 2);
    if (!near)
      problems.push({
        what: `an edge ends ${end.x.toFixed(0)},${end.y.toFixed(0)} away from every node`,
        where: 'edge',
      });
  }
  return problems;
}

function distanceToOutline(shape: SVGGraphicsElement, box: DOMRect, x: number, y: number): number {
  if (shape instanceof SVGPolygonElement) {
    // A diamond: distance to the nearest of its four sides.
    const pts = [...shape.points].map((p) => ({ x: p.x, y: p.y }));
    let best = Infinity;
    for (let i = 0; i < pts.length; i++)
      best = Math.min(best, segmentDistance(pts[i]!, pts[(i + 1) % pts.length]!, x, y));
    return best;
  }
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  const outside = Math.hypot(dx, dy);
  if (outside > 0) return outside;
  return Math.min(x - box.x, box.x + box.width - x, y - box.y, box.y + box.height - y);
}

function segmentDistance(a: { x: number; y: number }, b: { x: number; y: number }, x: number, y: number): number {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / (vx * vx + vy * vy || 1)));
  return Math.hypot(a.x + t * vx - x, a.y + t * vy - y);
}
