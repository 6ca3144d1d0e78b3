/**
 * One SDK client per feed for the whole page, so several widgets reading the same feed share one
 * fetch and one cache. Which feed a `src` belongs to is the SDK's one rule (`locate`).
 */
import { createClient, locate, type Client } from '@gongkai/sdk/core';

const clients = new Map<string, Client>();

export function clientFor(src: string): Client {
  const { manifestUrl } = locate(new URL(src, document.baseURI).href);
  let client = clients.get(manifestUrl);
  if (!client) clients.set(manifestUrl, (client = createClient({ baseUrl: manifestUrl })));
  return client;
}
