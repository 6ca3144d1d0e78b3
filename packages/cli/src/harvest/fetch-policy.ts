/**
 * Where a publisher's harvest may fetch from: the origin of its registered feed, plus the origins
 * the registry lists (for it, or for every publisher). A dataset URL in the manifest and every
 * redirect on the way are held to it; the address each host resolves to is checked apart
 * (address-policy.ts). Refusals are worded for the report, in Chinese.
 */
import type { Registry, RegistryPublisher } from '@gongkai/sdk';

export interface FetchPolicy {
  /** Origins (scheme, host, port) that may be fetched from. */
  origins: readonly string[];
  /** Loopback, link-local, private, CGNAT and unspecified addresses may be connected to. */
  allowPrivateAddresses: boolean;
}

export function policyFor(p: RegistryPublisher, registry: Pick<Registry, 'allowOrigins' | 'allowPrivateAddresses'>) {
  const origins = [p.feed, ...(registry.allowOrigins ?? []), ...(p.allowOrigins ?? [])].map((u) => new URL(u).origin);
  return {
    origins: [...new Set(origins)],
    allowPrivateAddresses: p.allowPrivateAddresses ?? registry.allowPrivateAddresses ?? false,
  } satisfies FetchPolicy;
}

/** Why `url` may not be fetched under `policy`, in words; undefined when it may. */
export function originRefusal(url: URL, policy: FetchPolicy): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `拒绝抓取 ${url.href}：只抓取 http(s) 地址`;
  if (policy.origins.includes(url.origin)) return undefined;
  return `拒绝抓取 ${url.href}：不在该发布单位登记的地址（${policy.origins.join('、')}）之内`;
}
