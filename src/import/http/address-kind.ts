import { isIP } from 'node:net';

/**
 * What an address is, for the importer's refusals: `loopback` (127/8, ::1, "localhost"), `private`
 * (10/8, 172.16/12, 192.168/16, 169.254/16 link-local, 100.64/10, 0.0.0.0/8, fc00::/7, fe80::/10, ::,
 * and the IPv4-mapped or -compatible IPv6 forms of all of these), or `public`. A hostname that is not
 * an IP literal is `public`: it is judged by its name, not resolved.
 */
export type AddressKind = 'loopback' | 'private' | 'public';

function ipv4Kind(address: string): AddressKind {
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 127) return 'loopback';
  if (a === 0 || a === 10 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'private'; // carrier-grade NAT
  if (a >= 224) return 'private'; // multicast, reserved, broadcast
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address ("::" expanded, a trailing dotted IPv4 part converted). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function ipv6Kind(address: string): AddressKind {
  const g = ipv6Groups(address);
  const first = g[0] ?? 0;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  if (zeroUpTo(8)) return 'private';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address in the last two groups.
  if (zeroUpTo(5) && (g[5] === 0xffff || g[5] === 0)) {
    const [hi = 0, lo = 0] = g.slice(6);
    return ipv4Kind(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return 'private';
  return 'public';
}

/** The kind of an IP address, or undefined when `address` is not an IP literal. */
export function ipKind(address: string): AddressKind | undefined {
  const version = isIP(address);
  if (version === 4) return ipv4Kind(address);
  if (version === 6) return ipv6Kind(address);
  return undefined;
}

/** The kind of a URL's hostname (IPv6 literals come bracketed from the URL parser). */
export function hostKind(hostname: string): AddressKind {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  return ipKind(host) ?? 'public';
}
