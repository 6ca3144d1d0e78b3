/**
 * Feed text is untrusted. The schemas already reject non-http(s) links; this second check guards
 * data handed to a widget by other code paths, so a `javascript:` URL can never become a live link.
 */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
