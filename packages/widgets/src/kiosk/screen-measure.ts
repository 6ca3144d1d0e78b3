/**
 * Measures of what a hall screen shows, read from the rendered page the way a visitor sees it: the
 * size of every piece of text on screen (CSS and SVG scaling included), and the controls on it. For
 * the hall tests (kept beside the kiosk, not in any bundle: nothing imports it but tests).
 */

export interface TextSize {
  /** Rendered font size in CSS px: computed size × the scale of every transform and viewBox above it. */
  px: number;
  text: string;
  /** The element holding the text, e.g. `gk-fee-table > td.num`. */
  where: string;
  /** Where the text is drawn on screen (the union of its line boxes). */
  left: number;
  right: number;
}

/** Every node under `root`, through open shadow roots and into what is slotted. */
function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** The composed parent: across a shadow boundary to its host. */
function up(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The scale of every CSS transform and `zoom` between `el` and the page. */
function cssScale(el: Element): number {
  let scale = 1;
  for (let e: Element | null = el; e; e = up(e)) {
    const s = getComputedStyle(e);
    if (s.transform && s.transform !== 'none') {
      const m = new DOMMatrix(s.transform);
      scale *= Math.hypot(m.a, m.b);
    }
    const zoom = Number((s as CSSStyleDeclaration & { zoom?: string }).zoom);
    if (zoom > 0) scale *= zoom;
  }
  return scale;
}

/** Inside a box of a pixel or less that clips it (visually-hidden text for screen readers, a width probe). */
function clippedAway(el: Element): boolean {
  for (let e: Element | null = el; e; e = up(e)) {
    const r = e.getBoundingClientRect();
    if ((r.width <= 1 || r.height <= 1) && getComputedStyle(e).overflow !== 'visible') return true;
  }
  return false;
}

function label(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${host ? `${host.localName} > ` : ''}${el.localName}${cls}`;
}

/** The size of each piece of text under `root` that is drawn (has a box wider than a pixel). */
export function textSizes(root: Element): TextSize[] {
  const out: TextSize[] = [];
  const range = document.createRange();
  for (const node of walk(root)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const el = node.parentNode instanceof Element ? node.parentNode : null;
    if (!el || el.closest('style, script, title, desc, defs')) continue;
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
    if (!rects.length || clippedAway(el)) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const size = parseFloat(style.fontSize);
    let px: number;
    if (el instanceof SVGElement) {
      const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      px = size * (m ? Math.hypot(m.a, m.b) : 1);
    } else px = size * cssScale(el);
    out.push({
      px,
      text: node.textContent.trim().slice(0, 40),
      where: label(el),
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
    });
  }
  return out;
}

/** What looks pressable under `root`: buttons, inputs, and links drawn underlined or as buttons. */
export function visibleControls(root: Element): string[] {
  const out: string[] = [];
  for (const node of walk(root)) {
    if (!(node instanceof HTMLElement)) continue;
    const r = node.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    const s = getComputedStyle(node);
    if (s.visibility !== 'visible') continue;
    const pressable =
      node.matches('button, input, select, textarea, [role="button"]') ||
      (node instanceof HTMLAnchorElement && s.textDecorationLine.includes('underline'));
    if (pressable) out.push(`${label(node)} "${node.textContent?.trim().slice(0, 20) ?? ''}"`);
  }
  return out;
}
