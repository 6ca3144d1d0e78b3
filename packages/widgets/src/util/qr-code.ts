/**
 * A QR code drawn as SVG from the encoded module matrix: no HTML strings, no canvas. The encoder
 * (uqr) is loaded on first use, so pages without an online link never download it.
 */
import { nothing, svg } from 'lit';
import { loadOnce } from './load-once.js';

type Encode = typeof import('uqr').encode;

export const loadQrEncoder = loadOnce(() => import('uqr').then((m): Encode => m.encode));

/** The QR code of `text`, or `nothing` when it cannot be encoded (a link too long for a QR code). */
export function qrCode(encode: Encode, text: string, label: string) {
  let data: boolean[][];
  try {
    ({ data } = encode(text, { ecc: 'M', border: 2 }));
  } catch {
    return nothing; // an optional part fails alone: the link beside it is still shown
  }
  const size = data.length;
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x},${y}h1v1h-1z` : '')));
  return svg`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
