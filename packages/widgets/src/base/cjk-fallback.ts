/**
 * Chinese text in the host page's font. A widget takes the page's font family, and most sites name
 * Latin fonts only ("Arial, sans-serif", or nothing: the browser's Times New Roman). Each Chinese
 * character those fonts lack is then looked up in the system's fallback, one character at a time:
 * in Chromium on Linux a call to the browser process per new character (about 400 of them, 12–17 ms,
 * in a 10,000-fee table's first screen), and a Japanese face for Chinese text on many Linux kiosks.
 * So the element appends a Simplified Chinese stack to the family it inherits: the page's fonts and
 * its generic family still come first, and on Windows and macOS (whose generic families cover
 * Chinese) nothing changes; only characters that would have gone to the system's fallback are found
 * in a named Chinese font instead.
 */
import { supportsAdoptingStyleSheets } from 'lit';

/** Simplified Chinese faces, each platform's own first (macOS, Windows, Linux, Adobe's release). */
export const CJK_SANS = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'];
export const CJK_SERIF = ['Songti SC', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC'];

/**
 * `family` with a Chinese stack after it, less the faces it names already: unchanged when it names
 * them all (the kiosk's own stack, a widget inside another). Serif faces for a serif page, or one in
 * the browsers' default font (Times New Roman); else sans.
 */
export function withCjkFallback(family: string): string {
  const lower = family.toLowerCase();
  const serif = /(^|,)\s*(ui-)?serif\s*(,|$)|^["']?times( new roman)?["']?\s*(,|$)/.test(lower);
  const added = (serif ? CJK_SERIF : CJK_SANS).filter((f) => !lower.includes(f.toLowerCase()));
  return family.trim() && added.length ? [family, ...added.map((f) => `"${f}"`)].join(', ') : family;
}

const sheets = new Map<string, CSSStyleSheet>();
const ours = new Set<CSSStyleSheet>();

/**
 * Gives `el`'s shadow root a `:host` rule with the family it has without that rule (the page's, or a
 * stack of its own such as the kiosk's, which names our faces already) and the Chinese stack after
 * it. Called on connect, before the first render: the family is read then (a page's styles are in by
 * the time a module script defines the elements). `--gk-font-family`, and a page's rule on the
 * element itself, still win.
 */
export function adoptCjkFallback(el: HTMLElement): void {
  const root = el.shadowRoot;
  if (!root || !supportsAdoptingStyleSheets) return;
  const own = root.adoptedStyleSheets.filter((s) => !ours.has(s));
  if (own.length !== root.adoptedStyleSheets.length) root.adoptedStyleSheets = own;
  const family = getComputedStyle(el).fontFamily;
  const wanted = withCjkFallback(family);
  if (wanted === family) return;
  let sheet = sheets.get(wanted);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { font-family: var(--gk-font-family, ${wanted}); }`);
    sheets.set(wanted, sheet);
    ours.add(sheet);
  }
  root.adoptedStyleSheets = [...own, sheet];
}
