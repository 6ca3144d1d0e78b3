/**
 * A standalone SVG file of a chart: the shadow DOM's styles do not travel with the markup, so the
 * computed presentation of every element is written onto it.
 */
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
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target[i]!.setAttribute('style', style);
    target[i]!.removeAttribute('tabindex');
  });
  clone.querySelectorAll('.focus-ring').forEach((r) => r.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(clone);
  if (download) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    a.download = `${name}.svg`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }
  return text;
}
