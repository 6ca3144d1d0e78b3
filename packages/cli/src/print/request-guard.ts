/**
 * What the print browser may load: the files of our own loopback server under the paths a tab is
 * given, and nothing else. Every request is intercepted; any other (another host, another port,
 * file:, another path of ours) is aborted and kept in `blocked`, so `gongkai print` can say so.
 */
import type { Page } from 'puppeteer-core';

export interface RequestGuard {
  /** The URLs refused, in order. */
  readonly blocked: string[];
}

/** `url` is on `origin` under one of `paths` (after the URL parser has resolved any `..`). */
export function allowedRequest(url: string, origin: string, paths: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.origin === origin && !u.username && !u.password && paths.some((p) => u.pathname.startsWith(p));
}

export async function guardRequests(tab: Page, origin: string, paths: readonly string[]): Promise<RequestGuard> {
  const blocked: string[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    // A data: URL is the sheet's own inline content: no request leaves the browser for it.
    if (url.startsWith('data:') || allowedRequest(url, origin, paths)) void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return { blocked };
}
