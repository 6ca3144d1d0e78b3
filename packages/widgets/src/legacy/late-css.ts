/**
 * Late CSS rewritten for the engines the legacy set serves (every engine before Chromium 105), each
 * feature only where this engine lacks it, so that tier 1's older engines (86–104) keep today's layout
 * and tier 2 (72–85) gets a usable one:
 * - `:is(a, b)` (Chromium 88): an unknown pseudo-class drops its whole rule, so each rule is spelled
 *   out per alternative;
 * - `:focus-visible` (86): becomes `:focus`, so a keyboard user still sees where they are;
 * - `inset` and the `margin-block`/`padding-inline`… shorthands (87): their physical longhands
 *   (the widgets are written left to right);
 * - `gap` on a flex container (84): margins on its children, which space them (a little more than
 *   gap where a row wraps, never overlapping);
 * - `minmax(min(100%, X), …)` (79): `minmax(X, …)`, the column width without the narrow-box cap.
 * Container queries are container-fallback.ts's. Today's engines never load this file.
 */
import { unsafeCSS } from '@lit/reactive-element/css-tag.js';
import type { CSSResultOrNative } from 'lit';

/** Which late features this engine has. */
export interface LateSupport {
  is: boolean;
  focusVisible: boolean;
  inset: boolean;
  logical: boolean;
  flexGap: boolean;
  min: boolean;
}

const supports = (...args: [string] | [string, string]): boolean => {
  try {
    return typeof CSS !== 'undefined' && (args.length === 1 ? CSS.supports(args[0]) : CSS.supports(...args));
  } catch {
    return false;
  }
};

/** Flex gap has no feature query: a flex box with a gap between two empty children is measured. */
function measureFlexGap(): boolean {
  const box = document.createElement('div');
  box.style.cssText = 'display:flex;flex-direction:column;gap:1px;position:absolute;visibility:hidden';
  box.append(document.createElement('div'), document.createElement('div'));
  document.documentElement.append(box);
  const has = box.scrollHeight === 1;
  box.remove();
  return has;
}

export function detectLateSupport(): LateSupport {
  return {
    is: supports('selector(:is(a))'),
    focusVisible: supports('selector(:focus-visible)'),
    inset: supports('inset', '0'),
    logical: supports('margin-block', '0'),
    flexGap: measureFlexGap(),
    min: supports('width', 'min(1px, 2px)'),
  };
}

/** Splits a list at its top-level commas (not those inside parentheses). */
export function splitTop(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** One selector with its first `:is(…)` spelled out per alternative, recursively. */
function expandIs(selector: string): string[] {
  const at = selector.indexOf(':is(');
  if (at < 0) return [selector];
  let depth = 1;
  let end = at + 4;
  for (; end < selector.length && depth; end++) {
    if (selector[end] === '(') depth++;
    else if (selector[end] === ')') depth--;
  }
  const before = selector.slice(0, at);
  const after = selector.slice(end);
  return splitTop(selector.slice(at + 4, end - 1)).flatMap((alt) => expandIs(before + alt.trim() + after));
}

/** `inset: a [b [c [d]]]` as top/right/bottom/left. */
function insetLonghands(value: string): string {
  const v = value.trim().split(/\s+/);
  const [top, right = top, bottom = top, left = right] = v as [string, ...string[]];
  return `top:${top};right:${right};bottom:${bottom};left:${left}`;
}

/** `margin-block: a [b]` (and padding, inline) as physical longhands, left to right. */
function logicalLonghands(prop: string, axis: string, value: string): string {
  const [start, end = start] = value.trim().split(/\s+/) as [string, ...string[]];
  const [s, e] = axis === 'block' ? ['top', 'bottom'] : ['left', 'right'];
  return `${prop}-${s}:${start};${prop}-${e}:${end}`;
}

/** The rule that spaces a flex container's children where flex `gap` does nothing. */
function flexGapRule(selectors: string[], decl: string): string {
  const gap = /(?:^|[;\s])gap\s*:\s*([^;}]+)/.exec(decl);
  if (!gap || !/display\s*:\s*(?:inline-)?flex\b/.test(decl)) return '';
  const [row, column = row] = gap[1]!.trim().split(/\s+/) as [string, ...string[]];
  const vertical = /flex-direction\s*:\s*column/.test(decl);
  const wraps = /flex-wrap\s*:\s*wrap|flex-flow\s*:[^;]*\bwrap\b/.test(decl);
  if (vertical) return `${selectors.map((s) => `${s}>*+*`).join(',')}{margin-top:${row}}`;
  if (!wraps) return `${selectors.map((s) => `${s}>*+*`).join(',')}{margin-left:${column}}`;
  // A wrapping row: each child keeps the gap to its right and below (no child knows it ends a line).
  return `${selectors.map((s) => `${s}>*`).join(',')}{margin-right:${column};margin-bottom:${row}}`;
}

/** `css` with each late feature this engine lacks (`has`) rewritten; the rest left as it is. */
export function rewriteLateCss(css: string, has: LateSupport): string {
  return css.replace(/([^{}@;]+)\{([^{}]*)\}/g, (rule, prelude: string, body: string) => {
    let selectors = splitTop(prelude).map((s) => s.trim());
    if (!has.is) selectors = selectors.flatMap(expandIs);
    if (!has.focusVisible) selectors = selectors.map((s) => s.replace(/:focus-visible/g, ':focus'));
    let decl = body;
    if (!has.inset)
      decl = decl.replace(/(^|[;\s])inset\s*:\s*([^;}]+)/g, (_m, p: string, v: string) => p + insetLonghands(v));
    if (!has.logical)
      decl = decl.replace(
        /(^|[;\s])(margin|padding)-(block|inline)\s*:\s*([^;}]+)/g,
        (_m, p: string, prop: string, axis: string, v: string) => p + logicalLonghands(prop, axis, v),
      );
    if (!has.min) decl = decl.replace(/minmax\(\s*min\(\s*100%\s*,\s*([^()]+)\)/g, 'minmax($1');
    const extra = has.flexGap ? '' : flexGapRule(selectors, decl);
    // Untouched rules keep their text exactly (the whitespace before a selector included).
    const same =
      selectors.join(',') ===
        splitTop(prelude)
          .map((s) => s.trim())
          .join(',') && decl === body;
    return same ? rule + extra : `${prelude.match(/^\s*/)![0]}${selectors.join(',')}{${decl}}${extra}`;
  });
}

/** A widget's styles with the late features this engine lacks rewritten. */
export function lateStyles(styles: CSSResultOrNative[], has: LateSupport): CSSResultOrNative[] {
  return styles.map((s) => ('cssText' in s ? unsafeCSS(rewriteLateCss(s.cssText, has)) : s));
}
