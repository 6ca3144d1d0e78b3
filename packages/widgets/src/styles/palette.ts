/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Each cell also gets
 * a pattern that only shows in print, so black-and-white copies keep neighbours apart.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
/** Text colour with ≥ 4.5:1 contrast on each palette colour. */
export const ON_PALETTE = ['#fff', '#000', '#000', '#000', '#000', '#000', '#000', '#000'];
export const OTHER_COLOUR = '#e0e0e0';

export const colourOf = (i: number) => (i < 0 ? OTHER_COLOUR : PALETTE[i % PALETTE.length]!);
export const textOn = (i: number) => (i < 0 ? '#000' : ON_PALETTE[i % ON_PALETTE.length]!);
export const PATTERNS = 6;
