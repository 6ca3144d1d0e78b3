/**
 * Container queries for engines without them (Chromium before 105: tier 2, and the tier 1 engines
 * that the one tag serves the legacy set). The widgets' styles key their narrow layouts on
 * `@container (max-width: …)` with the host as the container. Where that is unsupported, each such
 * block is rewritten into plain rules scoped to a host attribute, `data-gk-max`, which lists the
 * thresholds the host's width is at or under ("40rem 46em"); a ResizeObserver on the host keeps it
 * current. Installed by the legacy loader (base/legacy-hooks.ts); engines with container queries use
 * the styles as written and never run this.
 */
// Lit's css-tag module alone: this file is bundled into the legacy loader, and the whole of lit there
// would create Lit's Trusted Types policy a second time, which a strict CSP refuses.
import { unsafeCSS } from '@lit/reactive-element/css-tag.js';
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost } from 'lit';
import type { LegacyHooks } from '../base/legacy-hooks.js';

export const containerQueries = (): boolean =>
  typeof CSS !== 'undefined' && CSS.supports('container-type', 'inline-size');

/** `@container (max-width: X) {`, or `(width <= X)` as the template minifier writes it. */
const BLOCK = /@container\s*\(\s*(?:max-width:|width\s*<=)\s*([\d.]+(?:rem|em|px))\s*\)\s*\{/g;

/** The selector list `list` limited to hosts with `flag` in data-gk-max. */
function scope(list: string, flag: string): string {
  const attr = `[data-gk-max~='${flag}']`;
  return splitTop(list)
    .map((sel) => {
      const s = sel.trim();
      // `:host(x) y` → `:host(x[attr]) y`; `:host y` → `:host([attr]) y`; `y` → `:host([attr]) y`.
      const withArg = /^:host\(/.test(s) ? closing(s, 6) : -1;
      if (withArg > 0) return `:host(${s.slice(6, withArg)}${attr})${s.slice(withArg + 1)}`;
      if (/^:host\b/.test(s)) return `:host(${attr})${s.slice(5)}`;
      return `:host(${attr}) ${s}`;
    })
    .join(',');
}

/** Splits a selector list at its top-level commas (not those inside :is(…) or :host(…)). */
function splitTop(list: string): string[] {
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

/** The index of the `)` that closes the `(` just before `from`. */
function closing(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The body of a block opened just before `from`, and the index after its closing brace. */
function block(css: string, from: number): [string, number] {
  let depth = 1;
  for (let i = from; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return [css.slice(from, i), i + 1];
  }
  return [css.slice(from), css.length];
}

/** Rewrites every `@container (max-width: X) { rules }` of `css` as rules scoped to data-gk-max~=X. */
export function rewriteContainerQueries(css: string, thresholds: Set<string>): string {
  let out = '';
  let at = 0;
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(css); m; m = BLOCK.exec(css)) {
    const flag = m[1]!;
    thresholds.add(flag);
    const [body, end] = block(css, m.index + m[0].length);
    out += css.slice(at, m.index);
    // The body's rules are flat (selector { declarations }), as every widget's are.
    out += body.replace(/([^{}]+)\{([^{}]*)\}/g, (_r, sel: string, decl: string) => `${scope(sel, flag)}{${decl}}`);
    at = end;
    BLOCK.lastIndex = end;
  }
  return out + css.slice(at);
}

/** A widget's styles with their container queries rewritten, and the thresholds they use. */
export function fallbackStyles(styles: CSSResultOrNative[]): { styles: CSSResultOrNative[]; thresholds: string[] } {
  const thresholds = new Set<string>();
  const rewritten = styles.map((s) =>
    'cssText' in s && s.cssText.includes('@container') ? unsafeCSS(rewriteContainerQueries(s.cssText, thresholds)) : s,
  );
  return { styles: rewritten, thresholds: [...thresholds] };
}

/** Pixels in `length` ("40rem", "46em", "600px") for the host whose font size is `em` pixels. */
function pixels(length: string, em: number): number {
  const n = parseFloat(length);
  if (length.endsWith('rem')) return n * parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (length.endsWith('em')) return n * em;
  return n;
}

/** Keeps the host's data-gk-max listing the thresholds its width is at or under. */
export class ContainerFallback implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly thresholds: string[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]!.contentRect.width;
      const em = parseFloat(getComputedStyle(this.host).fontSize);
      const under = this.thresholds.filter((t) => width <= pixels(t, em));
      const value = under.join(' ');
      if (this.host.getAttribute('data-gk-max') !== value) this.host.setAttribute('data-gk-max', value);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** The hooks for base/legacy-hooks.ts: each element class's styles rewritten once, its thresholds kept. */
export function containerFallbackHooks(): LegacyHooks {
  const thresholds = new WeakMap<object, string[]>();
  return {
    styles(elementClass, styles) {
      if (containerQueries()) return styles;
      const fallback = fallbackStyles(styles);
      thresholds.set(elementClass, fallback.thresholds);
      return fallback.styles;
    },
    host(element) {
      const t = thresholds.get(element.constructor);
      if (t?.length) new ContainerFallback(element, t);
    },
  };
}
