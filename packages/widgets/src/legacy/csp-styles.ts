/**
 * Widget styles under a strict CSP in engines without constructable style sheets (Chromium before
 * 73). Lit then writes each style sheet as a `<style>` element in the shadow root, which a policy
 * without 'unsafe-inline' blocks: the widgets would stand unstyled on a careful government portal.
 * Instead, each becomes a `<link>` to an empty style sheet from the widgets' own folder (allowed by
 * 'self'), and the rules go in through the CSSOM, which the policy does not govern: parsed in an
 * inert document (no policy applies there), inserted one by one.
 */
const EMPTY = new URL('./gongkai-empty.css', import.meta.url).href;
const inert = document.implementation.createHTMLDocument('');

function insertRules(sheet: CSSStyleSheet | null, text: string): void {
  const parser = inert.createElement('style');
  parser.textContent = text;
  inert.head.append(parser);
  const rules = parser.sheet?.cssRules ?? [];
  if (sheet) for (let i = 0; i < rules.length; i++) sheet.insertRule(rules[i]!.cssText, sheet.cssRules.length);
  parser.remove();
}

if (!('adoptedStyleSheets' in Document.prototype)) {
  const append = ShadowRoot.prototype.appendChild;
  ShadowRoot.prototype.appendChild = function <T extends Node>(this: ShadowRoot, node: T): T {
    if (!(node instanceof HTMLStyleElement) || !node.textContent) return append.call(this, node) as T;
    const text = node.textContent;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = EMPTY;
    link.addEventListener('load', () => insertRules(link.sheet as CSSStyleSheet | null, text), { once: true });
    append.call(this, link);
    return node;
  };
}
