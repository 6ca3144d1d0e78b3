/**
 * One SDK client per feed for the whole page, so several widgets reading the same feed share
 * one fetch and one cache.
 */
import { createClient, type Client } from '@gongkai/sdk/core';

const clients = new Map<string, Client>();

export function clientFor(url: string): Client {
  const base = new URL(url, document.baseURI);
  // A feed is named by its folder or its manifest.json; any other file is fetched through the
  // client of the folder it sits in.
  const key = isManifestUrl(base) ? base.href : new URL('./', base).href;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = createClient({ baseUrl: key })));
  return client;
}

export function isManifestUrl(url: URL): boolean {
  return url.pathname.endsWith('/') || /(^|\/)manifest\.json$/i.test(url.pathname);
}
