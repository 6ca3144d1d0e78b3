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
export const CJK_SANS = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
];
export const CJK_SERIF = ['Songti SC', 'STSong', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC'];

const SERIF_GENERICS = new Set(['serif', 'ui-serif', 'fangsong']);
const GENERICS = new Set([
  ...SERIF_GENERICS,
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  '-apple-system',
  'blinkmacsystemfont',
]);
/** The browsers' default standard font: a page that names none reads in a serif face. */
const DEFAULT_SERIF = new Set(['times new roman', 'times']);

/** The families of a computed `font-family`, unquoted, in order (commas inside quotes kept). */
export function fontFamilies(value: string): string[] {
  const out: string[] = [];
  let name = '';
  let quote = '';
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = '';
      else name += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') {
      out.push(name.trim());
      name = '';
    } else name += ch;
  }
  out.push(name.trim());
  return out.filter(Boolean);
}

/**
 * `family` with a Chinese stack after it (serif faces when the page reads in serif, else sans), less
 * the faces it names already: unchanged when it names them all (the kiosk's own stack, a widget
 * inside another).
 */
export function withCjkFallback(family: string): string {
  const names = fontFamilies(family);
  if (names.length === 0) return family;
  const lower = names.map((n) => n.toLowerCase());
  const generic = lower.find((n) => GENERICS.has(n));
  const serif = generic ? SERIF_GENERICS.has(generic) : DEFAULT_SERIF.has(lower[0]!);
  const added = (serif ? CJK_SERIF : CJK_SANS).filter((f) => !lower.includes(f.toLowerCase()));
  return added.length ? [family, ...added.map((f) => `"${f}"`)].join(', ') : family;
}

const sheets = new Map<string, CSSStyleSheet>();
const ours = new Set<CSSStyleSheet>();

/** The element whose font `el` inherits: its slot, its parent, or the host of the shadow root it is in. */
function inheritsFrom(el: HTMLElement): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/**
 * Gives `el`'s shadow root a `:host` rule with the family it inherits and the Chinese stack after it.
 * Called on connect, before the first render: the family is read then (a page's styles are in by the
 * time a module script defines the elements). `--gk-font-family`, and a page's rule on the element
 * itself, still win, as they do over the inherited family.
 */
export function adoptCjkFallback(el: HTMLElement): void {
  const root = el.shadowRoot;
  const parent = inheritsFrom(el);
  if (!root || !parent || !supportsAdoptingStyleSheets) return;
  const family = getComputedStyle(parent).fontFamily;
  const wanted = withCjkFallback(family);
  const own = root.adoptedStyleSheets.filter((s) => !ours.has(s));
  let sheet = wanted === family ? undefined : sheets.get(wanted);
  if (wanted !== family && !sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { font-family: var(--gk-font-family, ${wanted}); }`);
    sheets.set(wanted, sheet);
    ours.add(sheet);
  }
  const next = sheet ? [...own, sheet] : own;
  if (next.length !== root.adoptedStyleSheets.length || next.some((s, i) => s !== root.adoptedStyleSheets[i]))
    root.adoptedStyleSheets = next;
}
