/**
 * A standalone SVG file of a chart: the shadow DOM's styles do not travel with the markup, so the
 * computed presentation of every element is written onto it, as presentation attributes (not a
 * `style` attribute, which a strict CSP's style-src would refuse).
 */
import { offerDownload } from '../util/download.js';

const PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-family',
  'opacity',
] as const;

export function exportSvg(chart: SVGSVGElement, name: string, download: boolean): string {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const source = [chart, ...chart.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const p of PROPS) target[i]!.setAttribute(p, cs.getPropertyValue(p));
    target[i]!.removeAttribute('tabindex');
  });
  clone.querySelectorAll('.focus-ring').forEach((r) => r.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(clone);
  if (download) offerDownload(`${name}.svg`, text, 'image/svg+xml');
  return text;
}
