/** Links the public can follow: a cited document (only http(s)) and a phone number (tap to call). */
import { html, type TemplateResult } from 'lit';
import { documentLabel, type DocumentRef } from '@gongkai/sdk/core';
import { safeHttpUrl } from './safe-url.js';

/** 《标题》（文号）第N条, linked when the document has an http(s) address. */
export function documentLink(d: DocumentRef): TemplateResult | string {
  const text = documentLabel(d);
  const href = safeHttpUrl(d.url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

/** A phone number as a tel: link when it has enough digits to dial; otherwise as printed. */
export function phoneLink(p: string): TemplateResult | string {
  const digits = p.replace(/[^\d+]/g, '');
  return digits.length >= 5 ? html`<a href="tel:${digits}">${p}</a>` : p;
}
