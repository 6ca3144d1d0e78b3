/**
 * Which IP addresses a harvest may connect to. A feed's text is untrusted: a manifest or a redirect
 * could point the harvest at the platform's own network (a cloud metadata service, an admin page)
 * and have the answer published. So the address a host name resolves to — the one connected to,
 * not the name — is checked against the classes below, refused unless the registry allows them.
 */
import { BlockList, isIP } from 'node:net';

/** Class → its ranges, each refused with the class's name in words (the report is read in Chinese). */
const CLASSES: [name: string, ranges: [string, number, 'ipv4' | 'ipv6'][]][] = [
  [
    '未指定地址',
    [
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ],
  ],
  [
    '回环地址',
    [
      ['127.0.0.0', 8, 'ipv4'],
      ['::1', 128, 'ipv6'],
    ],
  ],
  [
    '链路本地地址',
    [
      ['169.254.0.0', 16, 'ipv4'],
      ['fe80::', 10, 'ipv6'],
    ],
  ],
  [
    '内网地址',
    [
      ['10.0.0.0', 8, 'ipv4'],
      ['172.16.0.0', 12, 'ipv4'],
      ['192.168.0.0', 16, 'ipv4'],
      ['fc00::', 7, 'ipv6'],
    ],
  ],
  ['运营商级 NAT 地址', [['100.64.0.0', 10, 'ipv4']]],
  // Not reachable hosts on the internet either: benchmarking, IETF protocol assignments, multicast, reserved.
  [
    '保留地址',
    [
      ['192.0.0.0', 24, 'ipv4'],
      ['198.18.0.0', 15, 'ipv4'],
      ['224.0.0.0', 4, 'ipv4'],
      ['240.0.0.0', 4, 'ipv4'],
      ['ff00::', 8, 'ipv6'],
    ],
  ],
];

const LISTS = CLASSES.map(([name, ranges]) => {
  const list = new BlockList();
  for (const [net, prefix, type] of ranges) list.addSubnet(net, prefix, type);
  return [name, list] as const;
});

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail included). */
function groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g || '0', 16));
}

/**
 * The IPv4 address an IPv6 one carries (::ffff:a.b.c.d mapped, 64:ff9b::/96 NAT64, 2002::/16 6to4),
 * so 127.0.0.1 cannot come back in as ::ffff:7f00:1.
 */
function embeddedV4(ip: string): string | undefined {
  const g = groups(ip);
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return undefined;
}

/** Why an address may not be connected to (its class, in words), or undefined when it may. */
export function addressRefusal(ip: string): string | undefined {
  const type = isIP(ip);
  if (type === 0) return '无法识别的地址';
  if (type === 6) {
    const v4 = embeddedV4(ip);
    if (v4) return addressRefusal(v4);
  }
  const family = type === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find(([, list]) => list.check(ip, family))?.[0];
}
