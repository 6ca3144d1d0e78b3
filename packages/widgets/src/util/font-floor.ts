/**
 * The smallest text size of the mode an element is in (the `--_font-min` token of the hall type
 * scale, styles/tokens.styles.ts), in CSS px; 0 off the hall. For what draws its own text at a size
 * of its choosing (a chart's SVG), so it never goes under what the mode's CSS promises.
 */
export function fontFloor(el: Element): number {
  const value = getComputedStyle(el).getPropertyValue('--_font-min').trim();
  const n = parseFloat(value);
  if (!(n > 0)) return 0;
  if (value.endsWith('rem')) return n * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  if (value.endsWith('em')) return n * (parseFloat(getComputedStyle(el).fontSize) || 16);
  return n;
}
