/**
 * The last step before a sheet is saved or printed: whatever would run or load something is taken
 * out of it, so the .html poster holds text, styles and inline SVG only. Every feed text is escaped
 * and the charts are our widget's export, so this finds nothing; it is the second line, and what it
 * removes is counted and reported.
 */
import type { Page } from 'puppeteer-core';

export async function scrubSheet(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const removed: string[] = [];
    const active =
      'script, noscript, iframe, frame, frameset, object, embed, applet, portal, link, base, form, img, image, picture, video, audio, source, track, foreignObject, meta[http-equiv]:not([http-equiv="Content-Security-Policy"])';
    for (const el of document.querySelectorAll(active)) {
      removed.push(`<${el.localName}>`);
      el.remove();
    }
    // A reference out of the sheet; "#id" (the chart's arrow marker) stays inside it.
    const outward = /^\s*[^#\s]|url\(\s*['"]?\s*[^#'"\s)]/i;
    const linkAttributes = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background'];
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of [...el.attributes]) {
        const lower = name.toLowerCase();
        const out =
          lower.startsWith('on') ||
          (linkAttributes.includes(lower) && outward.test(value)) ||
          (lower !== 'aria-label' && /url\(\s*['"]?\s*[^#'"\s)]/i.test(value));
        if (out) {
          removed.push(`${el.localName}[${name}]`);
          el.removeAttribute(name);
        }
      }
    }
    // Style sheets: an @import or url() to elsewhere.
    for (const style of document.querySelectorAll('style')) {
      if (/@import|url\(\s*['"]?\s*[^#'"\s)]/i.test(style.textContent ?? '')) {
        removed.push('<style> url()/@import');
        style.textContent = (style.textContent ?? '').replace(/@import[^;]*;?|url\([^)]*\)/gi, 'none');
      }
    }
    return removed;
  });
}
