/**
 * Text widths for labels a widget lays out itself (flowchart nodes, treemap cells), measured with a
 * canvas at the widget's own font and cached per text. Without a canvas (a test DOM, a locked-down
 * browser), CJK characters count one em and others about half of one.
 */
let context: CanvasRenderingContext2D | null | undefined;

export type Measure = (text: string) => number;

/** A measurer for `px`-sized text in the font family and weight the element renders with. */
export function textMeasurer(el: Element, px: number, weight: number | string = 400): Measure {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? px : px * 0.6), 0);
  const font = `${weight} ${px}px ${getComputedStyle(el).fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      ctx.font = font; // the context is shared: set the font for every new text
      cache.set(text, (w = ctx.measureText(text).width));
    }
    return w;
  };
}
